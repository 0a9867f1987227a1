// Reading and normalising one layer: its GeoJSON sources -> latitudes clamped to Web Mercator, cut at the
// antimeridian, parts too small to see at the layer's zoom dropped, rings wound the d3 way, equal properties merged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { cutLine, cutPolygon } from './antimeridian';
import { curveThrough } from './curve';
import { LAT_MAX, MIN_PART_PX2, type Layer, type Props } from './config';
import { areaPx, dedupe, same, signedArea, type Pt } from './geometry';

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

function linesOf(g: Geometry, minArea: number, layer: Layer): Pt[][] {
	const input = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	const curve = layer.curve;
	return input
		.flatMap((line) => cutLine(dedupe(line.map(toPt))))
		.filter((line) => !same(line[0]!, line.at(-1)!) || areaPx(line) >= minArea) // a closed line is an island's coast
		.map((line) => (curve ? curveThrough(line, layer.zoom, curve.stepPx) : line));
}

export function readLayer(layer: Layer, inputDir: string): FeatureCollection {
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
			group.lines.push(...linesOf(f.geometry, minArea, layer));
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
