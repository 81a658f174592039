package output

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/reports/tabular"
)

// writeTables writes, from the CSV files this run wrote, their Parquet files (Config.Parquet)
// and mentions.parquet, then datapackage.json, which describes every table file written.
// The Parquet rows are the CSV's, parsed with the table's schema (tabular.RecordRows): the
// two files hold the same rows.
func (w *Writer) writeTables() error {
	w.mu.Lock()
	written := slices.Clone(w.written)
	w.mu.Unlock()
	var res []tabular.Resource
	for _, t := range Tables() {
		if !slices.Contains(written, t.Name+".csv") {
			continue
		}
		path := filepath.Join(w.cfg.Dir, t.Name+".csv")
		fit, err := csvSchema(path, t)
		if err != nil {
			return err
		}
		res = append(res, tabular.Resource{Schema: fit, Format: tabular.CSV})
		if !w.cfg.Parquet {
			continue
		}
		if err := WriteFileAtomic(filepath.Join(w.cfg.Dir, t.Name+".parquet"), func(out io.Writer) error {
			return csvToParquet(out, path, fit)
		}); err != nil {
			return err
		}
		res = append(res, tabular.Resource{Schema: fit, Format: tabular.Parquet})
	}
	if w.cfg.Parquet && slices.Contains(written, MentionsJSONL) {
		s := MentionsTable()
		if err := WriteFileAtomic(filepath.Join(w.cfg.Dir, MentionsParquet), func(out io.Writer) error {
			return mentionsToParquet(out, filepath.Join(w.cfg.Dir, MentionsJSONL), s)
		}); err != nil {
			return err
		}
		res = append(res, tabular.Resource{Schema: s, Format: tabular.Parquet})
	}
	return WriteFileAtomic(filepath.Join(w.cfg.Dir, DataPackageJSON), func(out io.Writer) error {
		return tabular.WriteDataPackage(out, tabular.Package{Name: "geopol-run", Title: "geopol analysis",
			Description: "The tables of a geopol run: documents, actors, co-occurrence network, events, dyads and topics.",
			Resources:   res})
	})
}

// csvSchema returns the schema of table t as the CSV file at path has it (Fit to its header).
func csvSchema(path string, t *tabular.Schema) (*tabular.Schema, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	defer f.Close()
	header, err := csv.NewReader(bufio.NewReader(f)).Read()
	if err != nil {
		return nil, fmt.Errorf("output: %s: header: %w", path, err)
	}
	return Fit(t, header)
}

// csvToParquet writes the rows of the CSV file at path as Parquet with schema s.
func csvToParquet(w io.Writer, path string, s *tabular.Schema) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil { // the header
		return err
	}
	return tabular.WriteParquet(w, s, tabular.RecordRows(s, r.Read), tabular.ParquetOptions{})
}

// mentionsToParquet writes the mentions of mentions.jsonl at path as Parquet with schema s
// (MentionsTable), one row per mention.
func mentionsToParquet(w io.Writer, path string, s *tabular.Schema) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	rows := func(emit func([]tabular.Value) error) error {
		row := make([]tabular.Value, len(s.Columns))
		for {
			line, err := r.ReadBytes('\n')
			if len(line) > 0 {
				var md entities.MentionDoc
				if err := json.Unmarshal(line, &md); err != nil {
					return err
				}
				for i, m := range md.Entities {
					row = append(row[:0], tabular.Str(md.ID), tabular.Int(int64(i)), tabular.Int(int64(m.Start)),
						tabular.Int(int64(m.End)), tabular.Str(m.Text), tabular.Str(m.Type), tabular.Str(m.Entity),
						tabular.Str(m.Country), tabular.Str(m.Role), tabular.BoolValue(m.RoleLatest))
					if m.GeonamesID != 0 {
						row = append(row, tabular.Int(int64(m.GeonamesID)), tabular.Float(m.Lat), tabular.Float(m.Lon))
					} else {
						row = append(row, tabular.Null(), tabular.Null(), tabular.Null())
					}
					row = append(row, tabular.Str(m.Admin1))
					if err := emit(row); err != nil {
						return err
					}
				}
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	return tabular.WriteParquet(w, s, rows, tabular.ParquetOptions{})
}
