package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sampling procedure (documented in EVENTS_GUIDELINES.md, "Real text"):
//
//  1. Split every document of a corpus into sentences (splitSentences; Reuters stories without their
//     headline and dateline).
//  2. Keep well-formed candidates (wellFormed): 40-500 bytes once white space is collapsed, at least
//     7 words, ending in . ? ! (or a closing quote), starting with a capital letter, a digit or a
//     quote, at most 12% digits, not mostly capitals, and no page furniture of the UN records.
//  3. A candidate is "filtered" when it names at least two distinct actors of the fixed list below,
//     one of them a country (by name, demonym or capital).
//  4. Each candidate gets a rank: the first 8 bytes of SHA-256("<seed>|<corpus>|<doc id>|<start>").
//     Per corpus, the filtered stratum takes the lowest-ranked filtered candidates, then the
//     unfiltered stratum the lowest-ranked candidates of any kind, at most one sentence per document
//     over both strata.
//
// The rank depends on nothing but the seed and the sentence's place in the corpus, so the sample is
// the same on every machine and Go version.

// defaultSizes are the sentences drawn per corpus (filtered, unfiltered) for
// testdata/gold/src/events_real.ref; the -sizes flag of the sample command sets others.
var defaultSizes = map[string][2]int{
	"reuters_places_dev.jsonl": {110, 40},
	"ungdc_2010_2024.jsonl":    {70, 30},
	"re3d_dev.jsonl":           {20, 10},
}

// extraNames are actor names beyond the countries table: former states, common short forms and
// organizations. Keys of countries are ISO3 codes; organizations have a "#" prefix.
const extraNames = `SUN:Soviet Union|Soviet|Soviets|USSR|U.S.S.R.
DEU:West Germany|West German|West Germans|Bonn|German
DDR:East Germany|East German|East Germans|East Berlin
YUG:Yugoslavia|Yugoslav|Yugoslavs
CSK:Czechoslovakia|Czechoslovak
ZAR:Zaire|Zairean|Zairian
USA:U.S.|US|USA|America|Washington|Americans
GBR:Britain|U.K.|UK|Britons
NLD:Holland|Dutch|The Hague
MMR:Burma|Burmese
CIV:Ivory Coast
KOR:South Korea|South Korean|Seoul
PRK:North Korea|North Korean|Pyongyang
PSE:Palestine|Palestinian|Palestinians
CHN:Peking|Chinese
TWN:Taipei|Taiwanese
IRN:Iranian|Iranians|Tehran
IRQ:Iraqi|Iraqis
SYR:Syrian|Syrians
ISR:Israeli|Israelis
RUS:Russian|Russians|Kremlin
#UN:United Nations|U.N.|UN|Security Council|Secretary-General
#EU:European Union|EU|European Community|EC|EEC|European Commission|Brussels
#NATO:NATO|North Atlantic Treaty Organization
#OPEC:OPEC
#IMF:IMF|International Monetary Fund
#WORLDBANK:World Bank
#GATT:GATT|General Agreement on Tariffs and Trade
#WTO:WTO|World Trade Organization
#OECD:OECD
#PARISCLUB:Paris Club
#AU:African Union
#ARABLEAGUE:Arab League|League of Arab States
#ASEAN:ASEAN
#ECOWAS:ECOWAS
#IAEA:IAEA|International Atomic Energy Agency
#WHO:World Health Organization
#ICC:International Criminal Court
#ICJ:International Court of Justice
#G7:G7|Group of Seven|G-7
#G20:G20|Group of 20|G-20
#ISIL:ISIL|ISIS|Daesh|Islamic State
#ALQAEDA:al-Qaeda|Al-Qaida|al-Qaida|Al Qaeda
#HAMAS:Hamas
#HEZBOLLAH:Hezbollah
#TALIBAN:Taliban
#PLO:PLO|Palestine Liberation Organization
#COALITION:Coalition|coalition forces`

// actorNames maps a name (as written) to its actor key.
type actorNames struct {
	names  map[string]string
	maxLen int // longest name in words
}

