package ner

import (
	"fmt"
	"os"
	"testing"
)

func TestZZExp(t *testing.T) {
	if os.Getenv("NER_EXP") == "" {
		t.Skip()
	}
	f, _ := os.Open(gmbPath)
	sents, _ := ReadGMB(f)
	_, test := SplitHeldOut(sents, 0.1)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(Evaluate(m, test))
	for _, n := range []int{1, 10, 30} {
		fmt.Println("docs of", n)
		fmt.Print(EvaluateDocs(m, test, n))
	}
}
