// Builds the offline basemap: data/geo-src/ (GeoJSON; where it came from is in its SOURCES.md)
//   -> static/geo/{world,korea,europe}.topo.json + SOURCES.md.
// Run with `npm run geo`. Deterministic: same inputs, byte-identical outputs (no timestamps; objects,
// features and properties are written in a fixed order).
//
// Per file: read and normalise the GeoJSON (clamp latitudes to Web Mercator, cut at the antimeridian, drop
// parts too small to see, wind rings the d3 way), build a topology, simplify it (Visvalingam with planar
// triangle areas measured in Web Mercator pixels, because MapLibre draws Web Mercator), quantize, then decode
// the result again and refuse to write it if any segment still jumps across the antimeridian.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Triangle } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { BASEMAP_FILES, BASEMAP_OBJECTS, GEO_CREDITS, type BasemapName } from '../src/lib/map/basemap';

/** Web Mercator's latitude limit: MapLibre cannot show anything beyond it. */
export const LAT_MAX = 85.0511;
/**
 * Visvalingam tolerance, in px² at the layer's zoom: a vertex goes when its triangle is smaller (a 4 px wide,
 * 2 px high notch). One zoom deeper the same triangle is 4x larger, so `zoom` is where a layer stops improving.
 */
const TOLERANCE_PX2 = 4;
/** Islands, lakes and holes smaller than this (px² at the layer's zoom) are dropped before simplifying. */
const MIN_PART_PX2 = 2;

type Pt = [number, number];
type Props = Record<string, string>;
type RawProps = Record<string, unknown>;

interface Source {
	file: string;
	/** The properties to keep (null drops the feature). Features with equal properties are merged. */
	props?: (p: RawProps) => Props | null;
}
interface Layer {
	object: string;
	/** The zoom the layer is simplified for (see TOLERANCE_PX2); past it, coasts slowly turn angular. */
	zoom: number;
	sources: Source[];
	/** Instead of sources: the lines between different features of that object (shares its arcs: no extra bytes). */
	meshOf?: string;
}
interface Output {
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
			{ object: 'rivers', zoom: 9, sources: [{ file: NE + 'ne_10m_rivers_lake_centerlines_korea.geojson', props: riverName }] },
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
			{ object: 'rivers', zoom: 8, sources: [{ file: NE + 'ne_10m_rivers_lake_centerlines_westeurope.geojson', props: riverName }] },
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

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers (pure; exported for the tests)

const same = (a: Pt, b: Pt) => a[0] === b[0] && a[1] === b[1];
/** A segment whose longitude jumps more than half the globe really goes the short way, across ±180. */
const jumps = (a: Pt, b: Pt) => Math.abs(b[0] - a[0]) > 180;
const wrap = (d: number) => d - 360 * Math.round(d / 360);

function* segments(points: Pt[]): Generator<[Pt, Pt]> {
	for (let i = 1; i < points.length; i++) yield [points[i - 1]!, points[i]!];
}

export function dedupe(points: Pt[]): Pt[] {
	return points.filter((p, i) => i === 0 || !same(p, points[i - 1]!));
}

/** Shoelace area in lon/lat; negative = clockwise. */
function signedArea(ring: Pt[]): number {
	let sum = 0;
	for (const [a, b] of segments(ring)) sum += a[0] * b[1] - b[0] * a[1];
	return sum / 2;
}

/** Web Mercator in pixels at zoom 0 (the world is 512 px wide, as in MapLibre). */
export function mercator([lon, lat]: Position): Pt {
	const phi = (Math.max(-LAT_MAX, Math.min(LAT_MAX, lat ?? 0)) * Math.PI) / 180;
	return [(((lon ?? 0) + 180) / 360) * 512, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * 512];
}

const areaPx = (ring: Pt[]) => Math.abs(signedArea(ring.map(mercator)));

function contains(ring: Pt[], [x, y]: Pt): boolean {
	let inside = false;
	for (const [a, b] of segments(ring)) {
		if (a[1] > y !== b[1] > y && x < a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1])) inside = !inside;
	}
	return inside;
}

