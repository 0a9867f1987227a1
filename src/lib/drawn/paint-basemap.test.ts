import { describe, expect, it } from 'vitest';
import { paintBasemap, STROKE_REM, type BasemapPaint, type PaintContext } from './paint-basemap';
import type { DrawnBasemap } from './drawn-basemap';

/** A context that records what is filled and stroked, with the transform's scale and the line width then. */
function recorder() {
	const calls: { op: string; d?: string; style: string; scale: number; lineWidth: number; alpha: number }[] = [];
	let scale = 1;
	const ctx = {
		fillStyle: '',
		strokeStyle: '',
		lineWidth: 1,
		lineJoin: 'miter',
		globalAlpha: 1,
		setTransform: (a: number) => void (scale = a),
		fillRect: () => calls.push({ op: 'fillRect', style: String(ctx.fillStyle), scale, lineWidth: ctx.lineWidth, alpha: ctx.globalAlpha }),
		fill: (p: { d: string }) => calls.push({ op: 'fill', d: p.d, style: String(ctx.fillStyle), scale, lineWidth: ctx.lineWidth, alpha: ctx.globalAlpha }),
		stroke: (p: { d: string }) => calls.push({ op: 'stroke', d: p.d, style: String(ctx.strokeStyle), scale, lineWidth: ctx.lineWidth, alpha: ctx.globalAlpha })
	};
	return { ctx: ctx as unknown as PaintContext, calls };
}

const basemap: DrawnBasemap = {
	land: { d: 'LAND', scale: 2 },
	koreaLand: { d: 'KOREA', scale: 32 },
	borders: { d: 'BORDERS', scale: 2 },
	cities: { scale: 512, paths: [{ id: 'suwon', region: 'korea', d: 'SUWON' }, { id: 'bonn', region: 'europe', d: 'BONN' }] }
};
const colors = { water: 'W', land: 'L', coast: 'C', border: 'B', korea: 'K', koreaSoft: 'k', europe: 'E', europeSoft: 'e' };
const paint = (over: Partial<BasemapPaint>): BasemapPaint => ({
	width: 100, height: 50, dpr: 2, copies: [{ k: 3, dx: 0, dy: 0 }], closeUp: false, fineKorea: false, colors, rem: 16, ...over
});
const makePath = (d: string) => ({ d }) as unknown as Path2D;

describe('paintBasemap', () => {
	it('paints water, then each layer of each world copy, as the SVG does', () => {
		const { ctx, calls } = recorder();
		paintBasemap(ctx, basemap, paint({ copies: [{ k: 3, dx: 0, dy: 0 }, { k: 3, dx: 3072, dy: 0 }] }), makePath);
		expect(calls[0]).toMatchObject({ op: 'fillRect', style: 'W' });
		const drawn = calls.filter((c) => c.op === 'fill').map((c) => c.d);
		expect(drawn).toEqual(['LAND', 'KOREA', 'SUWON', 'BONN', 'LAND', 'KOREA', 'SUWON', 'BONN']);
		expect(calls.filter((c) => c.op === 'stroke' && c.d === 'BORDERS')).toHaveLength(2);
	});

	it("keeps strokes as wide on screen as the SVG's non-scaling strokes, at any zoom and pixel ratio", () => {
		for (const k of [0.5, 3, 400]) {
			const { ctx, calls } = recorder();
			paintBasemap(ctx, basemap, paint({ copies: [{ k, dx: 0, dy: 0 }], dpr: 2, rem: 20 }), makePath);
			const screenPx = (d: string) => {
				const c = calls.find((c) => c.op === 'stroke' && c.d === d)!;
				return (c.lineWidth * c.scale) / 2; // device px / dpr = CSS px
			};
			expect(screenPx('LAND')).toBeCloseTo(STROKE_REM.coast * 20);
			expect(screenPx('BORDERS')).toBeCloseTo(STROKE_REM.borders * 20);
			expect(screenPx('BONN')).toBeCloseTo(STROKE_REM.cities * 20);
		}
	});

	it("fills the cities translucent in their region's colours, and the land opaque", () => {
		const { ctx, calls } = recorder();
		paintBasemap(ctx, basemap, paint({}), makePath);
		expect(calls.find((c) => c.op === 'fill' && c.d === 'SUWON')).toMatchObject({ style: 'k', alpha: 0.6 });
		expect(calls.find((c) => c.op === 'fill' && c.d === 'BONN')).toMatchObject({ style: 'e', alpha: 0.45 });
		expect(calls.find((c) => c.op === 'fill' && c.d === 'LAND')).toMatchObject({ style: 'L', alpha: 1 });
	});

	it('up close paints land as the background and only the cities; near Korea only its finer coast', () => {
		const close = recorder();
		paintBasemap(close.ctx, basemap, paint({ closeUp: true }), makePath);
		expect(close.calls[0]).toMatchObject({ op: 'fillRect', style: 'L' });
		expect(new Set(close.calls.flatMap((c) => (c.d ? [c.d] : [])))).toEqual(new Set(['SUWON', 'BONN']));
		const korea = recorder();
		paintBasemap(korea.ctx, basemap, paint({ fineKorea: true }), makePath);
		expect(korea.calls.some((c) => c.d === 'LAND')).toBe(false);
		expect(korea.calls.some((c) => c.d === 'KOREA')).toBe(true);
	});
});
