// Package worldmap draws the world map of geopol's report: countries shaded by a figure per
// country, places as dots, as one inline SVG element written in Go, with no JavaScript library.
//
// # The table
//
// The outlines come from Natural Earth's Admin 0 countries at 1:50m (public domain), in the
// TopoJSON of the world-atlas package, compiled by tools/worldgen into data/countries.bin and
// embedded: 236 units keyed by ISO 3166-1 alpha-3 code and named from the mledoze/countries table
// (ODbL; see data/README.md). The generator simplifies the outlines arc by arc with
// Visvalingam–Whyatt on the projected map at 1,200 pixels wide, so that two countries' shared
// border stays one line; cuts the rings that world-atlas stitches across the antimeridian
// (Russia's Chukotka, Fiji) so that every ring stays on one side of it; and rounds coordinates
// to a grid of 0.02 degrees. Units without a numeric code take the code ISO 3166 gives their
// territory (Somaliland is drawn as part of Somalia, Northern Cyprus of Cyprus) or geopol's
// (Kosovo is XKX); Siachen Glacier stays land without a country. Antarctica is left out.
//
// # The projection
//
// Equal Earth (Šavrič, Patterson and Jenny, 2018): an equal-area pseudocylindrical projection,
// so the area a country covers on the map, and so the weight its colour has in the reader's eye,
// is proportional to its area on the globe; Mercator would draw Russia, Canada and Greenland
// several times too large, and Robinson, a compromise projection, still inflates high latitudes.
// Its meridians are gently curved and its parallels straight, which keeps the shapes familiar.
// The frame runs from 56° S to 84° N. EqualEarth and InverseEqualEarth are the projection in
// units of the earth's radius; Map.Project gives pixels.
//
// # The SVG
//
// New lays the map out at a width; Map.WriteSVG draws it for a Data: Measures (figures per ISO3
// code, Sequential for counts, Diverging for signed values such as cooperation minus conflict)
// and Places. Each country is a <path class="c"> with data-iso, data-name and a <title> giving
// every figure (the hover text); for each measure it has data-m-KEY (the figure) and data-k-KEY
// (its colour class). The svg's data-measure attribute selects the measure shown: the map's own
// <style> block colours the classes and shows the legend of that measure only, so switching
// measures in the page is setting one attribute. Countries without a figure are drawn in the
// "no data" grey. A country smaller than TinyArea square pixels that has a figure also gets a
// round marker at its label point, so that Singapore or Vatican City can be seen and clicked.
// Places are dots whose area is proportional to their count, largest drawn first, under the
// markers of tiny countries.
//
// Colour classes are limited by round numbers (1, 2, 5, 10 … or 1, 3, 10 … or powers of ten,
// the finest series that gives at most seven classes), so the legend reads as ranges of round
// figures; diverging scales are symmetric around a class of their own for zero. The ramps are
// interpolated in the OKLab colour space, so steps look even.
//
// WriteControls writes the measure buttons, Style their CSS, and Script the page script that
// switches measures and, on a click or Enter on a country, marks it selected and sends a
// "worldmap:select" event with the country's code, name and figures, for the page to show the
// country's actors and evidence.
//
// Output is deterministic: numbers are written with fixed rounding, countries in code order,
// places by count then name; the same data gives the same bytes. Names are HTML-escaped.
package worldmap
