import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar';

describe('scale bar', () => {
	it('matches Web Mercator at 512 px tiles: ~78 km per px at zoom 0 on the equator', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
	});
	it('picks the longest round distance that fits, and its length in px', () => {
		// Hamburg (53.55° N) at zoom 8: ~182 m per px, 96 px ~ 17.5 km -> 10 km, ~55 px.
		const bar = scaleBar(53.55, 8)!;
		expect(bar.metres).toBe(10_000);
		expect(bar.px).toBeCloseTo(10_000 / metresPerPixel(53.55, 8), 6);
		expect(bar.px).toBeLessThanOrEqual(96);
		for (const zoom of [0, 2.5, 5, 7.3, 10, 14]) {
			const b = scaleBar(48.6, zoom, 120)!;
			expect(b.px).toBeLessThanOrEqual(120);
			expect(b.px).toBeGreaterThan(120 / 5); // the next round step would not fit
			expect(String(b.metres)).toMatch(/^[125]0*$/);
		}
	});
	it('gives no bar for a camera that is not one', () => {
		expect(scaleBar(Number.NaN, 5)).toBeNull();
		expect(scaleBar(48, Number.NaN)).toBeNull();
		expect(scaleBar(90, 5)).toBeNull();
		expect(scaleBar(48, 5, 0)).toBeNull();
	});
});
