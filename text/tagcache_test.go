package text

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestMain keeps the package's tests off the user's tagger cache (they test it in a temporary
// directory), unless the variable is set.
func TestMain(m *testing.M) {
	if os.Getenv(TaggerCacheEnv) == "" {
		os.Setenv(TaggerCacheEnv, "off")
	}
	os.Exit(m.Run())
}

// builtModel decodes prose's assets without the cache.
func builtModel(tb testing.TB) *tagModel {
	tb.Helper()
	assets, err := proseAssets()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := modelOfAssets(assets)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// modelView is everything of a tagModel but its scratch pool, with the lexicon as a map (its slot
// layout depends on a random seed). The dense rows are not in the cache file: finish builds them
// from data, as it does tagInit.
type modelView struct {
	classes           []string
	dict              map[string]dictTag
	nFeat, nWeight    int
	data              []int32
	bias              scores
	tagInit           []scores
	tagID             map[string]int32
	prevTag, prev2Tag []int32
	tagPair           []int32
	pref1             [256]int32
	suffix, vocab     map[string]int32
	words             []wordFeats
	twTag, twFID      []int32
	ctxSuffix         map[string][2]int32
	wordCtx           []ctxEntry
	startCtx, endCtx  [2]ctxEntry
	start1, start2    int32
	lex               map[string]lexEntry
	tagNames          []string
	dense             *denseTable
}

func viewOf(m *tagModel) modelView {
	return modelView{m.classes, m.dict, m.nFeat, m.nWeight, m.data, m.bias, m.tagInit, m.tagID, m.prevTag,
		m.prev2Tag, m.tagPair, m.pref1, m.suffix, m.vocab, m.words, m.twTag, m.twFID, m.ctxSuffix, m.wordCtx,
		m.startCtx, m.endCtx, m.start1, m.start2, m.lex.entries(), m.tagNames, m.dense}
}

// sameModel checks that two models are equal, but for their scratch pools.
func sameModel(t *testing.T, a, b *tagModel) {
	t.Helper()
	// modelView lists every field of tagModel but scratch: a new field must be added to it (and
	// to the cache file).
	if n := reflect.TypeFor[tagModel]().NumField(); n != reflect.TypeFor[modelView]().NumField()+1 {
		t.Fatalf("tagModel has %d fields: update modelView and the tagger cache", n)
	}
	va, vb := viewOf(a), viewOf(b)
	if !reflect.DeepEqual(va, vb) {
		x, y := reflect.ValueOf(va), reflect.ValueOf(vb)
		for i := range x.NumField() {
			if !reflect.DeepEqual(x.Field(i), y.Field(i)) {
				t.Errorf("models differ in %s", x.Type().Field(i).Name)
			}
		}
		t.Fatal("models differ")
	}
}

// TestTagCacheRoundTrip checks that the cache file gives back the model it was written from, and
// that the model read from it tags as prose's scoring does (the oracle) on UN General Debate
// sentences and the hand-written ones.
func TestTagCacheRoundTrip(t *testing.T) {
	m := builtModel(t)
	got, err := decodeTagCache(encodeTagCache(m))
	if err != nil {
		t.Fatal(err)
	}
	sameModel(t, m, got)
	o := mustOracle(t)
	var sentences [][]string
	for _, s := range handSentences {
		sentences = append(sentences, strings.Fields(s))
	}
	var texts []string
	if _, err := os.Stat(ungdcPath); err == nil {
		texts = readUNGDC(t, 5)
	}
	for _, text := range texts {
		sentences = append(sentences, sentenceWords(Segment(text, nil))...)
	}
	for _, words := range sentences {
		want, _ := o.tag(words)
		if tags := got.tagWords(words, nil); !slices.Equal(tags, want) {
			t.Fatalf("cached model tags %q\n as %v\nwant %v", words, tags, want)
		}
	}
	t.Logf("%d sentences tagged alike", len(sentences))
}

// TestTagCacheDamaged checks that a damaged cache file is refused: truncated anywhere, one byte
// changed, another layout version.
func TestTagCacheDamaged(t *testing.T) {
	b := encodeTagCache(builtModel(t))
	for _, n := range []int{0, 1, len(tagCacheMagic), len(tagCacheMagic) + 8, len(b) / 3, len(b) / 2, len(b) - 5, len(b) - 1} {
		if _, err := decodeTagCache(b[:n]); err == nil {
			t.Errorf("file truncated to %d of %d bytes was accepted", n, len(b))
		}
	}
	for _, i := range []int{0, len(tagCacheMagic), len(tagCacheMagic) + 9, len(b) / 4, len(b) / 2, len(b) - 10, len(b) - 1} {
		c := slices.Clone(b)
		c[i] ^= 0x10
		if _, err := decodeTagCache(c); err == nil {
			t.Errorf("file with byte %d changed was accepted", i)
		}
	}
	// A file of another version, with a valid checksum, is refused too.
	w := &cacheWriter{b: []byte(tagCacheMagic)}
	w.u64(tagCacheVersion + 1)
	w.b = append(w.b, b[len(tagCacheMagic)+8:len(b)-4]...)
	other := encodeChecksum(w.b)
	if _, err := decodeTagCache(other); err == nil {
		t.Error("file of another layout version was accepted")
	}
}

// TestTagCacheFile checks the cache in a directory: the first load writes the file (named after
// prose's assets), the next reads it and gives the same model; "off" writes nothing.
func TestTagCacheFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(TaggerCacheEnv, dir)
	first, err := decodeTagModel()
	if err != nil {
		t.Fatal(err)
	}
	assets, err := proseAssets()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, tagCacheName(assets[:]...))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no cache file after the first load: %v", err)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("cache directory holds %d files, want 1 (no temporary file left)", len(files))
	}
	second, err := decodeTagModel()
	if err != nil {
		t.Fatal(err)
	}
	sameModel(t, first, second)
	cached, err := readTagCache(path)
	if err != nil {
		t.Fatalf("cache file unreadable: %v", err)
	}
	sameModel(t, first, cached)

	// A damaged file is replaced by a good one.
	if err := os.WriteFile(path, []byte(tagCacheMagic+"junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := decodeTagModel(); err != nil {
		t.Fatal(err)
	}
	if _, err := readTagCache(path); err != nil {
		t.Errorf("damaged cache file not rewritten: %v", err)
	}

	// "off" writes nothing; unset, the file goes to the user's cache directory.
	if runtime.GOOS != "linux" {
		return // os.UserCacheDir follows XDG_CACHE_HOME on Linux
	}
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	t.Setenv(TaggerCacheEnv, "off")
	if _, err := decodeTagModel(); err != nil {
		t.Fatal(err)
	}
	if files, _ := os.ReadDir(home); len(files) != 0 {
		t.Errorf("cache disabled, but %d files written", len(files))
	}
	t.Setenv(TaggerCacheEnv, "")
	if _, err := decodeTagModel(); err != nil {
		t.Fatal(err)
	}
	if _, err := readTagCache(filepath.Join(home, "geopol", filepath.Base(path))); err != nil {
		t.Errorf("no cache file in the user's cache directory: %v", err)
	}
}

// TestTagCacheModuleFile checks the cache named after the prose module's identity: the first load
// writes the file, the next reads it and gives the same model, and another identity uses another
// file.
func TestTagCacheModuleFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(TaggerCacheEnv, dir)
	const id = "github.com/jdkato/prose/v2@v2.0.0 h1:test"
	first, err := decodeTagModelFor(id)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, tagCacheNameModule(id))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no cache file after the first load: %v", err)
	}
	second, err := decodeTagModelFor(id)
	if err != nil {
		t.Fatal(err)
	}
	sameModel(t, first, second)
	assets, err := proseAssets()
	if err != nil {
		t.Fatal(err)
	}
	if other := tagCacheNameModule(id + "x"); other == filepath.Base(path) || other == tagCacheName(assets[:]...) {
		t.Errorf("cache names collide: %s", other)
	}
	if _, err := decodeTagModelFor(id + "x"); err != nil {
		t.Fatal(err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 2 {
		t.Errorf("cache directory holds %d files after loads under two identities, want 2", len(files))
	}
}
