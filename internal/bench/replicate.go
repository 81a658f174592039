package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// ReplicateJSONL writes factor copies of the JSONL corpus at src to dst, streaming line by line (memory
// does not grow with the corpus or the factor), and returns the number of bytes written. Copy 0 is
// the corpus as it is; in copy k > 0 each document's "id" gets the suffix "~k" (a document without an
// id gets "line N~k"), so ids stay unique. Blank lines are dropped; lines that are not JSON objects are
// copied unchanged, so a corpus's bad lines stay bad in every copy.
//
// Replication keeps every statistic that is a ratio: each line of a source is repeated in the same
// fraction of its documents, so for a corpus of at least 10 documents per source the boilerplate
// cleaner drops exactly what it drops in the original (its repeated-line rule asks for a line in
// 30% of a source's documents and in at least 3; a line unique in 3 documents of 3 copies of a
// 2-document corpus would pass the second test and the first), and the text per document is
// unchanged. It is what the scaling series (time per MB and peak memory at 1×, 4×, 16× the input)
// reads.
func ReplicateJSONL(dst io.Writer, src string, factor int) (int64, error) {
	if factor < 1 {
		return 0, fmt.Errorf("bench: replicate: factor %d, want at least 1", factor)
	}
	bw := bufio.NewWriterSize(dst, 1<<20)
	var written int64
	for k := range factor {
		n, err := replicateOnce(bw, src, k)
		written += n
		if err != nil {
			return written, err
		}
	}
	return written, bw.Flush()
}

func replicateOnce(w *bufio.Writer, src string, k int) (int64, error) {
	f, err := os.Open(src)
	if err != nil {
		return 0, fmt.Errorf("bench: replicate: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var written int64
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			out := bytes.TrimSpace(line)
			if len(out) > 0 {
				if k > 0 {
					out = renameID(out, lineNo, k)
				}
				n, werr := w.Write(out)
				written += int64(n)
				if werr == nil {
					werr = w.WriteByte('\n')
					written++
				}
				if werr != nil {
					return written, fmt.Errorf("bench: replicate: %w", werr)
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return written, nil
		}
		if err != nil {
			return written, fmt.Errorf("bench: replicate %s: %w", src, err)
		}
	}
}

// renameID returns the JSON object line with "~k" appended to its id (a string or a number). Lines
// that do not decode as objects are returned unchanged.
func renameID(line []byte, lineNo, k int) []byte {
	var obj map[string]json.RawMessage
	if json.Unmarshal(line, &obj) != nil || obj == nil {
		return line
	}
	id := "line " + strconv.Itoa(lineNo)
	if raw, ok := obj["id"]; ok {
		var s string
		var num json.Number
		switch {
		case json.Unmarshal(raw, &s) == nil:
			id = s
		case json.Unmarshal(raw, &num) == nil:
			id = num.String()
		}
	}
	b, err := json.Marshal(id + "~" + strconv.Itoa(k))
	if err != nil {
		return line
	}
	obj["id"] = b
	out, err := json.Marshal(obj)
	if err != nil {
		return line
	}
	return out
}
