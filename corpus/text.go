package corpus

import (
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxTitleLen is the length (in bytes) below which the first line of a plain-text file is its title.
const maxTitleLen = 200

// parseText fills d from the content of a plain-text (or Markdown) file.
func parseText(d *Document, content []byte, markdown bool) {
	if u, ok := decodeUTF16(content); ok {
		content = u
		d.Warnings = append(d.Warnings, "decoded from UTF-16")
	} else if isBinary(content) {
		d.Err = &ParseError{Path: d.Path, Err: ErrBinary}
		return
	}
	if controlBytes(content) > 0 {
		d.Warnings = append(d.Warnings, warnControl)
	}
	d.Text, d.Warnings = validText(content, d.Warnings)
	if isBlank(d.Text) {
		d.Err = &ParseError{Path: d.Path, Err: ErrEmpty}
		return
	}
	d.Title = firstLineTitle(d.Text, markdown)
	d.Date = textDate(d.Text)
	if d.Date == "" {
		d.Date = fileNameDate(d.Path)
	}
}

// maxDateLines is how many non-blank lines at the top of a plain-text file are searched for a date.
const maxDateLines = 15

// textDate returns the date of a plain-text article: the first of its first maxDateLines non-blank lines
// that is a date by itself ("2024-03-05", "March 5, 2024", "5 March 2024"), or whose last item after a
// '|' or '·' separator is one ("By Harbor Post staff | 2023-12-13"). It returns "" when there is none.
func textDate(text string) string {
	for n := 0; len(text) > 0 && n < maxDateLines; {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		if len(line) > 80 {
			continue
		}
		if i := strings.LastIndexAny(line, "|·"); i >= 0 {
			_, size := utf8.DecodeRuneInString(line[i:])
			line = strings.TrimSpace(line[i+size:])
		}
		if date, ok := NormalizeDate(line); ok && date != "" {
			return date
		}
	}
	return ""
}

// fileNameDate returns the date a file name starts with (YYYY-MM-DD or YYYYMMDD), or "".
func fileNameDate(p string) string {
	base := path.Base(filepath.ToSlash(p))
	for _, n := range [...]int{10, 8} {
		if len(base) > n {
			if date, ok := NormalizeDate(base[:n]); ok && date != "" {
				if next := base[n]; next < '0' || next > '9' {
					return date
				}
			}
		}
	}
	return ""
}

// firstLineTitle returns the first non-blank line of text, trimmed, when it is shorter than maxTitleLen.
// For Markdown, leading '#' heading marks are removed.
func firstLineTitle(text string, markdown bool) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if markdown {
			line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
		if line == "" {
			continue
		}
		if len(line) < maxTitleLen {
			return line
		}
		return ""
	}
	return ""
}
