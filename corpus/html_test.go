package corpus

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file, text, title, date, url, source string
		warnings                             []string
	}{
		{
			file: "article.html",
			text: "Iran agrees to IAEA inspections\n\n" +
				"By A. Writer\n\n" +
				"March 4\n\nVIENNA — Iran agreed on Monday to let inspectors of the International Atomic Energy Agency visit two sites.\n\n" +
				"The deal was announced by Rafael Grossi\nin Tehran.\n\n" +
				"Reaction\n\n" +
				"France welcomed it.\n\nIsrael did not comment.\n\n" +
				"Rafael Grossi in Vienna.",
			title:  "Iran agrees to IAEA inspections",
			date:   "2024-03-05",
			url:    "https://news.example.org/world/iran-iaea-2024",
			source: "Example News",
		},
		{
			file: "divs.html",
			text: "Talks in Doha continue\n\n" +
				"Negotiators from Israel and Hamas met in Doha on Monday with mediators from Qatar and Egypt.\n\n" +
				"The United States sent its CIA director, William Burns, to the talks.\n\n" +
				"Officials said a deal could be reached within days, although several issues remained open.",
			title: "Talks in Doha continue",
			date:  "2023-11-20",
		},
		{
			file: "teasers.html",
			text: "Ceasefire in Sudan\n\n" +
				"The Sudanese army and the Rapid Support Forces agreed to a 72-hour ceasefire brokered by Saudi Arabia and the United States in Jeddah, the two mediators said in a joint statement on Saturday.\n\n" +
				"Fighting had continued in Khartoum until the last minute.",
			title: "Ceasefire in Sudan",
		},
		{
			file:     "latin1.html",
			text:     "Reunión en Bogotá entre Colombia y Venezuela sobre la frontera común y el comercio bilateral.",
			title:    "Bogotá",
			warnings: []string{"decoded from windows-1252"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join("testdata", "html", tt.file)
			docs := readAll(t, &Reader{}, p)
			if len(docs) != 1 {
				t.Fatalf("got %d docs", len(docs))
			}
			d := docs[0]
			if d.Err != nil {
				t.Fatalf("Err = %v", d.Err)
			}
			if d.Text != tt.text {
				t.Errorf("Text =\n%q\nwant\n%q", d.Text, tt.text)
			}
			wantSource := tt.source
			if wantSource == "" {
				wantSource = "html" // the parent directory
			}
			if d.Title != tt.title || d.Date != tt.date || d.URL != tt.url || d.ID != tt.file || d.Source != wantSource {
				t.Errorf("got Title %q Date %q URL %q ID %q Source %q; want %q %q %q", d.Title, d.Date, d.URL, d.ID, d.Source,
					tt.title, tt.date, tt.url)
			}
			if !equalStrings(d.Warnings, tt.warnings) {
				t.Errorf("Warnings = %q, want %q", d.Warnings, tt.warnings)
			}
		})
	}
	t.Run("empty.html", func(t *testing.T) {
		docs := readAll(t, &Reader{}, filepath.Join("testdata", "html", "empty.html"))
		if len(docs) != 1 || !errors.Is(docs[0].Err, ErrNoMainText) || docs[0].Text != "" || docs[0].Title != "Nothing here" {
			t.Errorf("got %+v", *docs[0])
		}
	})
}
