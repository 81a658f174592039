package output

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/geopol/geopol/reports"
)

// Part is a shard of consecutive documents prepared apart (by a worker of a distributed run): their
// mentions.jsonl and relations.csv lines in part files, and the rest of what the writer keeps of
// them. Its fields are exported so that it can be encoded (gob).
type Part struct {
	// MentionsFile and RelationsFile are the part files (relations with its header line).
	MentionsFile, RelationsFile string
	Rows                        []reports.DocumentRow
	// Relations are the relations.csv rows without their evidence, for the report, and
	// RelationDocs the index in Rows of each one's document.
	Relations    []reports.RelationRow
	RelationDocs []int32
	// Evidence is the report's evidence the shard's documents give.
	Evidence *reports.EvidenceCollector
}

// WritePart writes the per-document lines of recs, consecutive documents in input order, to the
// part files dir/name.mentions.jsonl and dir/name.relations.csv (for Set All), and returns the part
// for Writer.AddPart.
func WritePart(dir, name string, recs []*Record) (p *Part, err error) {
	p = &Part{MentionsFile: filepath.Join(dir, name+".mentions.jsonl"),
		RelationsFile: filepath.Join(dir, name+".relations.csv")}
	mf, err := os.Create(p.MentionsFile)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	defer func() {
		if cerr := mf.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("output: %w", cerr)
		}
	}()
	rf, err := os.Create(p.RelationsFile)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	defer func() {
		if cerr := rf.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("output: %w", cerr)
		}
	}()
	mb := bufio.NewWriter(mf)
	menc := reports.NewMentionsEncoder(mb)
	relw := reports.NewRelationsWriter(rf)
	p.Evidence = &reports.EvidenceCollector{}
	for i, rec := range recs {
		p.Rows = append(p.Rows, rec.Row)
		p.Evidence.Add(rec.Evidence)
		for _, row := range rec.Relations {
			relw.Write(row)
			row.Evidence = ""
			p.Relations = append(p.Relations, row)
			p.RelationDocs = append(p.RelationDocs, int32(i))
		}
		if err := menc.Encode(rec.Mentions); err != nil {
			return nil, err
		}
	}
	if err := relw.Close(); err != nil {
		return nil, err
	}
	if err := mb.Flush(); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return p, nil
}

// AddPart adds the documents of a part written by WritePart, which must follow those added so far:
// its lines are appended to the streamed files (the relations header dropped) and its part files
// removed.
func (w *Writer) AddPart(p *Part) error {
	first := len(w.docs)
	for _, row := range p.Rows {
		w.addDoc(row)
	}
	if w.cfg.Set != All {
		return nil
	}
	if len(p.RelationDocs) != len(p.Relations) {
		return fmt.Errorf("output: part %s: %d relations, %d relation documents", p.RelationsFile, len(p.Relations), len(p.RelationDocs))
	}
	for i, r := range p.Relations {
		doc := int(p.RelationDocs[i])
		if doc < 0 || doc >= len(p.Rows) {
			return fmt.Errorf("output: part %s: relation %d of document %d of %d", p.RelationsFile, i, doc, len(p.Rows))
		}
		w.addRel(first+doc, r)
	}
	w.evidence.Merge(p.Evidence)
	if err := appendFile(w.mentionsFile, p.MentionsFile, false); err != nil {
		return err
	}
	if err := w.relw.Close(); err != nil { // flush the rows added with Add before these
		return err
	}
	return appendFile(w.relFile, p.RelationsFile, true)
}

// appendFile copies the file at path to w, without its first line when skipHeader, and removes it.
func appendFile(w io.Writer, path string, skipHeader bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	r := bufio.NewReaderSize(f, 1<<16)
	if skipHeader {
		if _, err := r.ReadSlice('\n'); err != nil && err != io.EOF {
			f.Close()
			return fmt.Errorf("output: %s: %w", path, err)
		}
	}
	_, err = io.Copy(w, r)
	f.Close()
	if err != nil {
		return fmt.Errorf("output: append %s: %w", path, err)
	}
	return os.Remove(path)
}
