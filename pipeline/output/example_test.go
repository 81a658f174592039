package output_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

func ExampleWriteFileAtomic() {
	dir, err := os.MkdirTemp("", "geopol-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	if err := output.PrepareDir(dir, false); err != nil {
		fmt.Println(err)
		return
	}
	err = output.WriteFileAtomic(filepath.Join(dir, output.NodesCSV), func(w io.Writer) error {
		return reports.WriteNodesCSV(w, []reports.NodeRow{{ID: "USA", Label: "United States", Type: "GPE", Country: "USA",
			Mentions: 3, Documents: 2, Degree: 1, WeightedDegree: 2, PageRank: 0.5}})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile(filepath.Join(dir, output.NodesCSV))
	fmt.Print(string(data))
	// A second run into the same, now non-empty, directory needs force.
	fmt.Println(errors.Is(output.PrepareDir(dir, false), output.ErrOutDirNotEmpty))
	// Output:
	// Id,Label,Type,Country,Mentions,Documents,Degree,WeightedDegree,PageRank
	// USA,United States,GPE,USA,3,2,1,2,0.500000
	// true
}
