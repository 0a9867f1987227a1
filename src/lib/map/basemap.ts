// The offline basemap's contents: three TopoJSON files in static/geo (built by scripts/build-geo.ts from
// data/geo-src), cut into vector tiles by scripts/build-tiles.ts (one tile set per file, one source layer per
// object; see tiles.ts). The layer ids (`${file}-${object}`) name style.ts's layers. Constants only: the
// browser decodes no TopoJSON (MapLibre's worker reads the tiles).

/** The objects each file holds, in drawing order. The build script writes exactly these. */
export const BASEMAP_OBJECTS = {
	world: ['land', 'countries', 'coastline', 'borders'],
	korea: ['land', 'coastline', 'borders', 'rivers', 'urban', 'provinces', 'municipalities'],
	europe: ['land', 'coastline', 'borders', 'lakes', 'rivers', 'urban', 'regions', 'departements', 'cities']
} as const;

export type BasemapName = keyof typeof BASEMAP_OBJECTS;
export const BASEMAP_NAMES = Object.keys(BASEMAP_OBJECTS) as BasemapName[];

/** File names under `/geo/`. */
export const BASEMAP_FILES: Readonly<Record<BasemapName, string>> = {
	world: 'world.topo.json',
	korea: 'korea.topo.json',
	europe: 'europe.topo.json'
};

export const BASEMAP_LAYER_IDS: readonly string[] = BASEMAP_NAMES.flatMap((name) =>
	BASEMAP_OBJECTS[name].map((object) => `${name}-${object}`)
);

/** Credits for the page (the licences require them; see static/geo/SOURCES.md). */
export const GEO_CREDITS: readonly { id: string; text: string; href?: string }[] = [
	{
		id: 'natural-earth',
		text: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
		href: 'https://www.naturalearthdata.com'
	},
	{
		id: 'kostat',
		text: 'Korean boundaries: Statistics Korea (KOSTAT) SGIS, census boundaries 2018, KOGL Type 1; modified.',
		href: 'https://sgis.kostat.go.kr'
	},
	{
		id: 'bkg',
		text: '© GeoBasis-DE / BKG 2013 (Daten verändert), © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0.',
		href: 'https://www.bkg.bund.de'
	},
	{
		id: 'ign-insee',
		text: 'French boundaries: IGN – ADMIN EXPRESS COG 2018 and INSEE COG 2018 (via gregoiredavid/france-geojson), Licence Ouverte / Etalab; modified.'
	}
];