// loadActorNames builds the fixed list from countries_compact.tsv (common name, official name,
// demonyms, alternative spellings of four or more characters, capital) and extraNames.
func loadActorNames(r io.Reader) (*actorNames, error) {
	a := &actorNames{names: map[string]string{}}
	add := func(name, key string) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if _, ok := a.names[name]; !ok {
			a.names[name] = key
		}
		if n := len(strings.Fields(name)); n > a.maxLen {
			a.maxLen = n
		}
	}
	// extra names first: they win over the table (Washington, not "Washington D.C.").
	for _, line := range strings.Split(extraNames, "\n") {
		key, names, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("extraNames: bad line %q", line)
		}
		for _, n := range strings.Split(names, "|") {
			add(n, key)
		}
	}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 9 || f[1] == "cca3" {
			continue
		}
		n++
		key := f[1]
		add(f[3], key)
		add(f[4], key)
		add(f[5], key)
		add(f[6], key)
		for _, alt := range strings.Split(f[7], "|") {
			if utf8.RuneCountInString(alt) >= 4 {
				add(alt, key)
			}
		}
		for _, c := range strings.Split(f[8], "|") {
			add(c, key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n < 200 {
		return nil, fmt.Errorf("countries table: only %d countries", n)
	}
	return a, nil
}

// words splits s into word tokens: runs of letters, digits, apostrophes, hyphens and inner periods.
// A trailing period is dropped unless the token has inner periods ("U.S.").
func words(s string) []string {
	var out []string
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '-' || r == '’')
	})
	for _, w := range f {
		w = strings.TrimLeft(w, ".'-’")
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			w = w[:len(w)-len("'s")]
			if strings.HasSuffix(w, "’") {
				w = strings.TrimSuffix(w, "’")
			}
		}
		if strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 {
			w = strings.TrimSuffix(w, ".")
		}
		w = strings.TrimRight(w, "'-’")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// actors returns the distinct actor keys named in s and whether one of them is a country.
func (a *actorNames) actors(s string) (keys []string, country bool) {
	ws := words(s)
	seen := map[string]bool{}
	for i := 0; i < len(ws); i++ {
		for n := min(a.maxLen, len(ws)-i); n >= 1; n-- {
			key, ok := a.names[strings.Join(ws[i:i+n], " ")]
			if !ok {
				continue
			}
			if !seen[key] {
				seen[key] = true
				keys = append(keys, key)
				country = country || !strings.HasPrefix(key, "#")
			}
			i += n - 1
			break
		}
	}
	return keys, country
}

var (
	pageFurniture = regexp.MustCompile(`\b\d{2}-\d{5}\b|A/\d{2,3}/PV|\bPV\.\d`)
	sentenceEnd   = regexp.MustCompile(`[.?!]["'”’)]*$`)
)

// wellFormed reports whether a normalized sentence is a candidate (step 2 of the procedure).
func wellFormed(s string) bool {
	if len(s) < 40 || len(s) > 500 || len(strings.Fields(s)) < 7 || !sentenceEnd.MatchString(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“') {
		return false
	}
	if pageFurniture.MatchString(s) {
		return false
	}
	digits, upper, letters, nonSpace := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
		if !unicode.IsSpace(r) {
			nonSpace++
		}
	}
	return digits*100 <= nonSpace*12 && upper*2 <= letters
}

// candidate is a sentence offered to the sample.
type candidate struct {
	Corpus   string
	Doc      string
	Date     string
	Start    int
	End      int
	Text     string // normalized
	Raw      string
	Filtered bool
	Actors   []string
	rank     uint64
}

func rankOf(seed, corpus, doc string, start int) uint64 {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%s|%d", seed, corpus, doc, start)))
	return binary.BigEndian.Uint64(h[:8])
}

// candidates splits a corpus and returns its candidate sentences, ranked.
func candidates(corpus string, docs []document, names *actorNames, seed string) []candidate {
	var out []candidate
	for _, d := range docs {
		for _, s := range splitSentences(d.Text, bodyStart(corpus, d.Text)) {
			raw := d.Text[s.Start:s.End]
			norm := normalizeSpace(raw)
			if !wellFormed(norm) {
				continue
			}
			keys, country := names.actors(norm)
			out = append(out, candidate{Corpus: corpus, Doc: d.ID, Date: d.Date, Start: s.Start, End: s.End,
				Text: norm, Raw: raw, Filtered: len(keys) >= 2 && country, Actors: keys,
				rank: rankOf(seed, corpus, d.ID, s.Start)})
		}
	}
	return out
}

// drawn is one sampled sentence with its stratum.
type drawn struct {
	candidate
	Stratum string
}

// draw takes the strata of one corpus from its candidates (step 4 of the procedure).
func draw(corpus string, cands []candidate, sizes [2]int) []drawn {
	sorted := append([]candidate(nil), cands...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].rank != sorted[j].rank {
			return sorted[i].rank < sorted[j].rank
		}
		return sorted[i].Start < sorted[j].Start
	})
	short := shortName(corpus)
	usedDoc := map[string]bool{}
	var out []drawn
	for k, filtered := range []bool{true, false} {
		n := 0
		for _, c := range sorted {
			if n == sizes[k] {
				break
			}
			if usedDoc[c.Doc] || (filtered && !c.Filtered) {
				continue
			}
			usedDoc[c.Doc] = true
			stratum := short + "/filtered"
			if !filtered {
				stratum = short + "/random"
			}
			out = append(out, drawn{c, stratum})
			n++
		}
	}
	return out
}

