import { describe, expect, it } from 'vitest';
import { curveThrough } from './curve';
import { mercator, type Pt } from './geometry';

const zigzag: Pt[] = [
	[2.3, 48.8],
	[2.32, 48.81],
	[2.34, 48.8],
	[2.36, 48.81],
	[2.38, 48.8]
];
const px = (p: Pt, zoom: number) => mercator(p).map((v) => v * 2 ** zoom);

describe('curveThrough', () => {
	it('passes through every source vertex, exactly and in order', () => {
		const curve = curveThrough(zigzag, 10, 2);
		let from = 0;
		for (const vertex of zigzag) {
			const at = curve.findIndex((p, i) => i >= from && p[0] === vertex[0] && p[1] === vertex[1]);
			expect(at).toBeGreaterThanOrEqual(from);
			from = at;
		}
		expect(curve[0]).toEqual(zigzag[0]);
		expect(curve.at(-1)).toEqual(zigzag.at(-1));
	});

	it('writes a point at least every stepPx at the zoom, and bends instead of turning corners', () => {
		const curve = curveThrough(zigzag, 10, 2);
		for (let i = 1; i < curve.length; i++) {
			const [a, b] = [px(curve[i - 1]!, 10), px(curve[i]!, 10)];
			expect(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!)).toBeLessThanOrEqual(2.5); // a chord of an arc of <= 2 px
		}
		// The zigzag turns ~74° at each inner vertex; the curve's steps turn a few degrees each.
		const heading = (a: Pt, b: Pt) => Math.atan2(px(b, 10)[1]! - px(a, 10)[1]!, px(b, 10)[0]! - px(a, 10)[0]!);
		for (let i = 1; i + 1 < curve.length; i++) {
			const turn = Math.abs(heading(curve[i]!, curve[i + 1]!) - heading(curve[i - 1]!, curve[i]!));
			expect(Math.min(turn, 2 * Math.PI - turn)).toBeLessThan((15 * Math.PI) / 180);
		}
	});

	it('leaves a two-point line as it is', () => {
		expect(curveThrough(zigzag.slice(0, 2), 10, 2)).toEqual(zigzag.slice(0, 2));
	});
});
