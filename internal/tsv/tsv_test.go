package tsv

import (
	"reflect"
	"strings"
	"testing"
)

func TestRows(t *testing.T) {
	text := "# a comment\n\na\tb\tc\n# another\nx\t\tz|w\r\n1\t2\t3\n"
	rows, err := Rows("t.tsv", text, "a", "b", "c")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"x", "", "z|w"}, {"1", "2", "3"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("Rows = %q, want %q", rows, want)
	}
	for _, tc := range []struct{ text, err string }{
		{"a\tb\n1\t2\n", "header"},
		{"a\tb\tc\n1\t2\n", "line 2: 2 fields"},
		{"# only comments\n", "no header"},
	} {
		if _, err := Rows("t.tsv", tc.text, "a", "b", "c"); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Rows(%q): error %v, want %q", tc.text, err, tc.err)
		}
	}
	if got := List("a|b"); !reflect.DeepEqual(got, []string{"a", "b"}) || List("") != nil {
		t.Errorf("List: %q, %q", got, List(""))
	}
}