// writeSkeleton writes the sample as an annotation skeleton: each sentence's reference block, with
// the sentence itself on "> " lines for the annotator. The "> " lines must be removed (the strip
// command does it) before the file enters the repository.
func writeSkeleton(w io.Writer, sample []drawn, firstID int) error {
	bw := bufio.NewWriter(w)
	for i, d := range sample {
		fmt.Fprintf(bw, "# er-%03d\nref: %s %s %d-%d %s\nstratum: %s\n", firstID+i, d.Corpus, d.Doc, d.Start, d.End, spanHash(d.Raw), d.Stratum)
		fmt.Fprintf(bw, "> %s\n", d.Text)
		if d.Date != "" {
			fmt.Fprintf(bw, "> date %s; list actors: %s\n", d.Date, strings.Join(d.Actors, " "))
		}
		fmt.Fprintf(bw, "TODO\n\n")
	}
	return bw.Flush()
}

// shortName is the corpus name used in strata and in -sizes: "reuters", "ungdc", "re3d".
func shortName(corpus string) string {
	return strings.TrimSuffix(strings.SplitN(corpus, "_", 2)[0], ".jsonl")
}

// sampleOptions are the parameters of one draw. The sample is a function of them and the corpora.
type sampleOptions struct {
	Seed    string
	Sizes   map[string][2]int // corpus file -> filtered, unfiltered
	Exclude map[string]bool   // docKey(corpus, doc) of documents that may not be drawn
	FirstID int               // number of the first block (er-NNN)
}

func docKey(corpus, doc string) string { return corpus + "\x00" + doc }

// parseSizes reads "reuters=40+15,ungdc=25+10,re3d=7+3": per corpus (short name) the sentences of
// the filtered and of the random stratum. Every corpus must be given once.
func parseSizes(s string) (map[string][2]int, error) {
	byShort := map[string]string{}
	for _, c := range corpusOrder {
		byShort[shortName(c)] = c
	}
	out := map[string][2]int{}
	for _, part := range strings.Split(s, ",") {
		name, counts, ok := strings.Cut(strings.TrimSpace(part), "=")
		corpus, known := byShort[name]
		f, r, ok2 := strings.Cut(counts, "+")
		nf, err1 := strconv.Atoi(f)
		nr, err2 := strconv.Atoi(r)
		if !ok || !ok2 || err1 != nil || err2 != nil || nf < 0 || nr < 0 {
			return nil, fmt.Errorf("sizes: bad part %q (want CORPUS=FILTERED+RANDOM, e.g. reuters=40+15)", part)
		}
		if !known {
			return nil, fmt.Errorf("sizes: unknown corpus %q (want reuters, ungdc or re3d)", name)
		}
		if _, dup := out[corpus]; dup {
			return nil, fmt.Errorf("sizes: corpus %q given twice", name)
		}
		out[corpus] = [2]int{nf, nr}
	}
	for _, c := range corpusOrder {
		if _, ok := out[c]; !ok {
			return nil, fmt.Errorf("sizes: no size for %q", shortName(c))
		}
	}
	return out, nil
}

// readExclude returns the documents that the ref: lines of a reference file (or skeleton) use.
func readExclude(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "ref:") {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(line, "ref:"))
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want ref: CORPUS DOC START-END HASH", n)
		}
		out[docKey(f[0], f[1])] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no ref: lines")
	}
	return out, nil
}

// keepDocs returns the documents of a corpus that exclude does not list.
func keepDocs(corpus string, docs []document, exclude map[string]bool) []document {
	kept := make([]document, 0, len(docs))
	for _, d := range docs {
		if !exclude[docKey(corpus, d.ID)] {
			kept = append(kept, d)
		}
	}
	return kept
}

// runSample draws the sample from every corpus and writes the skeleton.
func runSample(shared, countriesTable string, opt sampleOptions, w io.Writer) error {
	f, err := os.Open(countriesTable)
	if err != nil {
		return err
	}
	defer f.Close()
	names, err := loadActorNames(f)
	if err != nil {
		return fmt.Errorf("%s: %w", countriesTable, err)
	}
	sizes := opt.Sizes
	if sizes == nil {
		sizes = defaultSizes
	}
	var all []drawn
	for _, corpus := range corpusOrder {
		docs, err := loadCorpus(shared, corpus)
		if err != nil {
			return err
		}
		kept := keepDocs(corpus, docs, opt.Exclude)
		cands := candidates(corpus, kept, names, opt.Seed)
		nf := 0
		for _, c := range cands {
			if c.Filtered {
				nf++
			}
		}
		sample := draw(corpus, cands, sizes[corpus])
		fmt.Fprintf(os.Stderr, "%s: %d documents (%d excluded), %d candidate sentences (%d filtered), %d drawn\n",
			corpus, len(kept), len(docs)-len(kept), len(cands), nf, len(sample))
		all = append(all, sample...)
	}
	return writeSkeleton(w, all, max(1, opt.FirstID))
}
