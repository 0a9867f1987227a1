// Topology building for one output file: its layers -> one TopoJSON (shared arcs), mesh layers added, simplified
// (Visvalingam in Web Mercator px² per layer zoom), quantized, checked, serialised.
import type { FeatureCollection } from 'geojson';
import { meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Triangle } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { BASEMAP_FILES, BASEMAP_OBJECTS } from '../../src/lib/map/basemap';
import { findProblems } from './antimeridian';
import { TOLERANCE_PX2, type Layer, type Output } from './config';
import { mercator } from './geometry';
import { readLayer } from './read-layer';

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

/** The TopoJSON text of one output file (throws when the objects are not the expected ones or any check fails). */
export function buildTopology(output: Output, inputDir: string): string {
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
