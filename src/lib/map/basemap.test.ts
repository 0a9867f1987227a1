import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BASEMAP_FILES,
	BASEMAP_LAYER_IDS,
	BASEMAP_NAMES,
	GEO_CREDITS,
	decodeBasemap,
	loadBasemap,
	type FetchLike
} from './basemap';
import { BASEMAP_SOURCE_IDS } from './style';

const committed = (file: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../../static/geo/${file}`, import.meta.url), 'utf8'));

/** A fetch that serves the committed files, except those in `missing` (404) or `broken` (not a topology). */
const fakeFetch =
	(missing: string[] = [], broken: string[] = []): FetchLike =>
	async (url) => {
		const file = url.slice(url.lastIndexOf('/') + 1);
		if (missing.includes(file)) return { ok: false, status: 404, json: async () => ({}) };
		return { ok: true, status: 200, json: async () => (broken.includes(file) ? { type: 'Nope' } : committed(file)) };
	};

describe('basemap', () => {
	it('names a layer per object, as style.ts expects its sources', () => {
		expect(BASEMAP_LAYER_IDS).toContain('world-land');
		expect(BASEMAP_LAYER_IDS).toContain('europe-cities');
		expect([...BASEMAP_LAYER_IDS].sort()).toEqual([...BASEMAP_SOURCE_IDS].sort());
		expect(Object.values(BASEMAP_FILES)).toEqual(['world.topo.json', 'korea.topo.json', 'europe.topo.json']);
	});

	it('decodes each committed file into non-empty FeatureCollections', () => {
		for (const name of BASEMAP_NAMES) {
			const layers = decodeBasemap(name, committed(BASEMAP_FILES[name]));
			for (const [id, collection] of Object.entries(layers)) {
				expect(id.startsWith(`${name}-`)).toBe(true);
				expect(collection.type).toBe('FeatureCollection');
				expect(collection.features.length, id).toBeGreaterThan(0);
			}
		}
	});

	it.each([
		['null', null, /korea\.topo\.json: not a TopoJSON topology/],
		['a FeatureCollection', { type: 'FeatureCollection', features: [] }, /korea\.topo\.json: not a TopoJSON topology/],
		['no arcs', { type: 'Topology', objects: {} }, /korea\.topo\.json: has no arcs array/],
		['a missing object', { type: 'Topology', arcs: [], objects: {} }, /korea\.topo\.json: object "land" is missing/]
	])('throws a clear error on %s', (_, topology, message) => {
		expect(() => decodeBasemap('korea', topology)).toThrow(message);
	});

	it('throws naming the file and object when an arc index is out of range', () => {
		const topology = structuredClone(committed('korea.topo.json')) as { arcs: unknown[] };
		topology.arcs = [];
		expect(() => decodeBasemap('korea', topology)).toThrow(/korea\.topo\.json: object "land" cannot be decoded/);
	});

	it('loads all three files', async () => {
		const { layers, errors } = await loadBasemap(fakeFetch());
		expect(errors).toEqual([]);
		expect(Object.keys(layers)).toEqual(BASEMAP_LAYER_IDS);
	});

	it('reports a missing file without throwing and keeps the other layers', async () => {
		const { layers, errors } = await loadBasemap(fakeFetch(['korea.topo.json']));
		expect(errors).toEqual([{ file: 'korea.topo.json', message: 'korea.topo.json: HTTP 404' }]);
		expect(Object.keys(layers)).toEqual(BASEMAP_LAYER_IDS.filter((id) => !id.startsWith('korea-')));
	});

	it('reports broken files and network failures too', async () => {
		const fetchFn: FetchLike = async (url) => {
			if (url.endsWith('world.topo.json')) throw new TypeError('Failed to fetch');
			return fakeFetch([], ['europe.topo.json'])(url);
		};
		const { layers, errors } = await loadBasemap(fetchFn, '/base/geo/');
		expect(errors).toEqual([
			{ file: 'world.topo.json', message: 'world.topo.json: Failed to fetch' },
			{ file: 'europe.topo.json', message: 'europe.topo.json: not a TopoJSON topology' }
		]);
		expect(Object.keys(layers).every((id) => id.startsWith('korea-'))).toBe(true);
	});

	it('fetches from the given base', async () => {
		const urls: string[] = [];
		await loadBasemap(async (url) => (urls.push(url), { ok: false, status: 404, json: async () => null }), '/x/');
		expect(urls.sort()).toEqual(['/x/europe.topo.json', '/x/korea.topo.json', '/x/world.topo.json']);
	});

	it('credits every source, linking BKG as its licence asks', () => {
		expect(GEO_CREDITS.map((c) => c.id)).toEqual(['natural-earth', 'kostat', 'bkg', 'ign-insee']);
		expect(GEO_CREDITS.find((c) => c.id === 'bkg')?.href).toBe('https://www.bkg.bund.de');
	});
});
