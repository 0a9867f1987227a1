// Build-time half of the drawn map (DrawnMap.svg.svelte): turns the offline basemap's TopoJSON into a few compact
// SVG path strings in WORLD units (Web Mercator: x = mercatorX(lon) * WORLD, y = mercatorY(lat) * WORLD, the
// numbers camera.ts uses), so the page places them with one SVG transform per camera and never re-projects them.
// Runs in Node only: vite.config.ts serves the result as the virtual module `virtual:drawn-basemap`, so the
// TopoJSON never reaches the client, only these strings (their size is in the bench and the README).
// No $lib imports: vite.config.ts loads this file before SvelteKit's aliases exist.
import { geoMercator } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

/** The world's side in SVG user units: one unit is one CSS px at zoom 1 (512 * 2^1). */
export const WORLD = 1024;

/** d3's Mercator with the world square at [0, WORLD]², the same numbers as camera.ts's mercatorX/Y * WORLD. */
export function worldProjection(world = WORLD) {
	return geoMercator()
		.scale(world / (2 * Math.PI))
		.translate([world / 2, world / 2]);
}

/** One drawn layer: `d` is in units of 1 / `scale` world unit (integers, relative moves), drawn scaled by 1/scale. */
export interface DrawnLayer {
	d: string;
	scale: number;
}

export interface DrawnBasemap {
	/** The world's land, thinned for zoom 1-4 (the route's overview). */
	land: DrawnLayer;
	/** Korea's land, finer, for the Korea chapter (zoom ~6). */
	koreaLand: DrawnLayer;
	/** Country borders. */
	borders: DrawnLayer;
	/**
	 * The visited cities' outlines (the Korean municipalities, the four host cities), one path each: seen up close,
	 * where one path spanning the globe would reach millions of px, past what browsers rasterise (Skia drops it).
	 */
	cities: { scale: number; paths: { id: string; region: 'korea' | 'europe'; d: string }[] };
}

type Pt = [number, number];

/** Douglas-Peucker on one projected line, tolerance in the line's units. Keeps both ends. */
export function simplifyLine(points: Pt[], tolerance: number): Pt[] {
	if (points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = points[a]!;
		const [bx, by] = points[b]!;
		const dx = bx - ax;
		const dy = by - ay;
		const len = Math.hypot(dx, dy);
		let worst = -1;
		let worstD = tolerance;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = points[i]!;
			const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
			if (d > worstD) {
				worstD = d;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/** Shoelace area (absolute) of a closed ring. */
export function ringArea(ring: Pt[]): number {
	let s = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
	return Math.abs(s / 2);
}

/** Numbers joined the short SVG way: a space only where the next number is not negative. */
function joinNumbers(numbers: number[]): string {
	return numbers.map((n, i) => (i > 0 && n >= 0 ? ' ' : '') + n).join('');
}

/** `M x y l dx dy …` with integer coordinates; `close` adds z. Repeated points are skipped. */
export function pathData(lines: Pt[][], close: boolean): string {
	let out = '';
	for (const line of lines) {
		const pts: Pt[] = [];
		for (const [x, y] of line) {
			const p: Pt = [Math.round(x), Math.round(y)];
			const last = pts[pts.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
		}
		if (pts.length < 2) continue;
		const deltas = pts.slice(1).flatMap((p, i) => [p[0] - pts[i]![0], p[1] - pts[i]![1]]);
		out += `M${joinNumbers(pts[0]!)}l${joinNumbers(deltas)}${close ? 'z' : ''}`;
	}
	return out;
}

interface LayerSpec {
	/** Units per world unit: coordinates are rounded to 1 / scale world unit. */
	scale: number;
	/** Douglas-Peucker tolerance and smallest ring kept, in those units. */
	tolerance: number;
	minArea: number;
}

function rings(geometry: Geometry): Position[][] {
	switch (geometry.type) {
		case 'Polygon':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		case 'LineString':
			return [geometry.coordinates];
		case 'MultiLineString':
			return geometry.coordinates;
		case 'GeometryCollection':
			return geometry.geometries.flatMap(rings);
		default:
			return [];
	}
}

/** Projects, drops small rings, simplifies and writes one layer. Lines (`closed` false) keep every part. */
export function drawLayer(geometries: Geometry[], spec: LayerSpec, closed: boolean): DrawnLayer {
	const project = worldProjection(WORLD * spec.scale);
	const lines: Pt[][] = [];
	for (const g of geometries) {
		for (const ring of rings(g)) {
			const pts = ring.map((p) => project([p[0]!, p[1]!]) as Pt);
			if (closed && ringArea(pts) < spec.minArea) continue;
			const simple = simplifyLine(pts, spec.tolerance);
			if (closed && simple.length < 4) continue;
			lines.push(simple);
		}
	}
	return { d: pathData(lines, closed), scale: spec.scale };
}

const CITY_SCALE = 512;

type Topo = Topology & { objects: Record<string, GeometryObject> };

function features(topology: unknown, object: string): Feature[] {
	const topo = topology as Topo;
	const o = topo.objects[object];
	if (!o) throw new Error(`drawn basemap: object "${object}" is missing`);
	const f = feature(topo as never, o as never) as unknown as FeatureCollection | Feature;
	return f.type === 'FeatureCollection' ? f.features : [f];
}

function polygons(topology: unknown, object: string): Geometry[] {
	return features(topology, object).map((f) => f.geometry);
}

function lines(topology: unknown, object: string): Geometry[] {
	const topo = topology as Topo;
	const o = topo.objects[object];
	if (!o) throw new Error(`drawn basemap: object "${object}" is missing`);
	return [mesh(topo as never, o as never) as unknown as MultiLineString];
}

/**
 * The drawn basemap from the three topologies. Each layer is thinned for the zoom it is seen at: the world at
 * ~zoom 3 (1 unit = 2 px there), Korea at ~zoom 7, the cities at ~zoom 10.
 */
export function buildDrawnBasemap(topologies: { world: unknown; korea: unknown; europe: unknown }): DrawnBasemap {
	return {
		land: drawLayer(polygons(topologies.world, 'land'), { scale: 2, tolerance: 2, minArea: 24 }, true),
		koreaLand: drawLayer(polygons(topologies.korea, 'land'), { scale: 32, tolerance: 1.5, minArea: 40 }, true),
		borders: drawLayer(lines(topologies.world, 'borders'), { scale: 2, tolerance: 2, minArea: 0 }, false),
		cities: {
			scale: CITY_SCALE,
			paths: [
				...features(topologies.korea, 'municipalities').map((f) => ({ f, region: 'korea' as const })),
				...features(topologies.europe, 'cities').map((f) => ({ f, region: 'europe' as const }))
			].map(({ f, region }, i) => ({
				id: String(f.properties?.id ?? i),
				region,
				d: drawLayer([f.geometry], { scale: CITY_SCALE, tolerance: 2, minArea: 20 }, true).d
			}))
		}
	};
}
