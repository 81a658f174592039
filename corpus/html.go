package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// minMainText is the length (bytes of extracted text) an <article> or <main> element needs to be chosen as
// the page's main content.
const minMainText = 200

// parseHTML fills d from the content of an HTML page: main text, title, date and URL. The heuristic is
// described in the package documentation.
func parseHTML(d *Document, content []byte) {
	if u, ok := decodeUTF16(content); ok {
		content = u
		d.Warnings = append(d.Warnings, "decoded from UTF-16")
	} else if isBinary(content) {
		d.Err = &ParseError{Path: d.Path, Err: ErrBinary}
		return
	}
	content = bytes.TrimPrefix(content, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(content) {
		// Like a browser: the declared charset, else a guess (windows-1252 for Western pages).
		if enc, name, _ := charset.DetermineEncoding(content, ""); name != "utf-8" {
			if b, err := enc.NewDecoder().Bytes(content); err == nil {
				content = b
				d.Warnings = append(d.Warnings, "decoded from "+name)
			}
		}
	}
	var s string
	s, d.Warnings = validText(content, d.Warnings)
	p := &page{ancestors: make(map[*html.Node]bool)}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// The parser refuses some pages (elements nested more than 512 deep): read the text without
		// the tree, dropping the same elements, and let the line cleaner do the rest.
		d.Warnings = append(d.Warnings, "HTML not parsed ("+strings.TrimPrefix(err.Error(), "html: ")+
			"): text extracted without the page structure")
		var title string
		d.Text, title = p.flatText(s)
		d.Title = firstNonEmpty(title, p.ogTitle, p.title)
	} else {
		p.scan(root, false, false)
		main := p.mainNode()
		if main != nil {
			d.Text = p.render(main)
		}
		d.Title = p.titleFor(main)
	}
	if isBlank(d.Text) {
		d.Text = ""
		d.Err = &ParseError{Path: d.Path, Err: ErrNoMainText}
	}
	d.URL = firstNonEmpty(p.canonical, p.ogURL)
	if p.siteName != "" {
		d.Source = p.siteName
	}
	if p.metaDate != "" {
		setDate(d, p.metaDate)
	} else {
		for _, t := range p.times {
			if date, ok := NormalizeDate(t); ok && date != "" {
				d.Date = date
				break
			}
		}
	}
}

// page is what one scan of an HTML tree found.
type page struct {
	// ancestors holds the elements that contain an <article>, <main> or <h1>: the class/id rule never
	// drops them, so a wrapper named "share-enabled" cannot swallow the whole article.
	ancestors map[*html.Node]bool

	articles, mains, paragraphs, h1s []*html.Node
	bodyNode                         *html.Node
	title, ogTitle, siteName         string
	metaDate, canonical, ogURL       string
	times                            []string
}

// scan walks the tree, collecting metadata and the kept candidate nodes. dropped tells whether an
// ancestor was dropped; inMain whether an ancestor is an <article> or <main>.
func (p *page) scan(n *html.Node, dropped, inMain bool) {
	if n.Type == html.ElementNode {
		if n.DataAtom == atom.Title && p.title == "" {
			p.title = collapse(textOf(n))
		}
		p.metadata(n)
		if !dropped && p.drops(n, inMain) {
			dropped = true
		}
		if !dropped {
			switch n.DataAtom {
			case atom.Article:
				p.articles = append(p.articles, n)
			case atom.Main:
				p.mains = append(p.mains, n)
			case atom.P:
				p.paragraphs = append(p.paragraphs, n)
			case atom.H1:
				p.h1s = append(p.h1s, n)
			case atom.Body:
				if p.bodyNode == nil {
					p.bodyNode = n
				}
			}
		}
		switch n.DataAtom {
		case atom.Article, atom.Main, atom.H1:
			for a := n.Parent; a != nil && !p.ancestors[a]; a = a.Parent {
				p.ancestors[a] = true
			}
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			inMain = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c, dropped, inMain)
	}
}

