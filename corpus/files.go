package corpus

import (
	"context"
	"errors"
	"fmt"
	"strconv"
)

// File is one input file that Read would read, as found by List.
type File struct {
	// Path is the path to open (in the Reader's FS when it is set).
	Path string
	// ID is the document id Read gives the file's document: its path relative to the walked
	// directory, or its base name for a file given directly. JSONL and CSV files derive their
	// documents' default ids from it.
	ID string
	// Err, when not empty, is why a directory could not be listed: ReadFile reports it as one
	// failed document, as Read does.
	Err string
}

// List returns the files Read would read under paths, in Read's order, telling OnSkip about the
// others as Read does. Standard input ("-") cannot be listed. Reading the listed files one by one
// with ReadFile (anywhere, in any order) and passing the documents, in list order, through one
// IDs gives what Read gives; it lets the files be read in parallel.
func (r *Reader) List(ctx context.Context, paths []string) ([]File, error) {
	var files []File
	st := &readState{r: r, ctx: ctx, list: func(f File) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		files = append(files, f)
		return nil
	}}
	for _, p := range paths {
		if p == "-" {
			return nil, fmt.Errorf("corpus: standard input cannot be listed")
		}
		if _, err := st.stat(p); err != nil {
			return nil, &PathError{Path: p, Err: unwrapPathErr(err)}
		}
	}
	for _, p := range paths {
		info, err := st.stat(p)
		if err != nil {
			return nil, &PathError{Path: p, Err: unwrapPathErr(err)}
		}
		if info.IsDir() {
			err = st.walkDir(p, "")
		} else {
			err = st.readFile(p, st.base(p))
		}
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// ReadFile calls fn for each document of f, a file found by List, in file order. Unlike Read it
// leaves ids as they are: pass the documents through an IDs to make them unique.
func (r *Reader) ReadFile(ctx context.Context, f File, fn func(*Document) error) error {
	st := &readState{r: r, ctx: ctx, fn: fn}
	if f.Err != "" {
		return st.emit(&Document{ID: f.ID, Path: f.Path, Err: errors.New(f.Err)})
	}
	return st.readFile(f.Path, f.ID)
}

// IDs makes document ids unique as Read does: a repeated id gets a "#2", "#3", ... suffix and a
// warning. The zero value is ready to use.
type IDs struct {
	ids map[string]int // ID → number of documents that asked for it
}

// Unique renames d when its id was seen before.
func (u *IDs) Unique(d *Document) {
	if u.ids == nil {
		u.ids = make(map[string]int)
	}
	n := u.ids[d.ID] + 1
	u.ids[d.ID] = n
	if n > 1 {
		orig := d.ID
		for {
			d.ID = orig + "#" + strconv.Itoa(n)
			if u.ids[d.ID] == 0 {
				break
			}
			n++
		}
		u.ids[orig] = n
		u.ids[d.ID] = 1
		d.Warnings = append(d.Warnings, fmt.Sprintf("duplicate id %q renamed %q", orig, d.ID))
	}
}
