package tabular

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Format is a file format of a table in a data package.
type Format string

// The formats of the files geopol writes.
const (
	CSV     Format = "csv"
	Parquet Format = "parquet"
)

// Resource is one file of a data package: a table in one format.
type Resource struct {
	Schema *Schema
	Format Format
	// Path is the file's path relative to datapackage.json (NAME.csv or NAME.parquet when empty).
	Path string
}

// Package describes a data package: its name (lower-case letters, digits, "-", "_", ".") and
// resources.
type Package struct {
	Name, Title, Description string
	Resources                []Resource
}

// The JSON of a Frictionless Data Package (https://specs.frictionlessdata.io), written with
// structs so that the keys keep this order.
type (
	dpPackage struct {
		Profile     string       `json:"profile"`
		Name        string       `json:"name"`
		Title       string       `json:"title,omitempty"`
		Description string       `json:"description,omitempty"`
		Resources   []dpResource `json:"resources"`
	}
	dpResource struct {
		Profile     string   `json:"profile"`
		Name        string   `json:"name"`
		Path        string   `json:"path"`
		Title       string   `json:"title,omitempty"`
		Description string   `json:"description,omitempty"`
		Format      string   `json:"format"`
		MediaType   string   `json:"mediatype"`
		Encoding    string   `json:"encoding,omitempty"`
		Dialect     *dialect `json:"dialect,omitempty"`
		Schema      dpSchema `json:"schema"`
	}
	dialect struct {
		Delimiter      string `json:"delimiter"`
		DoubleQuote    bool   `json:"doubleQuote"`
		Header         bool   `json:"header"`
		LineTerminator string `json:"lineTerminator"`
	}
	dpSchema struct {
		Fields        []dpField `json:"fields"`
		MissingValues []string  `json:"missingValues"`
		PrimaryKey    []string  `json:"primaryKey,omitempty"`
	}
	dpField struct {
		Name        string         `json:"name"`
		Type        string         `json:"type"`
		Format      string         `json:"format,omitempty"`
		Description string         `json:"description,omitempty"`
		Constraints *dpConstraints `json:"constraints,omitempty"`
	}
	dpConstraints struct {
		Required bool `json:"required"`
	}
)

// TableSchema is the Frictionless Table Schema type of a column type: string, integer, number,
// date or boolean.
func TableSchema(t Type) string {
	switch t {
	case Int64:
		return "integer"
	case Float64:
		return "number"
	case Date:
		return "date"
	case Bool:
		return "boolean"
	}
	return "string"
}

// WriteDataPackage writes datapackage.json for the package: a tabular data package whose every
// resource has its Table Schema (fields with their types and descriptions; columns that are not
// nullable carry the constraint required; an empty CSV cell is a missing value). The JSON is
// indented and ends with a newline; the same package gives the same bytes.
func WriteDataPackage(w io.Writer, p Package) error {
	if p.Name == "" {
		return fmt.Errorf("tabular: data package without a name")
	}
	out := dpPackage{Profile: "tabular-data-package", Name: p.Name, Title: p.Title, Description: p.Description,
		Resources: []dpResource{}}
	names := map[string]bool{}
	for _, r := range p.Resources {
		s := r.Schema
		if s == nil {
			return fmt.Errorf("tabular: data package %s: resource without a schema", p.Name)
		}
		if err := s.Validate(); err != nil {
			return err
		}
		dr := dpResource{Profile: "tabular-data-resource", Name: s.Name, Path: r.Path, Title: s.Title,
			Description: s.Description, Format: string(r.Format)}
		switch r.Format {
		case CSV:
			dr.MediaType, dr.Encoding = "text/csv", "utf-8"
			dr.Dialect = &dialect{Delimiter: ",", DoubleQuote: true, Header: true, LineTerminator: "\n"}
		case Parquet:
			dr.MediaType = "application/vnd.apache.parquet"
			dr.Name += "-parquet"
		default:
			return fmt.Errorf("tabular: data package %s: unknown format %q", p.Name, r.Format)
		}
		if dr.Path == "" {
			dr.Path = s.Name + "." + string(r.Format)
		}
		if names[dr.Name] {
			return fmt.Errorf("tabular: data package %s: resource %s twice", p.Name, dr.Name)
		}
		names[dr.Name] = true
		dr.Schema = dpSchema{MissingValues: []string{""}, PrimaryKey: s.PrimaryKey}
		for _, c := range s.Columns {
			f := dpField{Name: c.Name, Type: TableSchema(c.Type), Description: c.Description}
			if c.Type == Date {
				f.Format = "default" // YYYY-MM-DD
			}
			if !c.Nullable {
				f.Constraints = &dpConstraints{Required: true}
			}
			dr.Schema.Fields = append(dr.Schema.Fields, f)
		}
		out.Resources = append(out.Resources, dr)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
