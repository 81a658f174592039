package main

import (
	"fmt"
	"io"
)

// attributions are the notices of the data geopol embeds whose licence asks for attribution,
// printed by `geopol version`.
var attributions = []string{
	"CAMEO verb patterns: CAMEO.2.0 verb dictionary, (c) 2015 Open Event Data Alliance, MIT licence",
	"PLOVER event types, modes and contexts: CAMEO-to-PLOVER table of the PLOVER manual (draft 0.8), Open Event Data Alliance, CC BY-SA 4.0",
}

// writeAttributions writes the data notices, one per line.
func writeAttributions(w io.Writer) error {
	for _, a := range attributions {
		if _, err := fmt.Fprintf(w, "data: %s\n", a); err != nil {
			return err
		}
	}
	return nil
}
