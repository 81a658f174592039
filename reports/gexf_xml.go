package reports

import (
	"encoding/xml"
	"io"
)

// xmlWriter streams an indented XML document. It writes what encoding/xml's Encoder would for the
// same elements, without reflection: networks of 10^5 edges have millions of attributes. Element
// and attribute names are trusted (constants of this package); attribute values and text are
// escaped with xml.EscapeText, which turns characters XML cannot represent into U+FFFD. Output is
// appended to a buffer written out every 64 KB (appending measured faster than a bufio.Writer's
// call per piece); the first write error is kept and reported by flush.
type xmlWriter struct {
	outBuffer
	depth int
	// held, set by hold, keeps the buffer from being written out until share.
	held bool
}

const xmlFlushAt = 64 << 10

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{outBuffer: outBuffer{w: w, buf: make([]byte, 0, xmlFlushAt+4<<10)}}
	x.buf = append(x.buf, xml.Header...)
	return x
}

// spill writes the buffer out once it holds xmlFlushAt bytes.
func (x *xmlWriter) spill() {
	if len(x.buf) >= xmlFlushAt && !x.held {
		x.writeOut()
	}
}

// hold writes the buffer out if it is due and keeps it from being written out until share, so
// that what is written next stays in the buffer; it returns where that starts.
func (x *xmlWriter) hold() int {
	x.spill()
	x.held = true
	return len(x.buf)
}

// share appends what x wrote since hold returned at to each writer of others, which must be at
// the depth x was at then, and sets their depth to x's.
func (x *xmlWriter) share(at int, others []*xmlWriter) {
	x.held = false
	for _, o := range others {
		o.spill()
		o.buf = append(o.buf, x.buf[at:]...)
		o.depth = x.depth
	}
}

// outBuffer is the buffer an xmlWriter or a table appends its output to, written out to w by
// writeOut; the first write error is kept, and nothing is written after it.
type outBuffer struct {
	w   io.Writer
	buf []byte
	err error
}

// writeOut writes the buffer out, unless an earlier write failed, and empties it.
func (o *outBuffer) writeOut() {
	if o.err == nil && len(o.buf) > 0 {
		_, o.err = o.w.Write(o.buf)
	}
	o.buf = o.buf[:0]
}

func (x *xmlWriter) indent() {
	n := 2 * x.depth
	for n > len(xmlIndent) {
		x.buf = append(x.buf, xmlIndent...)
		n -= len(xmlIndent)
	}
	x.buf = append(x.buf, xmlIndent[:n]...)
}

// xmlIndent is the indentation of the deepest elements written, two spaces a level, appended at
// once (deeper ones take it several times).
const xmlIndent = "                "

// tag writes "<name a1="v1" a2="v2"" for attrs given as name, value pairs, every value escaped.
func (x *xmlWriter) tag(name string, attrs []string) { x.tagPlain(name, attrs, 0) }

// tagPlain is tag for attribute values that need no escaping (plainXML) but for those from the
// pair at index from on: the names and the numbers this package writes (itoa, FormatFloat,
// gexfFloat, FormatProb), for the attributes of which networks of 10^5 edges write millions.
func (x *xmlWriter) tagPlain(name string, attrs []string, from int) {
	x.spill()
	x.indent()
	x.buf = append(x.buf, '<')
	x.buf = append(x.buf, name...)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.buf = append(x.buf, ' ')
		x.buf = append(x.buf, attrs[i]...)
		x.buf = append(x.buf, `="`...)
		if i >= 2*from {
			x.escape(attrs[i+1])
		} else {
			x.buf = append(x.buf, attrs[i+1]...)
		}
		x.buf = append(x.buf, '"')
	}
}

// emptyPlain is empty for attribute values that need no escaping (tagPlain).
func (x *xmlWriter) emptyPlain(name string, attrs ...string) {
	x.tagPlain(name, attrs, len(attrs))
	x.buf = append(x.buf, "/>\n"...)
}

// textPlain is text for attribute values and a text that need no escaping (tagPlain).
func (x *xmlWriter) textPlain(name, text string, attrs ...string) {
	x.tagPlain(name, attrs, len(attrs))
	x.buf = append(x.buf, '>')
	x.buf = append(x.buf, text...)
	x.buf = append(x.buf, "</"...)
	x.buf = append(x.buf, name...)
	x.buf = append(x.buf, ">\n"...)
}

// emptyPlainTo is emptyPlain for the attributes before the pair at index from, empty for the
// others.
func (x *xmlWriter) emptyPlainTo(from int, name string, attrs ...string) {
	x.tagPlain(name, attrs, from)
	x.buf = append(x.buf, "/>\n"...)
}

// openPlain is open for attribute values that need no escaping (tagPlain).
func (x *xmlWriter) openPlain(name string, attrs ...string) {
	x.tagPlain(name, attrs, len(attrs))
	x.buf = append(x.buf, ">\n"...)
	x.depth++
}

// open writes a start tag on its own line; the element's children follow, indented.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.tag(name, attrs)
	x.buf = append(x.buf, ">\n"...)
	x.depth++
}

// close writes the end tag of the element opened last.
func (x *xmlWriter) close(name string) {
	x.depth--
	x.spill()
	x.indent()
	x.buf = append(x.buf, "</"...)
	x.buf = append(x.buf, name...)
	x.buf = append(x.buf, ">\n"...)
}

// empty writes an element without content: <name a="v"/>.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.tag(name, attrs)
	x.buf = append(x.buf, "/>\n"...)
}

// text writes an element holding only text: <name a="v">text</name>.
func (x *xmlWriter) text(name, text string, attrs ...string) {
	x.tag(name, attrs)
	x.buf = append(x.buf, '>')
	x.escape(text)
	x.buf = append(x.buf, "</"...)
	x.buf = append(x.buf, name...)
	x.buf = append(x.buf, ">\n"...)
}

// escape writes s escaped for an attribute value or text.
func (x *xmlWriter) escape(s string) {
	if plainXML(s) {
		x.buf = append(x.buf, s...)
		return
	}
	_ = xml.EscapeText((*xmlAppender)(x), []byte(s)) // appending cannot fail
}

// xmlAppender appends what is written to it to the xmlWriter's buffer.
type xmlAppender xmlWriter

func (a *xmlAppender) Write(p []byte) (int, error) {
	a.buf = append(a.buf, p...)
	return len(p), nil
}

// plainXML reports whether s is printable ASCII without the characters XML escapes.
func plainXML(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		m := uint64(xmlPlainHigh)
		if c < 64 {
			m = xmlPlainLow
		}
		if c >= 128 || m>>(c&63)&1 == 0 {
			return false
		}
	}
	return true
}

// The bytes plainXML accepts, as bit sets of the bytes below 64 and from 64 to 127: printable
// ASCII but for '"', '&', '\”, '<' and '>' (a shift and a test a byte instead of seven
// comparisons).
const (
	xmlPlainLow  = 0xffffffff_00000000 &^ (1<<'"' | 1<<'&' | 1<<'\'' | 1<<'<' | 1<<'>')
	xmlPlainHigh = 1<<63 - 1 // '@' to '~', not DEL
)

// flush writes what is buffered and returns the first write error.
func (x *xmlWriter) flush() error {
	x.writeOut()
	return x.err
}
