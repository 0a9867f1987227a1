import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, BASEMAP_LAYER_IDS, BASEMAP_NAMES } from '../../src/lib/map/basemap';
import { BASEMAP_SOURCE_IDS } from '../../src/lib/map/style';
import { decodeBasemap } from './decode';

const committed = (file: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../static/geo/${file}`, import.meta.url), 'utf8'));

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
});
