package reports_test

import (
	"fmt"
	"os"

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
