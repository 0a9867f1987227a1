import { describe, expect, it } from 'vitest';
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LonLat } from '$lib/story/types';
import {
	EARTH_RADIUS_KM,
	bearingDeg,
	buildRoute,
	greatCircle,
	locate,
	positionAt,
	positionAtKm,
	routeAhead,
	routeUpTo,
	routeUpToKm
} from './route';

// Fixture coordinates (not the story's data, which lives in src/lib/story).
const ICN: LonLat = [126.451, 37.4691];
const HAM: LonLat = [9.99, 53.55];
const BONN: LonLat = [7.1, 50.73];
const EVRY: LonLat = [2.43, 48.62];
const PARIS: LonLat = [2.35, 48.86];
const STOPS = [
	{ id: 'icn', lonLat: ICN },
	{ id: 'hamburg', lonLat: HAM },
	{ id: 'bonn', lonLat: BONN },
	{ id: 'evry', lonLat: EVRY },
	{ id: 'paris', lonLat: PARIS }
];

const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;
/** Same point on the globe, whatever multiple of 360° the longitude carries. */
const samePlace = (a: LonLat, b: LonLat) => km(a, b) < 1e-6;

describe('greatCircle', () => {
	const cases: { name: string; a: LonLat; b: LonLat; maxKm?: number; crosses?: boolean }[] = [
		{ name: 'Incheon -> Hamburg', a: ICN, b: HAM },
		{ name: 'Hamburg -> Bonn', a: HAM, b: BONN },
		{ name: 'Évry -> Paris (short)', a: EVRY, b: PARIS },
		{ name: 'coarse segments', a: ICN, b: HAM, maxKm: 500 },
		{ name: 'Tokyo -> San Francisco (crosses the antimeridian)', a: [139.78, 35.55], b: [-122.38, 37.62], crosses: true },
		{ name: 'Auckland -> Santiago (crosses eastwards, far south)', a: [174.79, -37.01], b: [-70.79, -33.39], crosses: true },
		{ name: 'over the pole', a: [0, 80], b: [170, 80] },
		{ name: 'same point', a: HAM, b: HAM }
	];

	it.each(cases)('$name: endpoints, continuity, density', ({ a, b, maxKm = 20, crosses }) => {
		const line = greatCircle(a, b, maxKm);
		expect(line[0]).toEqual(a);
		const last = line[line.length - 1]!;
		if (crosses) {
			expect(samePlace(last, b)).toBe(true);
			expect(last[1]).toBe(b[1]);
			expect(Math.abs(last[0] - b[0])).toBeCloseTo(360, 9);
		} else {
			expect(last).toEqual(b);
		}
		for (let i = 1; i < line.length; i++) {
			const p = line[i - 1]!;
			const q = line[i]!;
			expect(Math.abs(q[0] - p[0])).toBeLessThanOrEqual(180);
			expect(km(p, q)).toBeLessThanOrEqual(maxKm + 1e-6);
		}
		// Not more points than needed: one more segment than ceil(length / maxKm) would be wasteful.
		expect(line.length - 1).toBe(Math.max(1, Math.ceil(km(a, b) / maxKm)));
	});

	it('lies on the great circle', () => {
		const line = greatCircle(ICN, HAM);
		const mid = line[Math.round((line.length - 1) / 2)]!;
		// On the arc: the two partial distances add up to the whole.
		expect(km(ICN, mid) + km(mid, HAM)).toBeCloseTo(km(ICN, HAM), 6);
	});

	it('ICN -> HAM goes north, over Russia', () => {
		const maxLat = Math.max(...greatCircle(ICN, HAM).map((p) => p[1]));
		expect(maxLat).toBeGreaterThan(60);
	});

	it('falls back to the default segment length for silly values', () => {
		for (const bad of [0, -5, Number.NaN]) expect(greatCircle(ICN, HAM, bad)).toEqual(greatCircle(ICN, HAM));
	});

	it('refuses antipodes (no unique great circle)', () => {
		expect(() => greatCircle([0, 0], [180, 0])).toThrow(RangeError);
	});
});

