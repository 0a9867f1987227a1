// Antimeridian cutting: rings and lines that cross ±180 are cut there, so no segment spans the whole map (the
// world view's horizontal stripes); findProblems checks the decoded output, and the build refuses to write on any.
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { LAT_MAX } from './config';
import { contains, dedupe, jumps, linesOfGeometry, segments, signedArea, type Pt } from './geometry';

const wrap = (d: number) => d - 360 * Math.round(d / 360);

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
