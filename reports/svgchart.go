package reports

import (
	"html"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The charts of report.html are small hand-written SVG documents, inlined in the page. Every
// number is written with a fixed number of decimals (see num), every text is HTML-escaped, and
// colours come from CSS classes of the page, so a chart is a pure function of its data.

// num formats x with dec decimals, without a negative zero, and 0 for NaN and infinities.
func num(x float64, dec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	s := strconv.FormatFloat(x, 'f', dec, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		s = s[1:]
	}
	return s
}

// esc escapes s for HTML text and attribute values.
func esc(s string) string { return html.EscapeString(s) }

// ellipsize shortens s to at most n characters, ending it with "…" when cut.
func ellipsize(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

// svgOpen starts an SVG element of the given size that scales with its container.
func svgOpen(b *strings.Builder, class string, w, h int, label string) {
	b.WriteString(`<svg class="`)
	b.WriteString(class)
	b.WriteString(`" viewBox="0 0 `)
	b.WriteString(itoa(w))
	b.WriteByte(' ')
	b.WriteString(itoa(h))
	b.WriteString(`" width="`)
	b.WriteString(itoa(w))
	b.WriteString(`" height="`)
	b.WriteString(itoa(h))
	b.WriteString(`" role="img" aria-label="`)
	b.WriteString(esc(label))
	b.WriteString(`" xmlns="http://www.w3.org/2000/svg">`)
}

// termBarsSVG draws the terms of a topic as horizontal bars, one per term in the order given,
// growing right from zero for positive weights and left for negative ones.
func termBarsSVG(terms []TopicTerm, title string) string {
	const (
		width  = 380
		labelW = 132
		valueW = 44
		rowH   = 17
		top    = 2
	)
	if len(terms) == 0 {
		return ""
	}
	pos, neg := 0.0, 0.0
	for _, t := range terms {
		pos = max(pos, t.Weight)
		neg = max(neg, -t.Weight)
	}
	if pos+neg == 0 {
		pos = 1
	}
	plotW := float64(width - labelW - valueW)
	zero := float64(labelW) + plotW*neg/(pos+neg)
	scale := plotW / (pos + neg)
	h := top + rowH*len(terms) + 2
	var b strings.Builder
	svgOpen(&b, "chart bars", width, h, title)
	for i, t := range terms {
		y := float64(top + i*rowH)
		name := t.Term
		if t.Label != "" {
			name = t.Label
		}
		cls := "bar"
		if t.Label != "" {
			cls += " actor"
		}
		x, w := zero, t.Weight*scale
		if w < 0 {
			x, w = zero+w, -w
		}
		tip := name + ": " + num(t.Weight, 3)
		if t.Label != "" && t.Label != t.Term {
			tip = name + " (" + t.Term + "): " + num(t.Weight, 3)
		}
		b.WriteString(`<g><title>`)
		b.WriteString(esc(tip))
		b.WriteString(`</title><text class="lbl" x="`)
		b.WriteString(itoa(labelW - 6))
		b.WriteString(`" y="`)
		b.WriteString(num(y+12, 1))
		b.WriteString(`" text-anchor="end">`)
		b.WriteString(esc(ellipsize(name, 20)))
		b.WriteString(`</text><rect class="`)
		b.WriteString(cls)
		b.WriteString(`" x="`)
		b.WriteString(num(x, 1))
		b.WriteString(`" y="`)
		b.WriteString(num(y+2, 1))
		b.WriteString(`" width="`)
		b.WriteString(num(max(w, 0.5), 1))
		b.WriteString(`" height="`)
		b.WriteString(itoa(rowH - 4))
		b.WriteString(`"/><text class="val" x="`)
		b.WriteString(num(float64(width-valueW+4), 1))
		b.WriteString(`" y="`)
		b.WriteString(num(y+12, 1))
		b.WriteString(`">`)
		b.WriteString(num(t.Weight, 3))
		b.WriteString(`</text></g>`)
	}
	b.WriteString(`<line class="axis" x1="`)
	b.WriteString(num(zero, 1))
	b.WriteString(`" x2="`)
	b.WriteString(num(zero, 1))
	b.WriteString(`" y1="0" y2="`)
	b.WriteString(itoa(h))
	b.WriteString(`"/></svg>`)
	return b.String()
}

// xTicks returns the indices of up to max evenly spread labels among n periods, first and last
// included.
func xTicks(n, most int) []int {
	if n <= 0 {
		return nil
	}
	if n <= most {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	step := int(math.Ceil(float64(n-1) / float64(most-1)))
	var out []int
	for i := 0; i < n-1; i += step {
		out = append(out, i)
	}
	if last := out[len(out)-1]; float64(n-1-last) < 0.75*float64(step) && len(out) > 1 {
		out = out[:len(out)-1]
	}
	return append(out, n-1)
}

// timelineSVG draws the mean weight of a topic per period as a line through the periods that have
// documents, with a dot (and a tooltip) on each; periods without documents have no dot.
func timelineSVG(points []PeriodWeight, title string) string {
	const (
		width, height = 380, 128
		left, right   = 42, 8
		top, bottom   = 8, 22
	)
	if len(points) == 0 {
		return ""
	}
	lo, hi := 0.0, 0.0
	for _, p := range points {
		if p.Docs > 0 {
			lo, hi = min(lo, p.Weight), max(hi, p.Weight)
		}
	}
	if hi-lo == 0 {
		hi = 1
	}
	plotW := float64(width - left - right)
	plotH := float64(height - top - bottom)
	x := func(i int) float64 {
		if len(points) == 1 {
			return float64(left) + plotW/2
		}
		return float64(left) + plotW*float64(i)/float64(len(points)-1)
	}
	y := func(v float64) float64 { return float64(top) + plotH*(hi-v)/(hi-lo) }
	var b strings.Builder
	svgOpen(&b, "chart line", width, height, title)
	// Axes: the extreme values, and the zero line when it is not one of them.
	levels := []float64{hi, lo}
	if lo < 0 && hi > 0 {
		levels = append(levels, 0)
	}
	var labelled []float64
	for _, v := range levels {
		cls := "grid"
		if v == 0 {
			cls = "axis"
		}
		b.WriteString(`<line class="` + cls + `" x1="` + itoa(left) + `" x2="` + itoa(width-right) +
			`" y1="` + num(y(v), 1) + `" y2="` + num(y(v), 1) + `"/>`)
		if slices.ContainsFunc(labelled, func(o float64) bool { return math.Abs(y(o)-y(v)) < 11 }) {
			continue // too close to a label already written
		}
		labelled = append(labelled, v)
		b.WriteString(`<text class="tick" x="` + itoa(left-4) + `" y="` + num(y(v)+3.5, 1) +
			`" text-anchor="end">` + num(v, 2) + `</text>`)
	}
	for _, i := range xTicks(len(points), 5) {
		anchor := "middle"
		if len(points) > 1 && i == 0 {
			anchor = "start"
		} else if len(points) > 1 && i == len(points)-1 {
			anchor = "end"
		}
		b.WriteString(`<text class="tick" x="` + num(x(i), 1) + `" y="` + itoa(height-6) +
			`" text-anchor="` + anchor + `">` + esc(points[i].Period) + `</text>`)
	}
	// The line joins the periods that have documents; a dot marks each of them.
	var path strings.Builder
	for i, p := range points {
		if p.Docs == 0 {
			continue
		}
		if path.Len() == 0 {
			path.WriteString("M")
		} else {
			path.WriteString("L")
		}
		path.WriteString(num(x(i), 1) + "," + num(y(p.Weight), 1))
	}
	if path.Len() > 0 {
		b.WriteString(`<path class="series" d="` + path.String() + `"/>`)
	}
	for i, p := range points {
		if p.Docs == 0 {
			continue
		}
		docs := " documents"
		if p.Docs == 1 {
			docs = " document"
		}
		b.WriteString(`<circle class="dot" cx="` + num(x(i), 1) + `" cy="` + num(y(p.Weight), 1) +
			`" r="3"><title>` + esc(p.Period) + `: ` + num(p.Weight, 3) + ` (` + itoa(p.Docs) + docs +
			`)</title></circle>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// quadName names quad class q+1 (q from 0 to 3).
func quadName(q int) string {
	switch q {
	case 0:
		return "verbal cooperation"
	case 1:
		return "material cooperation"
	case 2:
		return "verbal conflict"
	case 3:
		return "material conflict"
	}
	return "unknown quad class"
}

// quadSVG draws the events of one dyad per period as columns: cooperation (quad classes 1 and 2)
// stacked up from the axis, conflict (3 and 4) stacked down.
func quadSVG(periods []QuadPeriod, title string) string {
	const (
		width, height = 380, 120
		left, right   = 28, 8
		top, bottom   = 6, 20
	)
	if len(periods) == 0 {
		return ""
	}
	up, down := 1, 1
	for _, p := range periods {
		up = max(up, p.Counts[0]+p.Counts[1])
		down = max(down, p.Counts[2]+p.Counts[3])
	}
	plotW := float64(width - left - right)
	plotH := float64(height - top - bottom)
	unit := plotH / float64(up+down)
	zero := float64(top) + unit*float64(up)
	colW := plotW / float64(len(periods))
	barW := max(colW*0.7, 1)
	var b strings.Builder
	svgOpen(&b, "chart quad", width, height, title)
	b.WriteString(`<text class="tick" x="` + itoa(left-4) + `" y="` + num(float64(top)+8, 1) +
		`" text-anchor="end">+` + itoa(up) + `</text>`)
	b.WriteString(`<text class="tick" x="` + itoa(left-4) + `" y="` + num(float64(height-bottom), 1) +
		`" text-anchor="end">−` + itoa(down) + `</text>`)
	for i, p := range periods {
		x := float64(left) + colW*float64(i) + (colW-barW)/2
		yUp, yDown := zero, zero
		for q := range 4 {
			c := p.Counts[q]
			if c == 0 {
				continue
			}
			h := unit * float64(c)
			var y float64
			if q < 2 {
				yUp -= h
				y = yUp
			} else {
				y = yDown
				yDown += h
			}
			b.WriteString(`<rect class="q q` + itoa(q+1) + `" x="` + num(x, 1) + `" y="` + num(y, 1) +
				`" width="` + num(barW, 1) + `" height="` + num(h, 1) + `"><title>` + esc(p.Period) + `: ` +
				itoa(c) + ` ` + quadName(q) + `</title></rect>`)
		}
	}
	b.WriteString(`<line class="axis" x1="` + itoa(left) + `" x2="` + itoa(width-right) + `" y1="` +
		num(zero, 1) + `" y2="` + num(zero, 1) + `"/>`)
	for _, i := range xTicks(len(periods), 5) {
		x, anchor := float64(left)+colW*(float64(i)+0.5), "middle"
		if len(periods) > 1 && i == 0 {
			x, anchor = float64(left), "start"
		} else if len(periods) > 1 && i == len(periods)-1 {
			x, anchor = float64(width-right), "end"
		}
		b.WriteString(`<text class="tick" x="` + num(x, 1) + `" y="` + itoa(height-5) + `" text-anchor="` + anchor +
			`">` + esc(periods[i].Period) + `</text>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// balanceSVG draws a dyad's cooperation and conflict counts as one diverging bar: cooperation to
// the right of the centre, conflict to the left, scaled to most.
func balanceSVG(quad [4]int, most int) string {
	const width, height = 160, 14
	if most <= 0 {
		most = 1
	}
	half := float64(width) / 2
	unit := half / float64(most)
	var b strings.Builder
	b.WriteString(`<svg class="balance" viewBox="0 0 160 14" width="160" height="14" xmlns="http://www.w3.org/2000/svg">`)
	xr, xl := half, half
	for q := range 4 {
		c := quad[q]
		if c == 0 {
			continue
		}
		w := unit * float64(c)
		var x float64
		if q < 2 {
			x = xr
			xr += w
		} else {
			xl -= w
			x = xl
		}
		b.WriteString(`<rect class="q q` + itoa(q+1) + `" x="` + num(x, 1) + `" y="2" width="` + num(w, 1) +
			`" height="10"><title>` + itoa(c) + ` ` + quadName(q) + `</title></rect>`)
	}
	b.WriteString(`<line class="axis" x1="80" x2="80" y1="0" y2="14"/></svg>`)
	return b.String()
}
