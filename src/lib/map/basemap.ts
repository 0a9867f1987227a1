// The offline basemap: three TopoJSON files in static/geo (built by scripts/build-geo.ts from data/geo-src),
// decoded to one GeoJSON FeatureCollection per object. The layer ids (`${file}-${object}`) are the GeoJSON
// source ids of style.ts. Plain TS, no DOM: runs in the browser and in Node (tests, the build script).
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

/** The objects each file holds, in drawing order. The build script writes exactly these. */
export const BASEMAP_OBJECTS = {
	world: ['land', 'countries', 'coastline', 'borders'],
	korea: ['land', 'coastline', 'borders', 'rivers', 'urban', 'provinces', 'municipalities'],
	europe: ['land', 'coastline', 'borders', 'lakes', 'rivers', 'urban', 'regions', 'cities']
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

export type BasemapLayers = Record<string, FeatureCollection>;

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns a fetched topology into `{ 'korea-rivers': FeatureCollection, … }`.
 * Throws an Error naming the file when the topology is malformed or an object is missing, so one
 * broken file can be reported without guessing which.
 */
export function decodeBasemap(name: BasemapName, topology: unknown): BasemapLayers {
	const file = BASEMAP_FILES[name];
	const fail = (problem: string): never => {
		throw new Error(`${file}: ${problem}`);
	};
	if (!isRecord(topology) || topology.type !== 'Topology') fail('not a TopoJSON topology');
	const topo = topology as Record<string, unknown>;
	if (!Array.isArray(topo.arcs)) fail('has no arcs array');
	if (!isRecord(topo.objects)) fail('has no objects');
	const objects = topo.objects as Record<string, unknown>;

	const layers: BasemapLayers = {};
	for (const object of BASEMAP_OBJECTS[name]) {
		const geometry = objects[object];
		if (!isRecord(geometry) || typeof geometry.type !== 'string') fail(`object "${object}" is missing`);
		let decoded;
		try {
			decoded = feature(topology as unknown as Topology, geometry as unknown as GeometryObject);
		} catch (error) {
			// topojson-client throws TypeErrors on bad arc indexes; say which file and object.
			fail(`object "${object}" cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
		}
		layers[`${name}-${object}`] =
			decoded?.type === 'FeatureCollection' ? decoded : { type: 'FeatureCollection', features: decoded ? [decoded] : [] };
	}
	return layers;
}

/** The part of `fetch` we use, so tests (and SvelteKit's `load` fetch) can stand in. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface BasemapLoad {
	layers: BasemapLayers;
	errors: { file: string; message: string }[];
}

/**
 * Fetches the three files in parallel. Never throws: a missing or broken file is reported in `errors`
 * and its layers are absent, so the story still runs on whatever loaded.
 */
export async function loadBasemap(fetchFn: FetchLike, base = '/geo/'): Promise<BasemapLoad> {
	const results = await Promise.all(
		BASEMAP_NAMES.map(async (name) => {
			const file = BASEMAP_FILES[name];
			try {
				const response = await fetchFn(base + file);
				if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
				return { layers: decodeBasemap(name, await response.json()) };
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				return { error: { file, message: message.startsWith(file) ? message : `${file}: ${message}` } };
			}
		})
	);
	// Assembled after all settle, in file order, so the result does not depend on network timing.
	const load: BasemapLoad = { layers: {}, errors: [] };
	for (const result of results) {
		if (result.layers) Object.assign(load.layers, result.layers);
		if (result.error) load.errors.push(result.error);
	}
	return load;
}
