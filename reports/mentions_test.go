package reports

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/geopol/geopol/entities"
)

// jsonLine is what encoding/json's Encoder writes for d with HTML escaping off: the bytes
// MentionsEncoder must write.
func jsonLine(t testing.TB, d entities.MentionDoc) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if d.Entities == nil {
		d.Entities = []entities.Mention{}
	}
	if err := enc.Encode(d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// encodeLine is MentionsEncoder's line for d.
func encodeLine(t testing.TB, d entities.MentionDoc) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := NewMentionsEncoder(&b).Encode(d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestMentionsEncoderMatchesJSON checks that MentionsEncoder writes the bytes encoding/json
// writes, on documents with every optional field set or not, strings with characters JSON
// escapes (quotes, backslashes, control characters, U+2028, invalid UTF-8, HTML characters left
// as they are) and coordinates of every magnitude (exponent forms included).
func TestMentionsEncoderMatchesJSON(t *testing.T) {
	strs := []string{"", "Iran", "Côte d'Ivoire", `say "no"`, `a\b`, "tab\there", "line\nbreak", "\r\b\f\x00\x1f\x7f",
		"<b>&amp;</b>", "sep\u2028par\u2029", "bad \xff\xfe utf8", "\xe2\x80", "日本", "emoji 🙂", "=HYPERLINK(\"x\")"}
	floats := []float64{0, 1, -1, 35.6892, -122.4194, 51.5, 1e-6, 9.99e-7, -1e-7, 1.5e-300, 1e20, 1e21, -2.5e22,
		math.SmallestNonzeroFloat64, math.MaxFloat64, 0.1 + 0.2, math.Copysign(0, -1)}
	r := rand.New(rand.NewPCG(3, 4))
	pick := func() string { return strs[r.IntN(len(strs))] }
	for range 2000 {
		d := entities.MentionDoc{ID: pick()}
		if r.IntN(3) == 0 {
			d.Text = pick()
		}
		if r.IntN(5) == 0 {
			d.Error = pick()
		}
		switch r.IntN(4) {
		case 0: // nil entities: []
		case 1:
			d.Entities = []entities.Mention{}
		default:
			for range 1 + r.IntN(4) {
				m := entities.Mention{Start: r.IntN(1 << 20), End: r.IntN(1 << 20), Text: pick(), Type: pick(),
					Entity: pick(), Sentence: r.IntN(9), Source: pick()}
				if r.IntN(2) == 0 {
					m.Country, m.Role, m.RoleLatest = pick(), pick(), r.IntN(2) == 0
				}
				if r.IntN(2) == 0 {
					m.GeonamesID = r.IntN(1<<24) - 10
					m.Lat, m.Lon = floats[r.IntN(len(floats))], floats[r.IntN(len(floats))]
					if r.IntN(2) == 0 {
						m.Lat, m.Lon = (r.Float64()-0.5)*180, (r.Float64()-0.5)*360
					}
					m.Admin1 = pick()
				}
				d.Entities = append(d.Entities, m)
			}
		}
		if got, want := encodeLine(t, d), jsonLine(t, d); !bytes.Equal(got, want) {
			t.Fatalf("MentionsEncoder wrote\n%s\nencoding/json writes\n%s", got, want)
		}
	}
}

// TestMentionsEncoderNaN checks that a coordinate that is not a number is an error that writes
// nothing, as with encoding/json.
func TestMentionsEncoderNaN(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		var b bytes.Buffer
		d := entities.MentionDoc{ID: "d", Entities: []entities.Mention{{Text: "X", Lat: f}}}
		if err := NewMentionsEncoder(&b).Encode(d); err == nil || b.Len() != 0 {
			t.Errorf("lat %v: error %v, wrote %q; want an error and nothing written", f, err, b.String())
		}
	}
}

// FuzzMentionsEncoder checks MentionsEncoder against encoding/json on arbitrary strings and
// coordinates.
func FuzzMentionsEncoder(f *testing.F) {
	f.Add("doc", "Iran\u2028", "\xff<&>", 35.5, -1e-7)
	f.Fuzz(func(t *testing.T, id, text, entity string, lat, lon float64) {
		if math.IsNaN(lat) || math.IsInf(lat, 0) || math.IsNaN(lon) || math.IsInf(lon, 0) {
			t.Skip()
		}
		d := entities.MentionDoc{ID: id, Error: text, Entities: []entities.Mention{{Text: text, Entity: entity,
			Country: entity, Lat: lat, Lon: lon, Admin1: id}}}
		if got, want := encodeLine(t, d), jsonLine(t, d); !bytes.Equal(got, want) {
			t.Fatalf("MentionsEncoder wrote\n%s\nencoding/json writes\n%s", got, want)
		}
	})
}

// TestAppendJSONStringBytes checks appendJSONString against encoding/json (HTML escaping off) on
// every byte alone and between letters, so that its bit sets of plain ASCII bytes leave out
// exactly what encoding/json escapes.
func TestAppendJSONStringBytes(t *testing.T) {
	for c := range 256 {
		for _, s := range []string{string([]byte{byte(c)}), "ab" + string([]byte{byte(c)}) + "cd"} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			if got := string(appendJSONString(nil, s)) + "\n"; got != want.String() {
				t.Errorf("appendJSONString(%q) = %q, want %q", s, got, want.String())
			}
		}
	}
}
