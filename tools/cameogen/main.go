// Command cameogen writes the CAMEO code table that package events embeds
// (events/data/cameo.tsv) from the reference files of the shared data folder.
//
// Usage, from the repository root:
//
//	go run ./tools/cameogen -in ../shared/data/reference/cameo -out events/data/cameo.tsv
//
// It reads two files of that folder:
//
//   - CAMEO.eventcodes.txt (the GDELT lookup table, TSV code<TAB>description): the code list and
//     labels. Its known glitches are repaired: the mojibake of 044, the line on which 1056 and 106
//     are merged, and a misspelling in 033.
//   - cameo-codes.icews.csv (R package icews, MIT, Andreas Beger): the Goldstein weight of every
//     code, and the label of the one code (1213) the GDELT table lacks.
//
// The output is a TSV with the header code, root, label, quad_class, goldstein; one row per root (2
// digits), 3-digit and 4-digit code, sorted by code. The quad class follows from the root, as in
// GDELT: 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
// 14-20 material conflict (4). The output is deterministic: the same inputs give the same bytes.
//
// The CAMEO codes, names and Goldstein weights are facts of the CAMEO codebook (Schrodt, Gerner et
// al., Parus Analytics), freely available; see events/data/README.md.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "../shared/data/reference/cameo", "folder holding CAMEO.eventcodes.txt and cameo-codes.icews.csv")
	out := flag.String("out", "events/data/cameo.tsv", "output TSV")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cameogen:", err)
		os.Exit(1)
	}
}

type row struct {
	code, label string
	goldstein   float64
}

func run(in, out string) error {
	labels, err := readLabels(filepath.Join(in, "CAMEO.eventcodes.txt"))
	if err != nil {
		return err
	}
	weights, icewsNames, err := readICEWS(filepath.Join(in, "cameo-codes.icews.csv"))
	if err != nil {
		return err
	}
	for code, name := range icewsNames {
		if _, ok := labels[code]; !ok {
			labels[code] = name
		}
	}
	var rows []row
	for code, label := range labels {
		if len(code) < 2 {
			continue // the four quad-class rows
		}
		g, ok := weights[code]
		if !ok {
			return fmt.Errorf("no Goldstein weight for code %s", code)
		}
		rows = append(rows, row{code, label, g})
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.code, b.code) })
	var buf bytes.Buffer
	buf.WriteString("code\troot\tlabel\tquad_class\tgoldstein\n")
	for _, r := range rows {
		q, err := quadClass(r.code[:2])
		if err != nil {
			return err
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%d\t%s\n", r.code, r.code[:2], r.label, q, strconv.FormatFloat(r.goldstein, 'f', -1, 64))
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// quadClass maps a root code to its quad class.
func quadClass(root string) (int, error) {
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || n < 1 || n > 20:
		return 0, fmt.Errorf("bad root code %q", root)
	case n <= 5:
		return 1, nil
	case n <= 8:
		return 2, nil
	case n <= 13:
		return 3, nil
	default:
		return 4, nil
	}
}

func readLabels(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	// fixes repairs labels of the GDELT table (mojibake and a misspelling).
	fixes := map[string]string{
		"044": "Meet at a 'third' location",
		"033": "Express intent to provide material aid, not specified below",
	}
	// merged matches the GDELT line on which a second code follows the first description:
	// "...engagement106:[-5.0] Demand withdrawal".
	merged := regexp.MustCompile(`^(.*?)(\d{3,4}):\[-?[0-9.]+\] (.*)$`)
	labels := map[string]string{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if first {
			first = false
			continue
		}
		if line == "" {
			continue
		}
		code, desc, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: no tab in %q", path, line)
		}
		if m := merged.FindStringSubmatch(desc); m != nil {
			desc = m[1]
			labels[m[2]] = strings.TrimSpace(m[3])
		}
		labels[code] = strings.Join(strings.Fields(desc), " ")
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	for c, l := range fixes {
		labels[c] = l
	}
	return labels, nil
}

func readICEWS(path string) (map[string]float64, map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, h := range []string{"code", "goldstein", "name"} {
		if _, ok := col[h]; !ok {
			return nil, nil, fmt.Errorf("%s: no %q column", path, h)
		}
	}
	weights := map[string]float64{}
	names := map[string]string{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", path, err)
		}
		code := rec[col["code"]]
		g, err := strconv.ParseFloat(rec[col["goldstein"]], 64)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: code %s: goldstein: %w", path, code, err)
		}
		weights[code] = g
		names[code] = strings.Join(strings.Fields(rec[col["name"]]), " ")
	}
	return weights, names, nil
}
