// The journey as great-circle legs (d3-geo), densified so MapLibre draws smooth arcs, with longitudes unwrapped
// so no line ever jumps across the world. Positions along a leg are computed on the exact great circle (not on
// the polyline's chords), and the partial line drawn so far ends exactly at that position.
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LonLat } from '$lib/story/types';

/** IUGG mean Earth radius; geoDistance gives radians. */
export const EARTH_RADIUS_KM = 6371.0088;
/** 20 km segments: under a pixel of chord sag at zoom 4 and invisible at city zooms (ground legs are short). */
export const DEFAULT_MAX_SEGMENT_KM = 20;
/** A runaway guard for silly `maxSegmentKm` values. */
const MAX_SEGMENTS = 100_000;

export interface Stop {
	id: string;
	lonLat: LonLat;
}

export interface Leg {
	index: number;
	from: string;
	to: string;
	fromLonLat: LonLat;
	toLonLat: LonLat;
	/** The densified great circle, longitudes unwrapped (first = from, last = to, possibly shifted by 360°). */
	coords: LonLat[];
	/** Kilometres from the leg's start at each point of `coords` (evenly spaced: geoInterpolate is by arc length). */
	cumKm: number[];
	lengthKm: number;
	/** Kilometres from the route's start at this leg's start and end. */
	startKm: number;
	endKm: number;
}

export interface Route {
	stops: Stop[];
	legs: Leg[];
	lengthKm: number;
}

export interface RoutePosition {
	lonLat: LonLat;
	/** Forward azimuth of the great circle here, degrees clockwise from north in [0, 360). */
	headingDeg: number;
	/** The leg the position is on (-1 when the route has no legs) and how far along it, 0..1. */
	legIndex: number;
	fraction: number;
	km: number;
}

const RAD = Math.PI / 180;

export function distanceKm(a: LonLat, b: LonLat): number {
	return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** Degrees into [0, 360), never -0. */
function normalizeDeg(d: number): number {
	const r = d % 360;
	return (r < 0 ? r + 360 : r) + 0;
}

/** Initial bearing of the great circle from `from` to `to`, degrees clockwise from north. */
export function bearingDeg(from: LonLat, to: LonLat): number {
	const phi1 = from[1] * RAD;
	const phi2 = to[1] * RAD;
	const dLon = (to[0] - from[0]) * RAD;
	const y = Math.sin(dLon) * Math.cos(phi2);
	const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLon);
	return normalizeDeg(Math.atan2(y, x) / RAD);
}

/**
 * The forward azimuth at `p`, a point on the great circle from a to b. Measured towards whichever end is
 * farther, since a bearing to a point only metres away is numerically meaningless (and undefined at b itself).
 */
function headingOnArc(a: LonLat, b: LonLat, p: LonLat): number {
	return geoDistance(p, b) >= geoDistance(a, p) ? bearingDeg(p, b) : normalizeDeg(bearingDeg(p, a) + 180);
}

/** `lon` shifted by a multiple of 360° to lie within 180° of `ref`. */
function unwrap(lon: number, ref: number): number {
	return lon + 360 * Math.round((ref - lon) / 360);
}

/**
 * The great circle from a to b as points at most `maxSegmentKm` apart. The first point is a; the last is b
 * (its longitude shifted by a multiple of 360° only if the line crosses the antimeridian): longitudes are
 * continuous, never jumping more than 180° between neighbours, so MapLibre draws no line across the world.
 * Throws for (near-)antipodal points, between which the great circle is undefined.
 */
export function greatCircle(a: LonLat, b: LonLat, maxSegmentKm = DEFAULT_MAX_SEGMENT_KM): LonLat[] {
	const step = Number.isFinite(maxSegmentKm) && maxSegmentKm > 0 ? maxSegmentKm : DEFAULT_MAX_SEGMENT_KM;
	const d = geoDistance(a, b);
	if (!(d < Math.PI - 1e-9)) throw new RangeError(`greatCircle: no unique great circle from ${a} to ${b}`);
	const n = Math.min(MAX_SEGMENTS, Math.max(1, Math.ceil((d * EARTH_RADIUS_KM) / step)));
	const at = geoInterpolate(a, b);
	const out: LonLat[] = [];
	let prevLon = a[0];
	for (let i = 0; i <= n; i++) {
		const [lon, lat] = i === 0 ? a : i === n ? b : at(i / n);
		const u = unwrap(lon, prevLon);
		out.push([u, lat]);
		prevLon = u;
	}
	return out;
}

/** The route through `stops` in order. Its arrays are frozen: frames share them instead of copying. */
export function buildRoute(stops: readonly Stop[], maxSegmentKm = DEFAULT_MAX_SEGMENT_KM): Route {
	if (stops.length === 0) throw new RangeError('buildRoute: no stops');
	const legs: Leg[] = [];
	let km = 0;
	for (let i = 1; i < stops.length; i++) {
		const from = stops[i - 1]!;
		const to = stops[i]!;
		const coords = greatCircle(from.lonLat, to.lonLat, maxSegmentKm).map((p) => Object.freeze(p) as LonLat);
		const lengthKm = distanceKm(from.lonLat, to.lonLat);
		const n = coords.length - 1;
		const cumKm = coords.map((_, j) => (j === n ? lengthKm : (lengthKm * j) / n));
		const endKm = km + lengthKm;
		legs.push({
			index: i - 1,
			from: from.id,
			to: to.id,
			fromLonLat: [from.lonLat[0], from.lonLat[1]],
			toLonLat: [to.lonLat[0], to.lonLat[1]],
			coords: Object.freeze(coords) as LonLat[],
			cumKm: Object.freeze(cumKm) as number[],
			lengthKm,
			startKm: km,
			endKm
		});
		km = endKm;
	}
	return {
		stops: stops.map((s) => ({ id: s.id, lonLat: [s.lonLat[0], s.lonLat[1]] })),
		legs,
		lengthKm: km
	};
}

