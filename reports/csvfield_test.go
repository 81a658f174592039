package reports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// csvPieces are the parts random CSV fields are made of: what encoding/csv quotes (commas,
// quotes, line breaks, leading white space of every kind, `\.`), what it does not, and invalid
// UTF-8.
var csvPieces = []string{"", "a", "Iran", "Côte d'Ivoire", ",", `"`, `""`, "\r", "\n", "\r\n", " ", "\t", "\u00a0",
	"\u2028", "\u3000", `\.`, `\`, ".", "=cmd", "-3.5", "\xff", "\xe2\x80", "x,y", `say "no"`, "1,000"}

// randomCSVRecord returns a record of 0 to 7 fields of 0 to 3 pieces each.
func randomCSVRecord(r *rand.Rand) []string {
	rec := make([]string, r.IntN(8))
	for i := range rec {
		var b strings.Builder
		for range r.IntN(4) {
			b.WriteString(csvPieces[r.IntN(len(csvPieces))])
		}
		rec[i] = b.String()
	}
	return rec
}

// TestTableMatchesEncodingCSV checks that a table writes what encoding/csv's Writer writes for
// the same header and cells (Cell for display columns, IDCell for the others), on 20,000 random
// records, and that a write error is reported by close.
func TestTableMatchesEncodingCSV(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	header := []string{"doc_id", "title", "count", "label"}
	var got, want bytes.Buffer
	tab := newTable(&got, "test.csv", header, "title", "label")
	cw := csv.NewWriter(&want)
	if err := cw.Write(header); err != nil {
		t.Fatal(err)
	}
	for range 20_000 {
		rec := randomCSVRecord(r)
		tab.row(rec...)
		cells := make([]string, len(rec))
		for i, c := range rec {
			if i == 1 || i == 3 {
				cells[i] = Cell(c)
			} else {
				cells[i] = IDCell(c)
			}
		}
		if err := cw.Write(cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := tab.close(); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := got.String(), want.String()
		i := 0
		for i < min(len(g), len(w)) && g[i] == w[i] {
			i++
		}
		t.Fatalf("table and encoding/csv differ at byte %d: %q vs %q", i, g[max(0, i-40):min(len(g), i+40)], w[max(0, i-40):min(len(w), i+40)])
	}

	bad := newTable(failingWriter{}, "bad.csv", header)
	for range 5000 {
		bad.row("x", strings.Repeat("y", 20))
	}
	if err := bad.close(); err == nil || !strings.Contains(err.Error(), "bad.csv") {
		t.Errorf("close after a failed write = %v, want an error naming bad.csv", err)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// FuzzAppendCSVField compares appendCSVField with encoding/csv on one field followed by another.
func FuzzAppendCSVField(f *testing.F) {
	for _, p := range csvPieces {
		f.Add(p, "b")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var want bytes.Buffer
		cw := csv.NewWriter(&want)
		if err := cw.Write([]string{a, b}); err != nil {
			t.Fatal(err)
		}
		cw.Flush()
		got := appendCSVField(nil, a)
		got = append(got, ',')
		got = append(appendCSVField(got, b), '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("appendCSVField(%q, %q) = %q, want %q", a, b, got, want.Bytes())
		}
	})
}