describe('bearingDeg', () => {
	it.each([
		{ from: [0, 0], to: [0, 10], deg: 0 },
		{ from: [0, 0], to: [10, 0], deg: 90 },
		{ from: [0, 10], to: [0, 0], deg: 180 },
		{ from: [10, 0], to: [0, 0], deg: 270 },
		{ from: [179, 0], to: [-179, 0], deg: 90 }
	] as { from: LonLat; to: LonLat; deg: number }[])('$from -> $to is $deg°', ({ from, to, deg }) => {
		expect(bearingDeg(from, to)).toBeCloseTo(deg, 9);
	});
});

describe('buildRoute', () => {
	const route = buildRoute(STOPS);

	it('has one leg per pair of stops with cumulative km', () => {
		expect(route.legs.map((l) => `${l.from}>${l.to}`)).toEqual([
			'icn>hamburg',
			'hamburg>bonn',
			'bonn>evry',
			'evry>paris'
		]);
		let total = 0;
		for (const leg of route.legs) {
			expect(leg.startKm).toBe(total);
			expect(leg.lengthKm).toBeCloseTo(km(leg.fromLonLat, leg.toLonLat), 9);
			expect(leg.cumKm[0]).toBe(0);
			expect(leg.cumKm[leg.cumKm.length - 1]).toBe(leg.lengthKm);
			expect(leg.cumKm.length).toBe(leg.coords.length);
			// cumKm agrees with the polyline's own segment lengths (points are on the arc, evenly spaced).
			let along = 0;
			leg.coords.forEach((p, i) => {
				if (i > 0) along += km(leg.coords[i - 1]!, p);
				expect(leg.cumKm[i]).toBeCloseTo(along, 6);
			});
			total = leg.endKm;
		}
		expect(route.lengthKm).toBe(total);
		// Plausibility: Incheon -> Hamburg is about 8,500 km on the great circle.
		expect(route.legs[0]!.lengthKm).toBeGreaterThan(8000);
		expect(route.legs[0]!.lengthKm).toBeLessThan(9000);
	});

	it('freezes the shared arrays', () => {
		expect(Object.isFrozen(route.legs[0]!.coords)).toBe(true);
		expect(Object.isFrozen(route.legs[0]!.coords[3])).toBe(true);
	});

	it('handles a single stop and refuses none', () => {
		const one = buildRoute([{ id: 'a', lonLat: HAM }]);
		expect(one.legs).toEqual([]);
		expect(positionAtKm(one, 10)).toMatchObject({ lonLat: HAM, legIndex: -1 });
		expect(routeUpToKm(one, 10)).toEqual([]);
		expect(() => buildRoute([])).toThrow();
	});
});

describe('positions along the route', () => {
	const route = buildRoute(STOPS);
	const flight = route.legs[0]!;

	it.each([0.1, 0.25, 0.5, 0.77, 0.999])('fraction %f of the flight is on the great circle', (f) => {
		const pos = positionAt(route, 0, f);
		expect(km(pos.lonLat, geoInterpolate(ICN, HAM)(f))).toBeLessThan(1e-6);
		expect(pos.km).toBeCloseTo(f * flight.lengthKm, 6);
	});

	it('heading is the forward azimuth of the arc', () => {
		for (const f of [0, 0.3, 0.5, 0.9, 1]) {
			const { lonLat, headingDeg } = positionAt(route, 0, f);
			// Independent estimate: the bearing of the chord to a point 1 km behind and 1 km ahead.
			const d = 1 / flight.lengthKm;
			const behind = geoInterpolate(ICN, HAM)(Math.max(0, f - d));
			const ahead = geoInterpolate(ICN, HAM)(Math.min(1, f + d));
			expect(Math.abs(headingDeg - bearingDeg(behind, ahead))).toBeLessThan(0.05);
			expect(lonLat).toHaveLength(2);
		}
		// Leaving Incheon north-west, arriving in Hamburg heading south-west.
		expect(positionAt(route, 0, 0).headingDeg).toBeGreaterThan(270);
		expect(positionAt(route, 0, 1).headingDeg).toBeGreaterThan(180);
		expect(positionAt(route, 0, 1).headingDeg).toBeLessThan(270);
	});

	it('a stop between legs belongs to the next leg (the parked plane faces onwards)', () => {
		expect(locate(route, flight.endKm)).toEqual({ legIndex: 1, fraction: 0 });
		expect(positionAtKm(route, flight.endKm).headingDeg).toBeCloseTo(bearingDeg(HAM, BONN), 9);
		expect(locate(route, route.lengthKm)).toEqual({ legIndex: 3, fraction: 1 });
	});

	it.each([
		{ km: -100, expected: ICN },
		{ km: Number.NaN, expected: ICN },
		{ km: 1e9, expected: PARIS }
	])('km $km clamps to the route', ({ km: k, expected }) => {
		expect(positionAtKm(route, k).lonLat).toEqual(expected);
	});

	it('out-of-range legs park at the ends', () => {
		expect(positionAt(route, -1, 0.5).lonLat).toEqual(ICN);
		expect(positionAt(route, 9, 0.5).lonLat).toEqual(PARIS);
	});
});

