// Package geoadmin reconciles the first-order division codes of GeoNames' cities file with those of
// its divisions file, for the tools that read both (tools/geonamesgen, which builds the embedded place
// table, and tools/groundgold, which checks the grounding gold against GeoNames).
//
// The cities file (cities15000.txt, 2012 edition) still gives French cities the codes of the 22
// regions of metropolitan France before the 2016 reform ("A8", Île-de-France), while the divisions
// file (admin1CodesASCII.txt, 2021 edition) lists the 13 regions of 2016 ("11", Île-de-France). Each
// old region lies whole in one new region, so the old code maps to one new code. Other countries whose
// divisions were reorganized (Morocco, Kenya, Madagascar) split old divisions between new ones and
// cannot be mapped by code; their cities keep the cities file's code.
package geoadmin

// CityAdmin1 returns the code of the division of the divisions file that holds a city whose row in
// the cities file has country iso2 (ISO 3166-1 alpha-2) and division code code: the 2016 region for
// a French city's pre-2016 region, code itself otherwise.
func CityAdmin1(iso2, code string) string {
	if iso2 != "FR" {
		return code
	}
	if c, ok := frenchRegions[code]; ok {
		return c
	}
	return code
}

// frenchRegions maps the codes of the 22 regions of metropolitan France in the 2012 cities file to
// the codes of the 13 regions of 2016 that the 2021 divisions file uses (the comment names the old
// region's seat). It is never modified.
var frenchRegions = map[string]string{
	"97": "75", // Aquitaine (Bordeaux) → Nouvelle-Aquitaine
	"98": "84", // Auvergne (Clermont-Ferrand) → Auvergne-Rhône-Alpes
	"99": "28", // Basse-Normandie (Caen) → Normandy
	"A1": "27", // Bourgogne (Dijon) → Bourgogne-Franche-Comté
	"A2": "53", // Bretagne (Rennes) → Brittany
	"A3": "24", // Centre (Orléans) → Centre
	"A4": "44", // Champagne-Ardenne (Châlons-en-Champagne) → Grand Est
	"A5": "94", // Corse (Ajaccio) → Corsica
	"A6": "27", // Franche-Comté (Besançon) → Bourgogne-Franche-Comté
	"A7": "28", // Haute-Normandie (Rouen) → Normandy
	"A8": "11", // Île-de-France (Paris) → Île-de-France
	"A9": "76", // Languedoc-Roussillon (Montpellier) → Occitanie
	"B1": "75", // Limousin (Limoges) → Nouvelle-Aquitaine
	"B2": "44", // Lorraine (Metz) → Grand Est
	"B3": "76", // Midi-Pyrénées (Toulouse) → Occitanie
	"B4": "32", // Nord-Pas-de-Calais (Lille) → Hauts-de-France
	"B5": "52", // Pays de la Loire (Nantes) → Pays de la Loire
	"B6": "32", // Picardie (Amiens) → Hauts-de-France
	"B7": "75", // Poitou-Charentes (Poitiers) → Nouvelle-Aquitaine
	"B8": "93", // Provence-Alpes-Côte d'Azur (Marseille) → Provence-Alpes-Côte d'Azur
	"B9": "84", // Rhône-Alpes (Lyon) → Auvergne-Rhône-Alpes
	"C1": "44", // Alsace (Strasbourg) → Grand Est
}
