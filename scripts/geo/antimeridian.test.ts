import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { cutLine, cutPolygon, cutRing, findProblems } from './antimeridian';
import { LAT_MAX } from './config';

const maxJump = (line: [number, number][]) =>
	line.reduce((max, p, i) => (i ? Math.max(max, Math.abs(p[0] - line[i - 1]![0])) : 0), 0);

describe('build-geo: antimeridian cutting', () => {
	const area = (ring: [number, number][]) =>
		Math.abs(ring.reduce((s, p, i) => (i ? s + ring[i - 1]![0] * p[1] - p[0] * ring[i - 1]![1] : 0), 0) / 2);

	it('leaves a ring that does not cross alone', () => {
		const ring: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 0]];
		expect(cutRing(ring)).toEqual([ring]);
	});

	it('cuts a ring crossing 180 into one piece on each side', () => {
		// A 20° square centred on the antimeridian (170°E to 170°W), as a naive file would store it.
		const pieces = cutRing([[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]);
		expect(pieces).toHaveLength(2);
		for (const piece of pieces) expect(maxJump(piece)).toBeLessThanOrEqual(180);
		const east = pieces.find((p) => p.some(([x]) => x === 180))!;
		const west = pieces.find((p) => p.some(([x]) => x === -180))!;
		expect(Math.min(...east.map(([x]) => x))).toBe(170);
		expect(Math.max(...west.map(([x]) => x))).toBe(-170);
		expect(area(east)).toBeCloseTo(200);
		expect(area(west)).toBeCloseTo(200);
	});

	it('closes a ring around the south pole along the bottom edge instead of across the map', () => {
		const pieces = cutRing([[-150, -70], [-60, -70], [30, -70], [120, -70], [-150, -70]]);
		const points = pieces.flat();
		for (const piece of pieces) expect(maxJump(piece)).toBeLessThanOrEqual(180);
		expect(Math.min(...points.map(([, y]) => y))).toBe(-LAT_MAX);
		expect(Math.min(...points.map(([x]) => x))).toBe(-180);
		expect(Math.max(...points.map(([x]) => x))).toBe(180);
		expect(pieces.reduce((s, p) => s + area(p), 0)).toBeCloseTo(360 * (LAT_MAX - 70));
	});

	it('keeps holes with the piece that holds them', () => {
		const outer: [number, number][] = [[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]];
		const hole: [number, number][] = [[-178, -1], [-176, -1], [-176, 1], [-178, 1], [-178, -1]];
		const polygons = cutPolygon([outer, hole]);
		expect(polygons).toHaveLength(2);
		const west = polygons.find(([ring]) => ring!.some(([x]) => x === -180))!;
		expect(west).toHaveLength(2);
	});

	it('cuts a line at the antimeridian, interpolating the latitude', () => {
		expect(cutLine([[170, 0], [-170, 10], [-160, 10]])).toEqual([
			[[170, 0], [180, 5]],
			[[-180, 5], [-170, 10], [-160, 10]]
		]);
	});

	it('makes the build fail loudly when a decoded segment still crosses', () => {
		const bad = {
			type: 'Topology',
			arcs: [[[179, 0], [-179, 1]]],
			objects: { coastline: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0] }] } }
		} as unknown as Topology;
		expect(findProblems(bad).join('\n')).toMatch(/coastline: segment 179,0 -> -179,1 crosses the antimeridian/);
	});
});
