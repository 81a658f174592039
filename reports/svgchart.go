package reports

import (
	"cmp"
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

// sharesSVG draws the topics' shares over time as stacked areas, one colour per topic in the
// order of topics, each period's shares summing to 1 (periods without documents are left
// blank). Each period carries a tooltip listing its shares.
func sharesSVG(periods []TopicSharePeriod, topics []TopicSummary) string {
	const (
		width, height = 1180, 210
		left, right   = 40, 8
		top, bottom   = 8, 22
	)
	if len(periods) < 2 || len(topics) == 0 {
		return ""
	}
	plotW := float64(width - left - right)
	plotH := float64(height - top - bottom)
	step := plotW / float64(len(periods))
	x := func(i int) float64 { return float64(left) + step*float64(i) }
	y := func(v float64) float64 { return float64(top) + plotH*(1-v) }
	var b strings.Builder
	svgOpen(&b, "chart shares", width, height, "Topic shares over time")
	for _, v := range []float64{0, 0.25, 0.5, 0.75, 1} {
		cls := "grid"
		if v == 0 {
			cls = "axis"
		}
		b.WriteString(`<line class="` + cls + `" x1="` + itoa(left) + `" x2="` + itoa(width-right) +
			`" y1="` + num(y(v), 1) + `" y2="` + num(y(v), 1) + `"/>`)
		b.WriteString(`<text class="tick" x="` + itoa(left-4) + `" y="` + num(y(v)+3.5, 1) +
			`" text-anchor="end">` + itoa(int(math.Round(v*100))) + `%</text>`)
	}
	// One column per period: stacked rectangles, so periods without documents stay empty.
	for t := range topics {
		var path strings.Builder
		for i, p := range periods {
			if p.Docs == 0 || t >= len(p.Shares) {
				continue
			}
			below := 0.0
			for _, s := range p.Shares[:t] {
				below += s
			}
			s := p.Shares[t]
			if s <= 0 {
				continue
			}
			x0, x1 := x(i), x(i)+step
			y0, y1 := y(below+s), y(below)
			path.WriteString("M" + num(x0, 1) + "," + num(y0, 1) + "H" + num(x1, 1) + "V" + num(y1, 1) + "H" + num(x0, 1) + "Z")
		}
		if path.Len() > 0 {
			b.WriteString(`<path class="s` + itoa(t%10) + `" d="` + path.String() + `"/>`)
		}
	}
	for i, p := range periods {
		if p.Docs == 0 {
			continue
		}
		var tip strings.Builder
		tip.WriteString(p.Period + " (" + itoa(p.Docs) + " " + plural(p.Docs, "document", "documents") + ")")
		type share struct {
			t int
			s float64
		}
		var ss []share
		for t, s := range p.Shares {
			ss = append(ss, share{t, s})
		}
		slices.SortStableFunc(ss, func(a, b share) int { return cmp.Compare(b.s, a.s) })
		for _, s := range ss[:min(len(ss), 5)] {
			tip.WriteString("\n#" + itoa(topics[s.t].ID) + " " + topics[s.t].Label + ": " + itoa(int(math.Round(s.s*100))) + "%")
		}
		b.WriteString(`<rect class="hov" x="` + num(x(i), 1) + `" y="` + itoa(top) + `" width="` + num(step, 1) +
			`" height="` + num(plotH, 1) + `"><title>` + esc(tip.String()) + `</title></rect>`)
	}
	for _, i := range xTicks(len(periods), 10) {
		b.WriteString(`<text class="tick" x="` + num(x(i)+step/2, 1) + `" y="` + itoa(height-6) +
			`" text-anchor="middle">` + esc(periods[i].Period) + `</text>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// shareLineSVG draws one topic's share per period as a small area from zero, in the topic's
// colour; periods without documents are gaps.
func shareLineSVG(points []PeriodWeight, title string, colour int) string {
	const (
		width, height = 300, 54
		left, right   = 30, 4
		top, bottom   = 4, 14
	)
	if len(points) < 2 {
		return ""
	}
	hi := 0.0
	for _, p := range points {
		hi = max(hi, p.Weight)
	}
	if hi <= 0 {
		hi = 1
	}
	plotW := float64(width - left - right)
	plotH := float64(height - top - bottom)
	x := func(i int) float64 { return float64(left) + plotW*float64(i)/float64(len(points)-1) }
	y := func(v float64) float64 { return float64(top) + plotH*(hi-v)/hi }
	var b strings.Builder
	svgOpen(&b, "chart spark", width, height, title)
	b.WriteString(`<line class="axis" x1="` + itoa(left) + `" x2="` + itoa(width-right) + `" y1="` + num(y(0), 1) +
		`" y2="` + num(y(0), 1) + `"/>`)
	b.WriteString(`<text class="tick" x="` + itoa(left-3) + `" y="` + num(y(hi)+7, 1) + `" text-anchor="end">` +
		itoa(int(math.Round(hi*100))) + `%</text>`)
	// Runs of consecutive periods with documents become filled areas.
	var path strings.Builder
	for i := 0; i < len(points); {
		if points[i].Docs == 0 {
			i++
			continue
		}
		j := i
		for j < len(points) && points[j].Docs > 0 {
			j++
		}
		path.WriteString("M" + num(x(i), 1) + "," + num(y(0), 1))
		for k := i; k < j; k++ {
			path.WriteString("L" + num(x(k), 1) + "," + num(y(points[k].Weight), 1))
		}
		path.WriteString("L" + num(x(j-1), 1) + "," + num(y(0), 1) + "Z")
		i = j
	}
	if path.Len() > 0 {
		b.WriteString(`<path class="s` + itoa(colour) + `" d="` + path.String() + `"/>`)
	}
	b.WriteString(`<text class="tick" x="` + itoa(left) + `" y="` + itoa(height-2) + `">` + esc(points[0].Period) + `</text>`)
	b.WriteString(`<text class="tick" x="` + itoa(width-right) + `" y="` + itoa(height-2) + `" text-anchor="end">` +
		esc(points[len(points)-1].Period) + `</text>`)
	for i, p := range points {
		if p.Docs == 0 {
			continue
		}
		b.WriteString(`<rect class="hov" x="` + num(x(i)-plotW/float64(2*(len(points)-1)), 1) + `" y="` + itoa(top) +
			`" width="` + num(plotW/float64(len(points)-1), 1) + `" height="` + num(plotH, 1) + `"><title>` +
			esc(p.Period+": "+num(p.Weight*100, 1)+"% ("+itoa(p.Docs)+" "+plural(p.Docs, "document", "documents")+")") +
			`</title></rect>`)
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
