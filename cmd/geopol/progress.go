package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress reports documents processed on stderr: a bar with a rate when stderr is a terminal, a plain
// line every few seconds otherwise, nothing when quiet. The total is unknown while streaming, so the bar
// is a spinner with counts and throughput.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	quiet bool
	start time.Time
	last  time.Time
	docs  int
	bytes int64
	total int // documents in the corpus, 0 until known
}

// setTotal makes the bar a bounded one with an estimate of the time left.
func (p *progress) setTotal(n int) {
	if p.quiet || n <= 0 {
		return
	}
	p.total = n
	if p.bar != nil {
		p.bar.ChangeMax(n)
	}
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet, start: time.Now(), last: time.Now()}
	if quiet {
		return p
	}
	if lw, ok := w.(*lockedWriter); ok {
		w = lw.w // the bar needs the file itself to know it is a terminal; it writes from one goroutine
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) update(docs int, bytes int64) {
	if p.quiet {
		return
	}
	p.docs, p.bytes = docs, bytes
	if p.bar != nil {
		_ = p.bar.Set(docs)
		return
	}
	if time.Since(p.last) >= 5*time.Second {
		p.last = time.Now()
		p.line()
	}
}

func (p *progress) line() {
	secs := time.Since(p.start).Seconds()
	rate := float64(p.docs) / secs
	eta := ""
	if p.total > 0 && rate > 0 {
		left := time.Duration(float64(p.total-p.docs) / rate * float64(time.Second)).Round(time.Second)
		eta = fmt.Sprintf(" of %d, about %s left", p.total, left)
	}
	fmt.Fprintf(p.w, "geopol: %d documents%s, %.1f MB, %.1f docs/s, %.2f MB/s\n",
		p.docs, eta, float64(p.bytes)/1e6, rate, float64(p.bytes)/1e6/secs)
}

// clear removes the bar from the line before another message is printed.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