describe('routeUpTo', () => {
	const route = buildRoute(STOPS);

	it('draws nothing at the start, everything at the end', () => {
		expect(routeUpToKm(route, 0)).toEqual([]);
		expect(routeUpToKm(route, route.lengthKm)).toEqual(route.legs.map((l) => l.coords));
	});

	it.each([0.001, 0.2, 0.5, 0.73, 0.9999])('the partial leg ends exactly at the plane (fraction %f)', (f) => {
		const lines = routeUpTo(route, 2, f);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(route.legs[0]!.coords);
		expect(lines[1]).toBe(route.legs[1]!.coords);
		const partial = lines[2]!;
		expect(partial[0]).toEqual(BONN);
		expect(partial[partial.length - 1]).toEqual(positionAt(route, 2, f).lonLat);
		// Its length is the fraction of the leg (vertices are on the arc, so chords add up to arc length).
		let drawn = 0;
		for (let i = 1; i < partial.length; i++) drawn += km(partial[i - 1]!, partial[i]!);
		expect(drawn).toBeCloseTo(f * route.legs[2]!.lengthKm, 6);
	});

	it('leaves out a leg that has not started', () => {
		expect(routeUpToKm(route, route.legs[1]!.startKm)).toEqual([route.legs[0]!.coords]);
	});

	it('unwraps the plane like the line across the antimeridian', () => {
		const pacific = buildRoute([
			{ id: 'tyo', lonLat: [139.78, 35.55] },
			{ id: 'sfo', lonLat: [-122.38, 37.62] }
		]);
		for (const f of [0.3, 0.6, 0.95]) {
			const line = routeUpTo(pacific, 0, f)[0]!;
			const end = line[line.length - 1]!;
			const before = line[line.length - 2]!;
			expect(Math.abs(end[0] - before[0])).toBeLessThan(1);
			expect(end).toEqual(positionAt(pacific, 0, f).lonLat);
		}
	});
});

describe('routeAhead', () => {
	const route = buildRoute(STOPS);
	const flight = route.legs[0]!;

	it('is the rest of the leg from exactly the traveller, so flown + ahead is the whole arc', () => {
		for (const f of [0, 0.013, 0.5, 0.77, 0.999]) {
			const at = flight.lengthKm * f;
			const [ahead] = routeAhead(route, at, flight.endKm);
			const flown = routeUpToKm(route, at)[0] ?? [];
			expect(ahead![0]).toEqual(positionAtKm(route, at).lonLat);
			if (flown.length > 0) expect(flown.at(-1)).toEqual(ahead![0]);
			expect(ahead!.at(-1)).toEqual(flight.coords.at(-1));
			let sum = 0;
			for (let i = 1; i < ahead!.length; i++) sum += km(ahead![i - 1]!, ahead![i]!);
			expect(sum).toBeCloseTo(flight.lengthKm - at, 3);
		}
	});

	it('is empty once landed and never reaches past untilKm', () => {
		expect(routeAhead(route, flight.endKm, flight.endKm)).toEqual([]);
		expect(routeAhead(route, 0, flight.endKm)).toEqual([flight.coords]);
	});
});
