package reports_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/geopol/geopol/reports"
)

func ExampleWriteEdgesCSV() {
	edges := []reports.EdgeRow{
		{Source: "IRN", Target: "USA", Weight: 2, Documents: 2, PMI: 0.28768207245178085, NPMI: 0.41503749927884376,
			Jaccard: 2.0 / 3, Alpha: new(0.25), PValue: new(3.5e-9)},
		// Significance not computed: empty cells.
		{Source: "=SUM(A1)", Target: "USA", Weight: 3, Documents: 1, PMI: -0.5, Jaccard: 0.1},
	}
	if err := reports.WriteEdgesCSV(os.Stdout, edges); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Source,Target,Type,Weight,Documents,PMI,NPMI,Jaccard,DisparityAlpha,HypergeomPValue
	// '=SUM(A1),USA,Undirected,3,1,-0.500000,0.000000,0.100000,,
	// IRN,USA,Undirected,2,2,0.287682,0.415037,0.666667,0.25,3.5e-09
}

func ExampleWriteFileAtomic() {
	dir, err := os.MkdirTemp("", "geopol-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	if err := reports.PrepareOutDir(dir, false); err != nil {
		fmt.Println(err)
		return
	}
	out := reports.Dir(dir)
	err = out.Write("nodes.csv", func(w io.Writer) error {
		return reports.WriteNodesCSV(w, []reports.NodeRow{{ID: "USA", Label: "United States", Type: "GPE", Country: "USA",
			Mentions: 3, Documents: 2, Degree: 1, WeightedDegree: 2, PageRank: 0.5}})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile(filepath.Join(dir, "nodes.csv"))
	fmt.Print(string(data))
	// A second run into the same, now non-empty, directory needs force.
	fmt.Println(errors.Is(reports.PrepareOutDir(dir, false), reports.ErrOutDirNotEmpty))
	// Output:
	// Id,Label,Type,Country,Mentions,Documents,Degree,WeightedDegree,PageRank
	// USA,United States,GPE,USA,3,2,1,2,0.500000
	// true
}
