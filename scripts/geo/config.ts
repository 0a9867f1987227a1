// The geo build's settings: which inputs (data/geo-src/) go into which output file and layer, the zoom each
// layer is simplified for, and the simplification thresholds. Edit here to change what the basemap holds.
import type { BasemapName } from '../../src/lib/map/basemap';

/** Web Mercator's latitude limit: MapLibre cannot show anything beyond it. */
export const LAT_MAX = 85.0511;
/**
 * Visvalingam tolerance, in px² at the layer's zoom: a vertex goes when its triangle is smaller (a 4 px wide,
 * 2 px high notch). One zoom deeper the same triangle is 4x larger, so `zoom` is where a layer stops improving.
 */
export const TOLERANCE_PX2 = 4;
/** Islands, lakes and holes smaller than this (px² at the layer's zoom) are dropped before simplifying. */
export const MIN_PART_PX2 = 2;

export type Props = Record<string, string>;
export type RawProps = Record<string, unknown>;

export interface Source {
	file: string;
	/** The properties to keep (null drops the feature). Features with equal properties are merged. */
	props?: (p: RawProps) => Props | null;
}
export interface Layer {
	object: string;
	/** The zoom the layer is simplified for (see TOLERANCE_PX2); past it, coasts slowly turn angular. */
	zoom: number;
	sources: Source[];
	/** Lines drawn as a curve through their vertices (curve.ts), a point every `stepPx` px at the layer's zoom. */
	curve?: { stepPx: number };
	/** Instead of sources: the lines between different features of that object (shares its arcs: no extra bytes). */
	meshOf?: string;
}
export interface Output {
	name: BasemapName;
	/** TopoJSON quantization (grid steps across the file's bounding box). */
	quantization: number;
	layers: Layer[];
}

const str = (value: unknown): string => (value == null ? '' : String(value));
const pick = <T>(table: Record<string, T>, key: unknown): T | null => table[str(key)] ?? null;

const NE = 'natural-earth/';
const MUNICIPALITIES: Record<string, { id: string; role: string }> = {
	'11120': { id: 'eunpyeong', role: 'delegation' },
	'31060': { id: 'gwangmyeong', role: 'delegation' },
	'31010': { id: 'suwon', role: 'delegation' },
	'34020': { id: 'gongju', role: 'delegation' },
	'24020': { id: 'seo-gu-gwangju', role: 'delegation' },
	'31220': { id: 'anseong', role: 'delegation' },
	'35380': { id: 'buan', role: 'delegation' },
	// The source article lists Anyang too, but the documented delegation is the seven above (facts.md): shown as a note.
	'31040': { id: 'anyang', role: 'discrepancy' }
};
const CITIES: Record<string, Props> = {
	'02000': { id: 'hamburg', name: 'Hamburg' },
	'05314': { id: 'bonn', name: 'Bonn' },
	'91228': { id: 'evry', name: 'Évry-Courcouronnes' },
	'75056': { id: 'paris', name: 'Paris' }
};
const riverName = (p: RawProps): Props => ({ name: str(p.name_en ?? p.name) });

