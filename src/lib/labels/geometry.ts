// Screen-space rectangles for label placement (CSS px, origin at the map's top-left, y down).

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type Point = [number, number];

/** True when a and b share area (touching edges do not count: labels may sit flush). */
export function intersects(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies wholly inside `outer`. */
export function inside(inner: Rect, outer: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

export function inflate(r: Rect, by: number): Rect {
	return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function pointIn(p: Point, r: Rect): boolean {
	return p[0] >= r.x && p[0] <= r.x + r.width && p[1] >= r.y && p[1] <= r.y + r.height;
}

/** The point of `r` nearest to `p` (p itself when inside). */
export function nearestPoint(r: Rect, p: Point): Point {
	return [Math.min(r.x + r.width, Math.max(r.x, p[0])), Math.min(r.y + r.height, Math.max(r.y, p[1]))];
}

/** True when the segment a-b passes through the interior of r (Liang-Barsky clipping). */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0] - r.x],
		[dx, r.x + r.width - a[0]],
		[-dy, a[1] - r.y],
		[dy, r.y + r.height - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 >= t1) return false;
	}
	return true;
}
