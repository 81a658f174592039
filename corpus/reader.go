package corpus

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Reader reads documents from files, directories and standard input. Its zero value reads the operating
// system's files and os.Stdin. A Reader holds no state between calls and may be reused, but one Read call
// must not run concurrently with another that shares the same Stdin.
type Reader struct {
	// Stdin is read for the path "-" (as JSONL). Nil means os.Stdin.
	Stdin io.Reader
	// FS, when set, is where paths are looked up instead of the operating system (for example the
	// embedded sample corpus, see Sample). Paths are then slash-separated and unrooted, as fs.FS requires.
	FS fs.FS
	// OnSkip, when set, is told about every file that is not read: unsupported extensions, hidden files
	// and directories, and symbolic links to directories (not followed, to avoid cycles).
	OnSkip func(path, reason string)
}

// Read calls fn for each document found under paths, in a deterministic order: paths in the order given,
// a directory walked depth-first with the entries of each directory in lexical order of their names (the
// order of fs.WalkDir), JSONL lines and CSV records in file order.
//
// A document that cannot be read or parsed is still passed to fn, with Err set (a *ParseError naming the
// file and, for JSONL and CSV, the line), so that it can be reported. Document IDs are unique within one
// Read call: a repeated ID gets a "#2", "#3", ... suffix and a warning.
//
// Every top-level path is checked (stat) before anything is read: a missing one makes Read return a
// *PathError naming it (wrapping fs.ErrNotExist), so a command can treat it as a usage error. A top-level
// file with an unsupported extension is skipped like any other (OnSkip). Read also stops and returns the
// error when fn returns one, or ctx.Err() when ctx is done.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(*Document) error) error {
	st := &readState{r: r, ctx: ctx, fn: fn, ids: &IDs{}}
	roots := make([]fs.FileInfo, len(paths))
	for i, p := range paths {
		if p == "-" {
			continue
		}
		info, err := st.stat(p)
		if err != nil {
			return &PathError{Path: p, Err: unwrapPathErr(err)}
		}
		roots[i] = info
	}
	for i, p := range paths {
		var err error
		switch {
		case p == "-":
			in := r.Stdin
			if in == nil {
				in = os.Stdin
			}
			err = st.readJSONL(in, "-", "stdin", "")
		case roots[i].IsDir():
			err = st.walkDir(p, "")
		default:
			err = st.readFile(p, st.base(p))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// unwrapPathErr drops the path from an *fs.PathError, since PathError already names it.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readState is the state of one Read call.
type readState struct {
	r   *Reader
	ctx context.Context
	fn  func(*Document) error
	ids *IDs // nil: IDs are left as they are (ReadFile)
	// list, when set, is told about every file instead of reading it (List).
	list func(File) error
}

func (st *readState) stat(p string) (fs.FileInfo, error) {
	if st.r.FS != nil {
		return fs.Stat(st.r.FS, p)
	}
	return os.Stat(p)
}

func (st *readState) open(p string) (io.ReadCloser, error) {
	if st.r.FS != nil {
		return st.r.FS.Open(p)
	}
	return os.Open(p)
}

func (st *readState) readDir(p string) ([]fs.DirEntry, error) {
	if st.r.FS != nil {
		return fs.ReadDir(st.r.FS, p)
	}
	return os.ReadDir(p)
}

func (st *readState) join(dir, name string) string {
	if st.r.FS != nil {
		return path.Join(dir, name)
	}
	return filepath.Join(dir, name)
}

func (st *readState) base(p string) string {
	if st.r.FS != nil {
		return path.Base(p)
	}
	return filepath.Base(p)
}

// parentName is the name of the directory holding p, or "" when there is none worth naming (p is at
// the root of the file system or of Reader.FS). A path of the operating system is made absolute first,
// so the name does not depend on how the path was typed: "x.txt" and "./x.txt" in a directory "data"
// give "data", as "/abs/data/x.txt" does.
func (st *readState) parentName(p string) string {
	var dir string
	if st.r.FS != nil {
		dir = path.Base(path.Dir(p))
	} else {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		dir = filepath.Base(filepath.Dir(p))
	}
	if dir == "." || dir == "/" || dir == string(filepath.Separator) || dir == ".." {
		return ""
	}
	return dir
}

func (st *readState) skip(p, reason string) {
	if st.r.OnSkip != nil {
		st.r.OnSkip(p, reason)
	}
}

// walkDir reads the directory dir recursively; rel is its path relative to the walked root ("" for the
// root itself).
func (st *readState) walkDir(dir, rel string) error {
	entries, err := st.readDir(dir)
	if err != nil {
		id := rel
		if id == "" {
			id = st.base(dir)
		}
		return st.emit(&Document{ID: id, Path: dir, Err: &ParseError{Path: dir, Err: unwrapPathErr(err)}})
	}
	for _, e := range entries {
		name := e.Name()
		p := st.join(dir, name)
		r := name
		if rel != "" {
			r = rel + "/" + name
		}
		if strings.HasPrefix(name, ".") {
			st.skip(p, "hidden")
			continue
		}
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			info, err := st.stat(p)
			if err != nil {
				st.skip(p, "broken symbolic link")
				continue
			}
			if info.IsDir() {
				st.skip(p, "symbolic link to a directory not followed")
				continue
			}
			typ = info.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if err := st.walkDir(p, r); err != nil {
				return err
			}
		case typ.IsRegular():
			if err := st.readFile(p, r); err != nil {
				return err
			}
		default:
			st.skip(p, "not a regular file")
		}
	}
	return nil
}

// fileKind is the format of a file, from its extension.
type fileKind int

const (
	kindUnknown fileKind = iota
	kindText
	kindHTML
	kindJSONL
	kindCSV
	kindTSV
)

func kindOf(name string) fileKind {
	ext := strings.ToLower(path.Ext(filepath.ToSlash(name)))
	switch ext {
	case ".txt", ".text", ".md":
		return kindText
	case ".html", ".htm":
		return kindHTML
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".csv":
		return kindCSV
	case ".tsv":
		return kindTSV
	}
	return kindUnknown
}

// readFile reads one file; id is its path relative to the walked root (slash-separated), or its base name
// for a file given directly.
func (st *readState) readFile(p, id string) error {
	kind := kindOf(p)
	if kind == kindUnknown {
		reason := "unsupported file type"
		if ext := path.Ext(filepath.ToSlash(p)); ext != "" {
			reason = "unsupported extension " + ext
		}
		st.skip(p, reason)
		return nil
	}
	if st.list != nil {
		return st.list(File{Path: p, ID: id})
	}
	source := st.parentName(p)
	if kind == kindJSONL || kind == kindCSV || kind == kindTSV {
		f, err := st.open(p)
		if err != nil {
			return st.emit(&Document{ID: id, Path: p, Source: source, Err: &ParseError{Path: p, Err: unwrapPathErr(err)}})
		}
		defer f.Close()
		if kind == kindJSONL {
			return st.readJSONL(f, p, id, source)
		}
		comma := ','
		if kind == kindTSV {
			comma = '\t'
		}
		return st.readCSV(f, p, id, source, comma)
	}
	d := &Document{ID: id, Path: p, Source: source}
	content, err := st.readAll(p)
	if err != nil {
		d.Err = &ParseError{Path: p, Err: err}
		return st.emit(d)
	}
	if kind == kindHTML {
		parseHTML(d, content)
	} else {
		parseText(d, content, strings.EqualFold(path.Ext(filepath.ToSlash(p)), ".md"))
	}
	return st.emit(d)
}

func (st *readState) readAll(p string) ([]byte, error) {
	if st.r.FS != nil {
		b, err := fs.ReadFile(st.r.FS, p)
		return b, unwrapPathErr(err)
	}
	b, err := os.ReadFile(p)
	return b, unwrapPathErr(err)
}

// emit makes the document's ID unique and passes it to fn.
func (st *readState) emit(d *Document) error {
	if err := st.ctx.Err(); err != nil {
		return err
	}
	if st.list != nil { // a directory that could not be listed
		return st.list(File{Path: d.Path, ID: d.ID, Err: d.Err.Error()})
	}
	if st.ids != nil {
		st.ids.Unique(d)
	}
	return st.fn(d)
}