// The basemap. Zooms follow the story's cameras: the world view stops at zoom 4.5 (style.ts DETAIL_ZOOM),
// Korea is seen at about 6-9 (the municipalities closer), the European cities at 9-12.
export const OUTPUTS: Output[] = [
	{
		name: 'world',
		quantization: 30_000, // 0.012° steps: a quarter of a pixel at zoom 4
		layers: [
			{ object: 'land', zoom: 3.5, sources: [{ file: NE + 'ne_50m_land.geojson' }] },
			{
				object: 'countries',
				zoom: 3.5,
				sources: [
					{
						file: NE + 'ne_50m_admin_0_countries.geojson',
						// ISO_A3 is "-99" for France, Norway, Kosovo, …; ADM0_A3 always has a code.
						props: (p) => ({ iso: str(p.ISO_A3 === '-99' ? p.ADM0_A3 : p.ISO_A3), name: str(p.NAME) })
					}
				]
			},
			{ object: 'coastline', zoom: 3.5, sources: [{ file: NE + 'ne_50m_coastline.geojson' }] },
			// The land borders are exactly the edges two countries share, so they cost nothing but their arc indexes.
			{ object: 'borders', zoom: 3.5, sources: [], meshOf: 'countries' }
		]
	},
	{
		name: 'korea',
		quantization: 100_000, // 0.00008° steps: under a pixel at zoom 12
		layers: [
			{ object: 'land', zoom: 9, sources: [{ file: NE + 'ne_10m_land_korea.geojson' }] },
			{ object: 'coastline', zoom: 9, sources: [{ file: NE + 'ne_10m_coastline_korea.geojson' }] },
			{ object: 'borders', zoom: 9, sources: [{ file: NE + 'ne_10m_admin_0_boundary_lines_land_korea.geojson' }] },
			{
				object: 'rivers',
				zoom: 11, // a curve, as in Europe below
				curve: { stepPx: 2 },
				sources: [{ file: NE + 'ne_10m_rivers_lake_centerlines_korea.geojson', props: riverName }]
			},
			{ object: 'urban', zoom: 6, sources: [{ file: NE + 'ne_50m_urban_areas_korea.geojson' }] },
			{
				object: 'provinces',
				zoom: 6.5, // upstream-simplified: context for the Korea overview
				sources: [
					{
						file: 'korea/kostat2018_provinces_17_simplified.geojson',
						props: (p) => ({ name: str(p.name_en), nameKo: str(p.name_ko) })
					}
				]
			},
			{
				object: 'municipalities',
				zoom: 12,
				sources: [
					{
						file: 'korea/kostat2018_municipalities_8.geojson',
						props: (p) => {
							const m = pick(MUNICIPALITIES, p.code);
							return m && { id: m.id, role: m.role, name: str(p.name_en), nameKo: str(p.name_ko) };
						}
					}
				]
			}
		]
	},
	{
		name: 'europe',
		quantization: 100_000, // 0.0002° steps: about a pixel at zoom 12, for the city outlines
		layers: [
			{ object: 'land', zoom: 8, sources: [{ file: NE + 'ne_10m_land_westeurope.geojson' }] },
			{ object: 'coastline', zoom: 8, sources: [{ file: NE + 'ne_10m_coastline_westeurope.geojson' }] },
			{ object: 'borders', zoom: 8, sources: [{ file: NE + 'ne_10m_admin_0_boundary_lines_land_westeurope.geojson' }] },
			{ object: 'lakes', zoom: 8, sources: [{ file: NE + 'ne_10m_lakes_westeurope.geojson' }] },
			// Rivers are curves through the 1:10m vertices (5-16 px apart at the city chapters' zooms, 7-8.8), kept to
			// zoom 11 so the simplification leaves enough of the curve's points at those zooms (data-zoom.test.ts).
			{
				object: 'rivers',
				zoom: 11,
				curve: { stepPx: 2 },
				sources: [{ file: NE + 'ne_10m_rivers_lake_centerlines_westeurope.geojson', props: riverName }]
			},
			{ object: 'urban', zoom: 5, sources: [{ file: NE + 'ne_50m_urban_areas_westeurope.geojson' }] },
			{
				object: 'regions',
				zoom: 6.5, // 1:5M sources: context for the overview, not for the city close-ups
				sources: [
					{ file: 'germany/vg5000_2021_laender.geojson', props: (p) => ({ name: str(p.GEN) }) },
					{ file: 'france/regions_metropole_simplifiees.geojson', props: (p) => ({ name: str(p.nom) }) }
				]
			},
			{
				// Essonne, the département around Évry: the close-ups' setting. IGN Admin Express like the communes
				// (simplified upstream, 25 %), good to the Évry and Paris cameras (zoom 8.7-8.8). Paris, département
				// and commune alike, is already the city outline.
				object: 'departements',
				zoom: 10,
				sources: [
					{
						file: 'france/departements_75_91.geojson',
						props: (p) => (str(p.code) === '91' ? { code: '91', name: str(p.nom) } : null)
					}
				]
			},
			{
				object: 'cities',
				zoom: 14, // tiny and close up: keep every vertex that matters
				sources: [
					{ file: 'germany/vg250_2013_kreise_bonn_hamburg.geojson', props: (p) => pick(CITIES, p.RS) },
					{ file: 'france/communes_evry-courcouronnes_paris.geojson', props: (p) => pick(CITIES, p.code_insee) }
				]
			}
		]
	}
];

/** What each object's features carry, for SOURCES.md (`${file}-${object}`; none listed: no properties). */
export const PROPS: Record<string, string> = {
	'world-countries': '`iso` (ISO_A3, else ADM0_A3), `name`',
	'korea-rivers': '`name`',
	'korea-provinces': '`name`, `nameKo` (names as of 2018)',
	'korea-municipalities': '`id`, `role`, `name`, `nameKo`',
	'europe-rivers': '`name`',
	'europe-regions': '`name`',
	'europe-departements': '`code`, `name` (Essonne only)',
	'europe-cities': '`id`, `name`'
};
