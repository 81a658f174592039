package lineartest

import (
	"fmt"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Logf(string, ...any)       {}
func (r *recorder) Errorf(f string, a ...any) { r.failed, r.msg = true, fmt.Sprintf(f, a...) }

var sink int

func spin(n int) {
	for i := range n {
		sink += i ^ sink
	}
}

func TestCheck(t *testing.T) {
	var lin recorder
	lin.TB = t
	Check(&lin, "linear", 1<<16, func(n int) { spin(n * 200) })
	if lin.failed {
		t.Errorf("linear work rejected: %s", lin.msg)
	}
	var quad recorder
	quad.TB = t
	Check(&quad, "quadratic", 1<<9, func(n int) { spin(n * n * 20) })
	if !quad.failed {
		t.Error("quadratic work accepted")
	}
}