/** Sutherland–Hodgman against one vertical line: keeps the part of a closed ring with x >= c (or x <= c). */
function clipX(ring: Pt[], c: number, keepEast: boolean): Pt[] {
	const inside = (p: Pt) => (keepEast ? p[0] >= c : p[0] <= c);
	const out: Pt[] = [];
	for (const [a, b] of segments(ring)) {
		if (inside(a)) out.push(a);
		if (inside(a) !== inside(b)) out.push([c, a[1] + ((c - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]);
	}
	const first = out[0];
	if (first) out.push(first);
	return out;
}

/** Splits a line wherever it crosses the antimeridian: one piece ends at ±180, the next starts at ∓180. */
export function cutLine(line: Pt[]): Pt[][] {
	const pieces: Pt[][] = [];
	let piece: Pt[] = [];
	let prev: Pt | undefined;
	for (const p of line) {
		if (prev && jumps(prev, p)) {
			const side = prev[0] > 0 ? 180 : -180; // the edge the line leaves by
			const x = p[0] + 2 * side; // p, moved next to prev
			const y = prev[1] + ((side - prev[0]) / (x - prev[0])) * (p[1] - prev[1]);
			pieces.push(dedupe([...piece, [side, y]]));
			piece = [[-side, y]];
		}
		piece.push(p);
		prev = p;
	}
	pieces.push(dedupe(piece));
	return pieces.filter((l) => l.length > 1);
}

/**
 * Cuts a closed ring that crosses the antimeridian into rings that stay within [-180, 180]. The ring is first
 * "unwrapped" (longitudes shifted by ±360 so no segment jumps), then clipped to each 360°-wide window and
 * shifted back. A ring that goes once around the globe (Antarctica) encloses a pole: it is closed along
 * that pole's map edge (±LAT_MAX) so its fill ends at the bottom of the map instead of striping across it.
 */
export function cutRing(ring: Pt[]): Pt[][] {
	if (![...segments(ring)].some(([a, b]) => jumps(a, b))) return [ring];
	const u: Pt[] = [];
	for (const p of ring) {
		const prev = u.at(-1);
		u.push(prev ? [prev[0] + wrap(p[0] - prev[0]), p[1]] : p);
	}
	const first = u[0]!;
	const last = u.at(-1)!;
	if (Math.abs(last[0] - first[0]) > 180) {
		const south = ring.reduce((sum, p) => sum + p[1], 0) < 0;
		const edge = south ? -LAT_MAX : LAT_MAX;
		// Along the edge in 90° steps, so no piece of it spans more than 180° after clipping.
		const steps = Math.ceil(Math.abs(first[0] - last[0]) / 90);
		for (let i = 0; i <= steps; i++) u.push([last[0] + ((first[0] - last[0]) * i) / steps, edge]);
		u.push(first);
	}
	const xs = u.map((p) => p[0]);
	const [minX, maxX] = [xs.reduce((a, b) => Math.min(a, b)), xs.reduce((a, b) => Math.max(a, b))];
	const pieces: Pt[][] = [];
	for (let k = Math.floor((minX + 180) / 360); k * 360 - 180 < maxX; k++) {
		const shift = k * 360;
		const piece = dedupe(clipX(clipX(u, shift - 180, true), shift + 180, false).map(([x, y]): Pt => [x - shift, y]));
		if (piece.length >= 4 && signedArea(piece) !== 0) pieces.push(piece);
	}
	return pieces;
}

/** cutRing for a polygon with holes: each hole (or hole piece) goes to the piece of the exterior holding it. */
export function cutPolygon([outer, ...holes]: Pt[][]): Pt[][][] {
	if (!outer) return [];
	const polygons = cutRing(outer).map((ring) => [ring]);
	for (const hole of holes.flatMap(cutRing)) {
		const probe = hole.find((p) => Math.abs(p[0]) !== 180) ?? hole[0]!;
		const home = polygons.length === 1 ? polygons[0] : (polygons.find(([r]) => contains(r!, probe)) ?? polygons[0]);
		home?.push(hole);
	}
	return polygons;
}

/** Every segment, in every decoded object, that still jumps across the antimeridian or leaves the map. */
export function findProblems(topo: Topology): string[] {
	const problems: string[] = [];
	for (const [object, geometry] of Object.entries(topo.objects)) {
		const decoded = feature(topo, geometry as GeometryObject);
		const features = decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
		if (features.length === 0) problems.push(`${object}: empty`);
		for (const f of features) {
			if (!f.geometry) problems.push(`${object}: a feature has no geometry`);
			for (const line of f.geometry ? linesOfGeometry(f.geometry) : []) {
				if (line.length < 2) problems.push(`${object}: a line or ring with ${line.length} point(s)`);
				for (const p of line) {
					if (!(Math.abs(p[0]) <= 180 + 1e-9 && Math.abs(p[1]) <= LAT_MAX + 1e-9)) {
						problems.push(`${object}: point ${p.join(',')} is off the map`);
					}
				}
				for (const [a, b] of segments(line)) {
					if (jumps(a, b)) problems.push(`${object}: segment ${a.join(',')} -> ${b.join(',')} crosses the antimeridian`);
				}
			}
		}
	}
	return problems;
}

/** All rings and lines of a geometry, as point lists. */
export function linesOfGeometry(g: Geometry): Pt[][] {
	const pts = (line: Position[]) => line.map((p): Pt => [p[0] ?? NaN, p[1] ?? NaN]);
	switch (g.type) {
		case 'LineString':
			return [pts(g.coordinates)];
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.map(pts);
		case 'MultiPolygon':
			return g.coordinates.flat().map(pts);
		case 'GeometryCollection':
			return g.geometries.flatMap(linesOfGeometry);
		default:
			return [];
	}
}

// ---------------------------------------------------------------------------------------------------------
// Reading and normalising a layer

/** Latitude clamped to what Web Mercator can show (Antarctica's edge runs at -89.9989 in Natural Earth). */
const toPt = (p: Position): Pt => [p[0] ?? NaN, Math.max(-LAT_MAX, Math.min(LAT_MAX, p[1] ?? NaN))];
/** Exterior rings clockwise, holes counter-clockwise: what d3-geo expects (as in world-atlas); MapLibre does not care. */
const wind = (ring: Pt[], clockwise: boolean) => (signedArea(ring) < 0 === clockwise ? ring : [...ring].reverse());

function polygonsOf(g: Geometry, minArea: number): Pt[][][] {
	const input = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	return input
		.flatMap((rings) => cutPolygon(rings.map((r) => dedupe(r.map(toPt)))))
		.map(([outer, ...holes]) => [outer!, ...holes.filter((h) => areaPx(h) >= minArea)])
		.filter(([outer]) => areaPx(outer!) >= minArea)
		.map((rings) => rings.map((r, i) => wind(r, i === 0)));
}

function linesOf(g: Geometry, minArea: number): Pt[][] {
	const input = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	return input
		.flatMap((line) => cutLine(dedupe(line.map(toPt))))
		.filter((line) => !same(line[0]!, line.at(-1)!) || areaPx(line) >= minArea); // a closed line is an island's coast
}

function readLayer(layer: Layer, inputDir: string): FeatureCollection {
	const minArea = MIN_PART_PX2 / 4 ** layer.zoom;
	const groups = new Map<string, { properties: Props; polygons: Pt[][][]; lines: Pt[][] }>();
	for (const source of layer.sources) {
		const input = JSON.parse(readFileSync(join(inputDir, source.file), 'utf8')) as FeatureCollection;
		for (const f of input.features) {
			const properties = source.props ? source.props(f.properties ?? {}) : {};
			if (!properties || !f.geometry) continue;
			// Equal properties (e.g. none, for land) -> one multi-geometry: far fewer objects to write and parse.
			const key = JSON.stringify(properties);
			const group = groups.get(key) ?? { properties, polygons: [], lines: [] };
			groups.set(key, group);
			group.polygons.push(...polygonsOf(f.geometry, minArea));
			group.lines.push(...linesOf(f.geometry, minArea));
		}
	}
	const features: Feature[] = [];
	for (const { properties, polygons, lines } of groups.values()) {
		const geometry: Geometry | null = polygons.length
			? polygons.length === 1
				? { type: 'Polygon', coordinates: polygons[0]! }
				: { type: 'MultiPolygon', coordinates: polygons }
			: lines.length
				? lines.length === 1
					? { type: 'LineString', coordinates: lines[0]! }
					: { type: 'MultiLineString', coordinates: lines }
				: null;
		if (geometry) features.push({ type: 'Feature', properties, geometry });
	}
	return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------------------
// Topology

/**
 * Visvalingam weight: the planar area of a vertex's triangle in Web Mercator px² at zoom 0 (planar, not
 * spherical, because MapLibre draws the map flat). Vertices on the antimeridian, and vertices whose removal
 * would leave a segment jumping more than 180° (Antarctica's edge along the bottom of the map), are never
 * removed: simplification must not create the stripes the cutting removed.
 */
function mercatorWeight([a, b, c]: Triangle): number {
	if (Math.abs(b[0]) === 180 || Math.abs(c[0] - a[0]) > 180) return Infinity;
	return planarTriangleArea([mercator(a), mercator(b), mercator(c)]);
}

/** Scales each arc's weights by 4^zoom of the most detailed layer using it: weights become px² at that zoom. */
function weighByZoom(topo: Topology, layers: Layer[]) {
	const zoomOfArc = new Map<number, number>();
	const visit = (arcs: unknown, zoom: number): void => {
		if (Array.isArray(arcs)) for (const a of arcs) visit(a, zoom);
		else if (typeof arcs === 'number') {
			const i = arcs < 0 ? ~arcs : arcs;
			zoomOfArc.set(i, Math.max(zoom, zoomOfArc.get(i) ?? -Infinity));
		}
	};
	for (const layer of layers) {
		const collection = topo.objects[layer.object];
		const geometries = collection?.type === 'GeometryCollection' ? collection.geometries : [];
		for (const g of geometries) if ('arcs' in g) visit(g.arcs, layer.zoom);
	}
	topo.arcs.forEach((arc, i) => {
		const scale = 4 ** (zoomOfArc.get(i) ?? 0);
		for (const p of arc) p[2] = (p[2] ?? 0) * scale;
	});
}

function buildFile(output: Output, inputDir: string): string {
	const objects: Record<string, FeatureCollection> = {};
	for (const layer of output.layers) if (!layer.meshOf) objects[layer.object] = readLayer(layer, inputDir);
	// No pre-quantization: the inputs are already rounded (1e-4° / 1e-5°), so shared borders match exactly.
	let topo = topology(objects) as Topology<Objects>;
	const built = topo.objects;
	topo.objects = {}; // rebuilt in the layers' order
	for (const { object, meshOf } of output.layers) {
		const target = meshOf ? built[meshOf] : undefined;
		topo.objects[object] = target
			? { type: 'GeometryCollection', geometries: [meshArcs(topo, target as GeometryObject, (a, b) => a !== b)] }
			: built[object]!;
	}
	topo = presimplify(topo, mercatorWeight);
	weighByZoom(topo, output.layers);
	topo = simplify(topo, TOLERANCE_PX2);
	topo = filter(topo, filterWeight(topo)) as Topology<Objects>; // drops rings that simplification flattened to nothing
	topo = quantize(topo, output.quantization);

	const file = BASEMAP_FILES[output.name];
	const expected = BASEMAP_OBJECTS[output.name].join(',');
	if (Object.keys(topo.objects).join(',') !== expected) throw new Error(`${file}: objects must be ${expected}`);
	const problems = findProblems(topo);
	if (problems.length) {
		throw new Error(`${file}: ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
	}
	return JSON.stringify(topo) + '\n';
}

function sourcesMd(): string {
	const table = (output: Output) =>
		[
			`## ${BASEMAP_FILES[output.name]}`,
			'',
			`Quantization: ${output.quantization} steps across the bounding box.`,
			'',
			'| object | properties | from `data/geo-src/` | simplified for zoom |',
			'|---|---|---|---|',
			...output.layers.map((layer) => {
				const from = layer.meshOf
					? `the lines between two \`${layer.meshOf}\` (shared arcs)`
					: layer.sources.map((s) => `\`${s.file}\``).join(', ');
				return `| \`${layer.object}\` | ${PROPS[`${output.name}-${layer.object}`] ?? '–'} | ${from} | ${layer.zoom} |`;
			}),
			''
		].join('\n');
	return [
		'# static/geo: the offline basemap',
		'',
		'Generated by `npm run geo` (`scripts/build-geo.ts`) from `data/geo-src/`; do not edit by hand. Where each',
		'input came from, and what was done to it before, is in `data/geo-src/SOURCES.md`.',
		'',
		'`npm run build` cuts each file into vector tiles (`scripts/build-tiles.ts`: `tiles/${file}/{z}/{x}/{y}.pbf`, one',
		'source layer per object; `src/lib/map/tiles.ts`); the style names its layers `${file}-${object}` (`world-land`, …).',
		'',
		'- Coordinates: WGS84 longitude/latitude, quantized. Latitudes are clamped to ±85.0511 (the edge of Web Mercator).',
		'- Antimeridian: every ring and line is cut at ±180; the build decodes its own output and fails if any segment',
		'  still spans more than 180° of longitude, so the world view has no horizontal stripes.',
		`- Simplified with Visvalingam (topojson-simplify, planar triangle areas in Web Mercator pixels): vertices whose`,
		`  triangle is under ${TOLERANCE_PX2} px² at the zoom given below go; islands, lakes, holes and whole features under`,
		`  ${MIN_PART_PX2} px² there are dropped (so \`countries\` lacks the smallest states: Vatican, Monaco, Maldives, …).`,
		'  Features with equal properties are merged into one multi-geometry (all of `land` is one feature).',
		'- Polygon exteriors are clockwise, holes counter-clockwise (the d3-geo convention, as in world-atlas); MapLibre',
		'  ignores winding. Polygons have straight edges along ±180 (and the regional ones along their clip box):',
		'  fill them, and draw outlines from `coastline` and `borders`, not by stroking the polygons.',
		'- `provinces` and `regions` are coarse (upstream-simplified, 1:5,000,000) and Natural Earth rivers are 1:10,000,000:',
		'  around the city outlines (zoom 9+) they are off by up to a few kilometres. Hide them there or keep them faint.',
		'- `municipalities`: `id` is eunpyeong, gwangmyeong, suwon, gongju, seo-gu-gwangju, anseong, buan (`role` delegation)',
		'  or anyang (`role` discrepancy). `cities`: `id` is hamburg, bonn, evry (Évry-Courcouronnes) or paris.',
		'',
		...OUTPUTS.map(table),
		'## Attribution (required; shown on the page from `GEO_CREDITS` in `src/lib/map/basemap.ts`, written here from it)',
		'',
		...GEO_CREDITS.map((c) => `- ${c.text}${c.href ? ` Link: ${c.href}` : ''}`),
		'',
		'The world-atlas file (`ne_10m_countries_kor_deu_fra`) is not used, so its ISC notice is not needed.',
		''
	].join('\n');
}

const PROPS: Record<string, string> = {
	'world-countries': '`iso` (ISO_A3, else ADM0_A3), `name`',
	'korea-rivers': '`name`',
	'korea-provinces': '`name`, `nameKo` (names as of 2018)',
	'korea-municipalities': '`id`, `role`, `name`, `nameKo`',
	'europe-rivers': '`name`',
	'europe-regions': '`name`',
	'europe-cities': '`id`, `name`'
};

/** Builds every output file from `inputDir` (data/geo-src); returns `{ fileName: contents }`. */
export function buildGeo(inputDir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const output of OUTPUTS) files[BASEMAP_FILES[output.name]] = buildFile(output, inputDir);
	files['SOURCES.md'] = sourcesMd();
	return files;
}

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

// CLI: only when run directly, so tests can import this module without writing files.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const outDir = join(ROOT, 'static/geo');
	mkdirSync(outDir, { recursive: true });
	const files = buildGeo(join(ROOT, 'data/geo-src'));
	let raw = 0;
	let gz = 0;
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(outDir, name), text);
		if (!name.endsWith('.topo.json')) continue;
		const size = Buffer.byteLength(text);
		const zipped = gzipSync(text).length;
		raw += size;
		gz += zipped;
		console.log(`${name.padEnd(18)} ${(size / 1024).toFixed(1).padStart(7)} KB raw ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`);
	}
	console.log(`${'total'.padEnd(18)} ${(raw / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
}