// metadata records what the element n tells about the page: <meta> data, the canonical link, the
// datetime of a <time>.
func (p *page) metadata(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta:
		p.meta(n)
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
			p.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Time:
		if t := strings.TrimSpace(attr(n, "datetime")); t != "" {
			p.times = append(p.times, t)
		}
	}
}

// meta records the metadata of a <meta> element.
func (p *page) meta(n *html.Node) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	switch key {
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
		"og:published_time":
		if p.metaDate == "" {
			p.metaDate = val
		}
	case "og:url":
		if p.ogURL == "" {
			p.ogURL = val
		}
	case "og:title":
		if p.ogTitle == "" {
			p.ogTitle = collapse(val)
		}
	case "og:site_name":
		if p.siteName == "" {
			p.siteName = collapse(val)
		}
	}
}

// drops reports whether element n and its subtree are boilerplate.
func (p *page) drops(n *html.Node, inMain bool) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Noscript,
		atom.Template, atom.Iframe, atom.Svg, atom.Math, atom.Button, atom.Select, atom.Textarea, atom.Input,
		atom.Object, atom.Embed, atom.Canvas, atom.Audio, atom.Video, atom.Map, atom.Menu, atom.Dialog:
		return true
	case atom.Header:
		return !inMain
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	}
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog":
		return true
	}
	if p.ancestors[n] {
		return false
	}
	return boilerName(attr(n, "class")) || boilerName(attr(n, "id"))
}

// boilerName reports whether a class or id attribute names a boilerplate block: one of its words (split at
// spaces, '-' and '_') is a word such as "nav", "footer", "related" or "share".
func boilerName(v string) bool {
	if v == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		switch w {
		case "nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs",
			"cookie", "cookies", "newsletter", "related", "share", "sharing", "social", "promo", "advert",
			"advertisement", "ad", "ads", "banner", "subscribe", "subscription", "comment", "comments", "popup",
			"modal", "skip", "masthead", "toolbar", "widget", "outbrain", "taboola", "teaser", "teasers",
			"recommended", "trending", "most-read", "mostread", "sponsored":
			return true
		}
	}
	return false
}

// mainNode chooses the element holding the page's main text: the largest <article> if it has at least
// minMainText bytes of text, else the largest such <main>, else the element whose paragraph children
// (counted in full) and grandchildren (counted half) hold the most text, else <body>.
func (p *page) mainNode() *html.Node {
	for _, cands := range [][]*html.Node{p.articles, p.mains} {
		var best *html.Node
		bestLen := 0
		for _, n := range cands {
			if l := len(p.render(n)); l > bestLen {
				best, bestLen = n, l
			}
		}
		if bestLen >= minMainText {
			return best
		}
	}
	scores := make(map[*html.Node]int)
	var best *html.Node
	bestScore := 0
	add := func(n *html.Node, s int) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		scores[n] += s
		if scores[n] > bestScore {
			best, bestScore = n, scores[n]
		}
	}
	for _, n := range p.paragraphs {
		l := len(p.render(n))
		add(n.Parent, l)
		if n.Parent != nil {
			add(n.Parent.Parent, l/2)
		}
	}
	if best != nil {
		return best
	}
	if len(p.articles) > 0 {
		return p.articles[0]
	}
	if len(p.mains) > 0 {
		return p.mains[0]
	}
	return p.bodyNode
}

// titleFor returns the first <h1> inside main, else the first kept <h1>, else og:title, else <title>.
func (p *page) titleFor(main *html.Node) string {
	for _, h := range p.h1s {
		for a := h; a != nil; a = a.Parent {
			if a == main {
				if t := collapse(textOf(h)); t != "" {
					return t
				}
			}
		}
	}
	for _, h := range p.h1s {
		if t := collapse(textOf(h)); t != "" {
			return t
		}
	}
	return firstNonEmpty(p.ogTitle, p.title)
}

// render returns the text of n without its dropped subtrees: block elements become paragraphs separated
// by a blank line, <br> a line break, and white space runs one space (except inside <pre>).
func (p *page) render(n *html.Node) string {
	r := &renderer{p: p}
	r.node(n, false)
	r.flush()
	return r.out.String()
}

type renderer struct {
	p     *page
	out   strings.Builder
	par   strings.Builder
	space bool // a space is pending before the next word of the paragraph
}

