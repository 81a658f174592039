package gz

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func gzipOf(t *testing.T, parts ...string) string {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one member each
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// TestInflate: Inflate and InflateString return what io.ReadAll of a gzip.Reader returns, whether
// the trailer's size is right (one member), too small (two members: it records the last one's)
// or says nothing (empty); Inflate stops at limit+1 bytes, and damaged data is an error.
func TestInflate(t *testing.T) {
	long := strings.Repeat("geopol start-up ", 5000)
	for _, c := range []struct {
		name  string
		parts []string
	}{{"one", []string{long}}, {"two", []string{long, "tail"}}, {"empty", []string{""}}, {"short", []string{"x"}}} {
		data := gzipOf(t, c.parts...)
		want := strings.Join(c.parts, "")
		got, err := Inflate(data, -1)
		if err != nil || string(got) != want {
			t.Errorf("%s: Inflate: %d bytes, %v; want %d", c.name, len(got), err, len(want))
		}
		s, err := InflateString(data)
		if err != nil || s != want {
			t.Errorf("%s: InflateString: %d bytes, %v; want %d", c.name, len(s), err, len(want))
		}
		for _, limit := range []int{0, 10, len(want) - 1, len(want), len(want) + 1} {
			if limit < 0 {
				continue
			}
			got, err := Inflate(data, limit)
			w := want[:min(len(want), limit+1)]
			if err != nil || string(got) != w {
				t.Errorf("%s: Inflate(limit %d): %d bytes, %v; want %d", c.name, limit, len(got), err, len(w))
			}
		}
	}
	if Size(gzipOf(t, long)) != len(long) || Size("short") != 0 {
		t.Error("Size")
	}
	data := gzipOf(t, long)
	for _, bad := range []string{"", data[:len(data)/2], data[:len(data)-8] + "\x00\x00\x00\x00" + data[len(data)-4:]} {
		if _, err := Inflate(bad, -1); err == nil {
			t.Errorf("Inflate of %d damaged bytes: no error", len(bad))
		}
		if _, err := InflateString(bad); err == nil {
			t.Errorf("InflateString of %d damaged bytes: no error", len(bad))
		}
	}
}

// TestReadAll: ReadAll reads as io.ReadAll, for every size hint below, at and above the length.
func TestReadAll(t *testing.T) {
	text := strings.Repeat("abcdefgh", 1000)
	for _, hint := range []int{-1, 0, 1, 100, len(text) - 1, len(text), len(text) + 1, 4 * len(text)} {
		got, err := ReadAll(io.LimitReader(strings.NewReader(text), int64(len(text))), hint)
		if err != nil || string(got) != text {
			t.Errorf("hint %d: %d bytes, %v", hint, len(got), err)
		}
	}
}
