package corpus

import (
	"embed"
	"io/fs"
)

//go:embed sample
var sampleFS embed.FS

// Sample returns the sample corpus embedded in the binary (the files of corpus/sample, see SAMPLE.md),
// rooted so that "." is its top directory. Read it with Reader{FS: Sample()} and the path ".".
func Sample() fs.FS {
	sub, err := fs.Sub(sampleFS, "sample")
	if err != nil { // cannot happen: "sample" is a valid, embedded directory name
		return sampleFS
	}
	return sub
}
