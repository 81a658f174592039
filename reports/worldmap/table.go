package worldmap

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unicode/utf8"
)

// The embedded table (data/countries.bin, built by tools/worldgen) is a small binary file:
//
//	"GWM1"                       magic and version
//	uvarint grid                 the coordinate grid in millionths of a degree
//	uvarint n                    number of countries, in ISO3 order
//	n × country:
//	  3 bytes                    ISO 3166-1 alpha-3 code, or "---" for land without a country
//	  uvarint len, bytes         English short name (UTF-8)
//	  varint lon, varint lat     label point, in grid units
//	  uvarint rings
//	  rings × ring:
//	    uvarint points           the ring is closed: its last point repeats its first
//	    points × (varint dlon, varint dlat)  the first point absolute, then deltas, in grid units
//
// Varints are those of encoding/binary (zig-zag for signed values).

const tableMagic = "GWM1"

// Table is the decoded world map table: every country's outline as rings of longitude and
// latitude in degrees.
type Table struct {
	Countries []TableCountry
}

// TableCountry is one country of the table. ISO3 is empty for land that belongs to no country
// of ISO 3166 (a disputed area).
type TableCountry struct {
	ISO3, Name         string
	LabelLon, LabelLat float64
	// Rings are closed rings of [longitude, latitude] points: outer boundaries and holes alike,
	// to be filled with the even-odd rule.
	Rings [][][2]float64
}

// Encode writes the table in the binary format above, with coordinates rounded to grid degrees.
func (t *Table) Encode(w io.Writer, grid float64) error {
	if grid <= 0 || grid > 1 {
		return fmt.Errorf("worldmap: grid %g degrees out of range", grid)
	}
	var b bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { b.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	sv := func(v int64) { b.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	q := func(deg float64) int64 { return int64(math.Round(deg / grid)) }
	b.WriteString(tableMagic)
	uv(uint64(math.Round(grid * 1e6)))
	uv(uint64(len(t.Countries)))
	for _, c := range t.Countries {
		iso := c.ISO3
		if iso == "" {
			iso = "---"
		}
		if len(iso) != 3 {
			return fmt.Errorf("worldmap: code %q is not three letters", c.ISO3)
		}
		b.WriteString(iso)
		uv(uint64(len(c.Name)))
		b.WriteString(c.Name)
		sv(q(c.LabelLon))
		sv(q(c.LabelLat))
		uv(uint64(len(c.Rings)))
		for _, r := range c.Rings {
			uv(uint64(len(r)))
			var px, py int64
			for _, p := range r {
				x, y := q(p[0]), q(p[1])
				sv(x - px)
				sv(y - py)
				px, py = x, y
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// DecodeTable reads a table written by Encode.
func DecodeTable(data []byte) (*Table, error) {
	r := bufio.NewReader(bytes.NewReader(data))
	fail := func(what string, err error) (*Table, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("worldmap: table: %s: %w", what, err)
	}
	magic := make([]byte, 4)
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != tableMagic {
		return nil, errors.New("worldmap: table: not a world map table (bad magic)")
	}
	g, err := binary.ReadUvarint(r)
	if err != nil || g == 0 || g > 1e6 {
		return fail("grid", errors.Join(err, errors.New("grid out of range")))
	}
	grid := float64(g) / 1e6
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return fail("country count", err)
	}
	// Every country takes at least 8 bytes: a bound that keeps a corrupt count from allocating.
	if n > uint64(len(data))/8 {
		return fail("country count", fmt.Errorf("%d countries in %d bytes", n, len(data)))
	}
	t := &Table{Countries: make([]TableCountry, 0, n)}
	for i := range n {
		var c TableCountry
		iso := make([]byte, 3)
		if _, err := io.ReadFull(r, iso); err != nil {
			return fail(fmt.Sprintf("country %d code", i), err)
		}
		if string(iso) != "---" {
			c.ISO3 = string(iso)
		}
		ln, err := binary.ReadUvarint(r)
		if err != nil || ln > 200 {
			return fail(fmt.Sprintf("country %d name", i), errors.Join(err, errors.New("bad name length")))
		}
		name := make([]byte, ln)
		if _, err := io.ReadFull(r, name); err != nil {
			return fail(fmt.Sprintf("country %d name", i), err)
		}
		if !utf8.Valid(name) {
			return fail(fmt.Sprintf("country %d name", i), errors.New("not UTF-8"))
		}
		c.Name = string(name)
		lon, err1 := binary.ReadVarint(r)
		lat, err2 := binary.ReadVarint(r)
		if err := errors.Join(err1, err2); err != nil {
			return fail(c.Name+" label", err)
		}
		c.LabelLon, c.LabelLat = float64(lon)*grid, float64(lat)*grid
		nr, err := binary.ReadUvarint(r)
		if err != nil || nr > uint64(len(data)) {
			return fail(c.Name+" rings", errors.Join(err, errors.New("bad ring count")))
		}
		for range nr {
			np, err := binary.ReadUvarint(r)
			if err != nil || np > uint64(len(data))/2 {
				return fail(c.Name+" ring", errors.Join(err, errors.New("bad point count")))
			}
			ring := make([][2]float64, np)
			var x, y int64
			for k := range ring {
				dx, err1 := binary.ReadVarint(r)
				dy, err2 := binary.ReadVarint(r)
				if err := errors.Join(err1, err2); err != nil {
					return fail(c.Name+" point", err)
				}
				x, y = x+dx, y+dy
				ring[k] = [2]float64{float64(x) * grid, float64(y) * grid}
			}
			c.Rings = append(c.Rings, ring)
		}
		t.Countries = append(t.Countries, c)
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, errors.New("worldmap: table: trailing bytes")
	}
	return t, nil
}
