// Plane geometry on lon/lat point lists, shared by the antimeridian cutting, the layer reading and the checks.
import type { Geometry, Position } from 'geojson';
import { LAT_MAX } from './config';

export type Pt = [number, number];

export const same = (a: Pt, b: Pt) => a[0] === b[0] && a[1] === b[1];
/** A segment whose longitude jumps more than half the globe really goes the short way, across ±180. */
export const jumps = (a: Pt, b: Pt) => Math.abs(b[0] - a[0]) > 180;

export function* segments(points: Pt[]): Generator<[Pt, Pt]> {
	for (let i = 1; i < points.length; i++) yield [points[i - 1]!, points[i]!];
}

export function dedupe(points: Pt[]): Pt[] {
	return points.filter((p, i) => i === 0 || !same(p, points[i - 1]!));
}

/** Shoelace area in lon/lat; negative = clockwise. */
export function signedArea(ring: Pt[]): number {
	let sum = 0;
	for (const [a, b] of segments(ring)) sum += a[0] * b[1] - b[0] * a[1];
	return sum / 2;
}

/** Web Mercator in pixels at zoom 0 (the world is 512 px wide, as in MapLibre). */
export function mercator([lon, lat]: Position): Pt {
	const phi = (Math.max(-LAT_MAX, Math.min(LAT_MAX, lat ?? 0)) * Math.PI) / 180;
	return [(((lon ?? 0) + 180) / 360) * 512, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * 512];
}

export const areaPx = (ring: Pt[]) => Math.abs(signedArea(ring.map(mercator)));

export function contains(ring: Pt[], [x, y]: Pt): boolean {
	let inside = false;
	for (const [a, b] of segments(ring)) {
		if (a[1] > y !== b[1] > y && x < a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1])) inside = !inside;
	}
	return inside;
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
