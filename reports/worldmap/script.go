package worldmap

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
)

// Script is the page script of the map (plain JavaScript, no library): the measure buttons of
// Controls switch the map's data-measure attribute, and a click or Enter on a country marks it
// selected and sends a "worldmap:select" CustomEvent from the svg element, with detail
// {iso, name, figures}, for the page to show the country's actors and evidence. Include it once,
// after the maps, in a <script> element.
//
//go:embed worldmap.js
var Script string

// Style is the page style of the measure buttons of Controls. The map's own colours are in the
// style block of its SVG.
const Style = `.wm-measures{display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0}` +
	`.wm-measures button{font:inherit;font-size:.85rem;padding:.2rem .7rem;border:1px solid #bcccdc;` +
	`border-radius:999px;background:#fff;color:#334e68;cursor:pointer}` +
	`.wm-measures button[aria-pressed="true"]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}`

// WriteControls writes the buttons that switch the map with the given data between its
// measures, the first pressed.
func WriteControls(w io.Writer, d Data) error {
	id := d.ID
	if id == "" {
		id = "worldmap"
	}
	var b strings.Builder
	b.WriteString(`<div class="wm-measures" role="group" aria-label="Shade the map by">`)
	for i, ms := range d.Measures {
		if !validKey(ms.Key) {
			return fmt.Errorf("worldmap: measure key %q: want lower-case letters, digits and hyphens", ms.Key)
		}
		fmt.Fprintf(&b, `<button type="button" data-map="%s" data-measure="%s" aria-pressed="%t">%s</button>`,
			esc(id), ms.Key, i == 0, esc(ms.Label))
	}
	b.WriteString(`</div>`)
	_, err := io.WriteString(w, b.String())
	return err
}
