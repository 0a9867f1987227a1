// Decodes one committed topology to `{ 'korea-rivers': FeatureCollection, … }` for the tile step (tiles.ts).
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_FILES, BASEMAP_OBJECTS, type BasemapName } from '../../src/lib/map/basemap';

export type BasemapLayers = Record<string, FeatureCollection>;

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
