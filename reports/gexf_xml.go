package reports

import (
	"bufio"
	"encoding/xml"
	"io"
)

// xmlWriter streams an indented XML document. It writes what encoding/xml's Encoder would for the
// same elements, without reflection: networks of 10^5 edges have millions of attributes. Element
// and attribute names are trusted (constants of this package); attribute values and text are
// escaped with xml.EscapeText, which turns characters XML cannot represent into U+FFFD. Write
// errors are sticky in the bufio.Writer and reported by flush.
type xmlWriter struct {
	w     *bufio.Writer
	depth int
}

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{w: bufio.NewWriterSize(w, 64<<10)}
	x.w.WriteString(xml.Header)
	return x
}

func (x *xmlWriter) indent() {
	for range x.depth {
		x.w.WriteString("  ")
	}
}

// tag writes "<name a1="v1" a2="v2"" for attrs given as name, value pairs.
func (x *xmlWriter) tag(name string, attrs []string) {
	x.indent()
	x.w.WriteByte('<')
	x.w.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.w.WriteByte(' ')
		x.w.WriteString(attrs[i])
		x.w.WriteString(`="`)
		x.escape(attrs[i+1])
		x.w.WriteByte('"')
	}
}

// open writes a start tag on its own line; the element's children follow, indented.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.tag(name, attrs)
	x.w.WriteString(">\n")
	x.depth++
}

// close writes the end tag of the element opened last.
func (x *xmlWriter) close(name string) {
	x.depth--
	x.indent()
	x.w.WriteString("</")
	x.w.WriteString(name)
	x.w.WriteString(">\n")
}

// empty writes an element without content: <name a="v"/>.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.tag(name, attrs)
	x.w.WriteString("/>\n")
}

// text writes an element holding only text: <name a="v">text</name>.
func (x *xmlWriter) text(name, text string, attrs ...string) {
	x.tag(name, attrs)
	x.w.WriteByte('>')
	x.escape(text)
	x.w.WriteString("</")
	x.w.WriteString(name)
	x.w.WriteString(">\n")
}

// escape writes s escaped for an attribute value or text.
func (x *xmlWriter) escape(s string) {
	if plainXML(s) {
		x.w.WriteString(s)
		return
	}
	// EscapeText only fails when the writer does; the error stays in the bufio.Writer.
	_ = xml.EscapeText(x.w, []byte(s))
}

// plainXML reports whether s is printable ASCII without the characters XML escapes.
func plainXML(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '&' || c == '\'' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// flush writes what is buffered and returns the first write error.
func (x *xmlWriter) flush() error { return x.w.Flush() }