func (r *renderer) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, pre)
		return
	case html.ElementNode:
		inMain := false
		for a := n.Parent; a != nil; a = a.Parent {
			if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
				inMain = true
				break
			}
		}
		if r.p.drops(n, inMain) {
			return
		}
		if n.DataAtom == atom.Br {
			r.par.WriteByte('\n')
			r.space = false
			return
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && isBlock(n.DataAtom)
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, pre)
	}
	if block {
		r.flush()
	}
}

func (r *renderer) text(s string, pre bool) {
	if pre {
		r.par.WriteString(s)
		r.space = false
		return
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			if r.space && r.par.Len() > 0 {
				r.par.WriteByte(' ')
			}
			r.par.WriteString(s[i:j])
			r.space = false
		}
		for j < len(s) && isSpaceByte(s[j]) {
			r.space = true
			j++
		}
		i = j
	}
}

// flush ends the current paragraph.
func (r *renderer) flush() {
	par := strings.TrimSpace(r.par.String())
	r.par.Reset()
	r.space = false
	if par == "" {
		return
	}
	if r.out.Len() > 0 {
		r.out.WriteString("\n\n")
	}
	r.out.WriteString(par)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isBlock reports whether elements with this tag start and end a paragraph.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote,
		atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Figure, atom.Figcaption,
		atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Center, atom.Fieldset:
		return true
	}
	return false
}

// textOf returns all the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and turns its white space runs into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// flatText extracts the text of a page the parser refused, from its tokens: the elements that drops
// would drop are left out with everything inside them (nesting is tracked on a stack of its own, with
// no depth limit), block elements separate paragraphs as in render, and the page's metadata is
// recorded as scan does. It returns the text and the first <h1>.
func (p *page) flatText(s string) (text, h1 string) {
	type open struct {
		name            string
		a               atom.Atom
		dropped, inMain bool
	}
	var stack []open
	r := &renderer{p: p}
	var title, head strings.Builder
	inTitle, inH1, h1Done := false, false, false
	pre := 0
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		top := open{}
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch tt {
		case html.TextToken:
			switch {
			case inTitle:
				title.WriteString(tok.Data)
			case !top.dropped:
				r.text(tok.Data, pre > 0)
				if inH1 {
					head.WriteString(tok.Data)
					head.WriteByte(' ')
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			n := &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
			p.metadata(n)
			switch tok.DataAtom {
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.Br:
				if !top.dropped {
					r.par.WriteByte('\n')
					r.space = false
				}
			}
			if tt == html.SelfClosingTagToken || voidElement(tok.DataAtom) {
				continue
			}
			o := open{name: tok.Data, a: tok.DataAtom, dropped: top.dropped, inMain: top.inMain}
			if !o.dropped && p.drops(n, top.inMain) {
				o.dropped = true
			}
			if tok.DataAtom == atom.Article || tok.DataAtom == atom.Main {
				o.inMain = true
			}
			stack = append(stack, o)
			if o.dropped {
				continue
			}
			if tok.DataAtom == atom.Pre {
				pre++
			}
			if tok.DataAtom == atom.H1 && !h1Done {
				inH1 = true
			}
			if isBlock(tok.DataAtom) {
				r.flush()
			}
		case html.EndTagToken:
			if tok.DataAtom == atom.Title {
				inTitle = false
				if p.title == "" {
					p.title = collapse(title.String())
				}
			}
			k := len(stack) - 1
			for k >= 0 && stack[k].name != tok.Data {
				k--
			}
			if k < 0 {
				continue // an end tag with no start: ignored, as browsers do
			}
			for _, o := range stack[k:] {
				if o.dropped {
					continue
				}
				a := o.a
				if a == atom.Pre && pre > 0 {
					pre--
				}
				if a == atom.H1 && inH1 {
					inH1, h1Done = false, true
				}
				if isBlock(a) {
					r.flush()
				}
			}
			stack = stack[:k]
		}
	}
	r.flush()
	return r.out.String(), collapse(head.String())
}

// voidElement reports whether elements with this tag have no content and no end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link,
		atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
