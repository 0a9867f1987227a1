// Rivers as curves through their source vertices. Natural Earth's 1:10m rivers have a vertex every 1-3 km: at the
// city chapters' zooms (7-8.8) that is 5-16 px, and a river drawn through them shows straight runs and sharp
// corners no real river has. A centripetal Catmull-Rom spline passes through every source vertex (so junctions,
// mouths and the documented course stay where the data puts them) and bends smoothly between them; it never
// overshoots into loops (the centripetal choice). Computed in Web Mercator pixels, the plane MapLibre draws.
import { mercator, type Pt } from './geometry';
import { LAT_MAX } from './config';

/** Web Mercator px at zoom 0 -> lon/lat (the inverse of geometry.ts `mercator`). */
function lonLat([x, y]: Pt): Pt {
	const lon = (x / 512) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI;
	return [lon, Math.max(-LAT_MAX, Math.min(LAT_MAX, lat))];
}

const dist = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** The point at t in [t1, t2] of the centripetal Catmull-Rom segment p1-p2 (Barry-Goldman's pyramid). */
function catmullRom(p0: Pt, p1: Pt, p2: Pt, p3: Pt, t: number): Pt {
	// Knot spacing: the square root of the chord lengths (centripetal); a tiny floor keeps repeated points finite.
	const t0 = 0;
	const t1 = t0 + Math.max(Math.sqrt(dist(p0, p1)), 1e-12);
	const t2 = t1 + Math.max(Math.sqrt(dist(p1, p2)), 1e-12);
	const t3 = t2 + Math.max(Math.sqrt(dist(p2, p3)), 1e-12);
	const u = t1 + (t2 - t1) * t;
	const lerp = (a: Pt, b: Pt, ta: number, tb: number): Pt => {
		const w = (u - ta) / (tb - ta);
		return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
	};
	const a1 = lerp(p0, p1, t0, t1);
	const a2 = lerp(p1, p2, t1, t2);
	const a3 = lerp(p2, p3, t2, t3);
	const b1 = lerp(a1, a2, t0, t2);
	const b2 = lerp(a2, a3, t1, t3);
	return lerp(b1, b2, t1, t2);
}

/**
 * The line as a smooth curve through all its points, with a step of at most `stepPx` screen px at `zoom`
 * between the points written. Ends are kept (the first and last segments use a mirrored end point).
 */
export function curveThrough(line: Pt[], zoom: number, stepPx: number): Pt[] {
	if (line.length < 3) return line;
	const px = line.map((p) => mercator(p));
	const scale = 2 ** zoom;
	const out: Pt[] = [line[0]!];
	for (let i = 0; i + 1 < px.length; i++) {
		const p1 = px[i]!;
		const p2 = px[i + 1]!;
		// Mirrored neighbours at the ends: the curve leaves the end along its first chord.
		const p0 = px[i - 1] ?? [2 * p1[0] - p2[0], 2 * p1[1] - p2[1]];
		const p3 = px[i + 2] ?? [2 * p2[0] - p1[0], 2 * p2[1] - p1[1]];
		const steps = Math.max(1, Math.ceil((dist(p1, p2) * scale) / stepPx));
		for (let s = 1; s < steps; s++) out.push(lonLat(catmullRom(p0, p1, p2, p3, s / steps)));
		out.push(line[i + 1]!); // the source vertex itself, exactly
	}
	return out;
}
