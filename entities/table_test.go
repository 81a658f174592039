package entities

import (
	"reflect"
	"testing"
)

func tableDocs() [][]Mention {
	return [][]Mention{
		{
			{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "Iranian", Type: NORP, Entity: "IRN", Country: "IRN"},
			{Text: "Iranian", Type: NORP, Entity: "IRN", Country: "IRN"},
			{Text: "Hassan Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Country: "IRN", Role: "GOV"},
			{Text: "Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Role: "GOV"},
		},
		{
			{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "the\nUnited States", Type: GPE, Entity: "USA", Country: "USA"},
			{Text: "Rouhani's", Type: PERSON, Entity: "Hassan Rouhani", Country: "IRN", Role: "ELI"},
		},
		{
			{Text: "U.S.", Type: GPE, Entity: "USA", Country: "USA"},
			{Text: "U.S.", Type: ORG, Entity: "USA", Country: "USA", Role: "GOV"},
			{Text: "NATO", Type: ORG, Entity: "NATO"},
			{Text: "", Type: ORG, Entity: ""},
		},
	}
}

func TestEntityTable(t *testing.T) {
	var tab EntityTable // the zero value works
	for _, d := range tableDocs() {
		tab.Add(d)
	}
	want := []EntityRow{
		// "Iran" and "Iranian" tie (2 each), GPE and NORP tie: the lexicographically smaller wins.
		{Entity: "IRN", Label: "Iran", Type: GPE, Country: "IRN", Mentions: 4, Documents: 2, Aliases: []string{"Iran", "Iranian"}},
		{Entity: "Hassan Rouhani", Label: "Rouhani", Type: PERSON, Country: "IRN", Mentions: 3, Documents: 2, Aliases: []string{"Rouhani", "Hassan Rouhani"}, Role: "GOV"},
		{Entity: "USA", Label: "U.S.", Type: GPE, Country: "USA", Mentions: 3, Documents: 2, Aliases: []string{"U.S.", "United States"}},
		{Entity: "NATO", Label: "NATO", Type: ORG, Country: "", Mentions: 1, Documents: 1, Aliases: []string{"NATO"}},
	}
	if got := tab.Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("Rows\n got %+v\nwant %+v", got, want)
	}
	if tab.Len() != 4 {
		t.Errorf("Len = %d", tab.Len())
	}
}

// TestEntityTableMerge checks that shards merged in any order give the rows of one table.
func TestEntityTableMerge(t *testing.T) {
	docs := tableDocs()
	all := NewEntityTable()
	for _, d := range docs {
		all.Add(d)
	}
	want := all.Rows()
	orders := [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}}
	for _, o := range orders {
		total := NewEntityTable()
		for _, k := range o {
			shard := NewEntityTable()
			shard.Add(docs[k])
			total.Merge(shard)
		}
		if got := total.Rows(); !reflect.DeepEqual(got, want) {
			t.Errorf("order %v:\n got %+v\nwant %+v", o, got, want)
		}
	}
	// Merging two half tables, either way round.
	a, b := NewEntityTable(), NewEntityTable()
	a.Add(docs[0])
	b.Add(docs[1])
	b.Add(docs[2])
	ab, ba := NewEntityTable(), NewEntityTable()
	ab.Merge(a)
	ab.Merge(b)
	ba.Merge(b)
	ba.Merge(a)
	ba.Merge(nil)
	if !reflect.DeepEqual(ab.Rows(), want) || !reflect.DeepEqual(ba.Rows(), want) {
		t.Error("merge of halves differs")
	}
}

func TestEntityTablePersonAliases(t *testing.T) {
	var tab EntityTable
	tab.Add([]Mention{{Text: "Hassan Rouhani", Type: PERSON, Entity: "Hassan Rouhani"}, {Text: "Rouhani", Type: PERSON, Entity: "Hassan Rouhani"}})
	tab.Add([]Mention{{Text: "Rouhani", Type: PERSON, Entity: "Rouhani"}})
	tab.Add([]Mention{{Text: "Bush", Type: PERSON, Entity: "Bush"}, {Text: "George Bush", Type: PERSON, Entity: "George Bush"},
		{Text: "Jeb Bush", Type: PERSON, Entity: "Jeb Bush"}, {Text: "Assad", Type: PERSON, Entity: "Assad"},
		{Text: "Bashar al-Assad", Type: PERSON, Entity: "Bashar al-Assad"}, {Text: "Iran", Type: GPE, Entity: "IRN"}})
	got := tab.PersonAliases()
	want := map[string]string{"Rouhani": "Hassan Rouhani", "Assad": "Bashar al-Assad"} // "Bush" is ambiguous
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("PersonAliases = %v, want %v", got, want)
	}
	tab.Rename(got)
	rows := tab.Rows()
	if rows[0].Entity != "Hassan Rouhani" || rows[0].Mentions != 3 || rows[0].Documents != 2 ||
		!reflect.DeepEqual(rows[0].Aliases, []string{"Rouhani", "Hassan Rouhani"}) {
		t.Errorf("row 0 = %+v", rows[0])
	}
	if tab.Len() != 6 { // Hassan Rouhani, Bush, George Bush, Jeb Bush, Bashar al-Assad, IRN
		t.Errorf("Len = %d, want 6", tab.Len())
	}
}