/** Route kilometres at which each stop is reached (the first stop at 0). */
export function stopKms(route: Route): number[] {
	return [0, ...route.legs.map((l) => l.endKm)];
}

/**
 * Which leg `km` (clamped to the route) falls on, and how far along it. A stop between two legs belongs to the
 * leg that starts there, so a plane parked at a stop faces its next leg.
 */
export function locate(route: Route, km: number): { legIndex: number; fraction: number } {
	const legs = route.legs;
	if (legs.length === 0) return { legIndex: -1, fraction: 0 };
	const k = Number.isNaN(km) ? 0 : Math.min(route.lengthKm, Math.max(0, km));
	let i = legs.findIndex((l) => k < l.endKm);
	if (i < 0) i = legs.length - 1;
	const leg = legs[i]!;
	// Exact at the ends: (endKm - startKm) / lengthKm need not round to 1.
	const fraction = k >= leg.endKm ? 1 : k <= leg.startKm ? 0 : (k - leg.startKm) / leg.lengthKm;
	return { legIndex: i, fraction };
}

/** The point `fraction` (0..1) of the way along leg `legIndex`, on the exact great circle, and its heading. */
export function positionAt(route: Route, legIndex: number, fraction: number): RoutePosition {
	const leg = route.legs[legIndex];
	if (!leg) {
		const last = route.legs.length - 1;
		// Out of range: park at the route's start or end. A route of one stop has no leg at all.
		if (last >= 0) return legIndex < 0 ? positionAt(route, 0, 0) : positionAt(route, last, 1);
		const stop = route.stops[0]!;
		return { lonLat: [stop.lonLat[0], stop.lonLat[1]], headingDeg: 0, legIndex: -1, fraction: 0, km: 0 };
	}
	const f = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
	const n = leg.coords.length - 1;
	let lonLat: LonLat;
	if (f === 0 || f === 1) {
		const p = leg.coords[f === 0 ? 0 : n]!;
		lonLat = [p[0], p[1]];
	} else {
		const [lon, lat] = geoInterpolate(leg.fromLonLat, leg.toLonLat)(f);
		// Unwrap like the polyline vertex just before it, so the drawn line's end and the plane coincide.
		lonLat = [unwrap(lon, leg.coords[Math.floor(f * n)]![0]), lat];
	}
	return {
		lonLat,
		headingDeg: headingOnArc(leg.fromLonLat, leg.toLonLat, lonLat),
		legIndex,
		fraction: f,
		km: mixKm(leg.startKm, leg.endKm, f)
	};
}

function mixKm(a: number, b: number, k: number): number {
	return a * (1 - k) + b * k;
}

export function positionAtKm(route: Route, km: number): RoutePosition {
	const { legIndex, fraction } = locate(route, km);
	return positionAt(route, legIndex, fraction);
}

/**
 * The lines drawn when the traveller is `fraction` along leg `legIndex`: every earlier leg whole, then the
 * current leg up to exactly the traveller's position (omitted while it is still a single point). Index i of
 * the result is leg i. Complete legs are the route's own frozen arrays.
 */
export function routeUpTo(route: Route, legIndex: number, fraction: number): LonLat[][] {
	const count = Math.min(route.legs.length, Math.max(0, legIndex));
	const lines: LonLat[][] = route.legs.slice(0, count).map((l) => l.coords);
	const leg = route.legs[legIndex];
	const f = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
	if (!leg || f === 0) return lines;
	if (f === 1) return [...lines, leg.coords];
	const n = leg.coords.length - 1;
	// Vertices strictly before the position (evenly spaced, so vertex j is at fraction j / n), then the position.
	const j = Math.min(n, Math.max(1, Math.ceil(f * n)));
	lines.push([...leg.coords.slice(0, j), positionAt(route, legIndex, f).lonLat]);
	return lines;
}

export function routeUpToKm(route: Route, km: number): LonLat[][] {
	const { legIndex, fraction } = locate(route, km);
	return routeUpTo(route, legIndex, fraction);
}

/**
 * The part of the route still to travel between `km` and `untilKm` (the flight's arc ahead, drawn faintly): the
 * current leg from exactly the traveller's position, then any whole legs up to `untilKm`. Empty when done.
 */
export function routeAhead(route: Route, km: number, untilKm: number): LonLat[][] {
	const from = Number.isNaN(km) ? 0 : km;
	const out: LonLat[][] = [];
	for (const leg of route.legs) {
		if (leg.endKm <= from || leg.startKm >= untilKm) continue;
		if (leg.startKm >= from) {
			out.push(leg.coords);
			continue;
		}
		const f = (from - leg.startKm) / leg.lengthKm;
		const n = leg.coords.length - 1;
		const j = Math.min(n, Math.floor(f * n) + 1);
		out.push([positionAt(route, leg.index, f).lonLat, ...leg.coords.slice(j)]);
	}
	return out;
}
