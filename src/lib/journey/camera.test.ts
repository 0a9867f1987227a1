import { panelExtentPx, rootFontPx } from '$lib/design/layout';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '$lib/story/types';
import {
	PANEL_BREAKPOINT,
	NAV_DOCK,
	SHEET_HEIGHT_FRACTION,
	constrainCamera,
	contains,
	easeInOut,
	fitBounds,
	lerpCamera,
	mercatorX,
	mercatorY,
	latFromMercatorY,
	lonFromMercatorX,
	panelPadding,
	panelViewport,
	project,
	smoothstep,
	worldSize,
	type Camera,
	type Viewport
} from './camera';

const ICN: LonLat = [126.451, 37.4691];
const HAM: LonLat = [9.99, 53.55];
const UIL: LonLat = [9.9866, 53.5676];
const HAMBURG_HALL: LonLat = [9.993, 53.5503];

/** The padding may slide (see constrainCamera) but the free area keeps its size and stays on the canvas. */
function expectSameFreeArea(cam: Camera, viewport: Viewport) {
	const [a, b] = [cam.padding, viewport.padding];
	expect(a.top + a.bottom).toBeCloseTo(b.top + b.bottom, 6);
	expect(a.left + a.right).toBeCloseTo(b.left + b.right, 6);
	for (const side of [a.top, a.bottom, a.left, a.right]) expect(side).toBeGreaterThanOrEqual(-1e-9);
}

const VIEWPORTS: Record<string, Viewport> = {
	phone: panelViewport(375, 667),
	desktop: panelViewport(1440, 900),
	'4K': panelViewport(3840, 2160)
};
const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

const allFinite = (c: Camera) =>
	[c.center[0], c.center[1], c.zoom, c.bearing, c.pitch, ...Object.values(c.padding)].every(Number.isFinite);

describe('Mercator', () => {
	it('matches MapLibre: world = 512 * 2^z px, y = 0.5 at the equator, round trips', () => {
		expect(worldSize(0)).toBe(512);
		expect(worldSize(3)).toBe(4096);
		expect(mercatorX(-180)).toBe(0);
		expect(mercatorX(0)).toBe(0.5);
		expect(mercatorY(0)).toBeCloseTo(0.5, 12);
		expect(mercatorY(85.051129)).toBeCloseTo(0, 6);
		for (const lat of [-60, -10, 0, 37.5, 53.55, 80]) expect(latFromMercatorY(mercatorY(lat))).toBeCloseTo(lat, 9);
	});
});

describe('panelPadding', () => {
	it.each([
		{ w: 375, h: 667, side: 'bottom' },
		{ w: PANEL_BREAKPOINT - 1, h: 700, side: 'bottom' },
		{ w: PANEL_BREAKPOINT, h: 700, side: 'left' },
		{ w: 1440, h: 900, side: 'left' },
		{ w: 3840, h: 2160, side: 'left' }
	])('$w x $h: panel on the $side, map area left over', ({ w, h, side }) => {
		const p = panelPadding(w, h);
		// The control bar sits at the bottom of wide screens and at the top of phones.
		const dockSide = side === 'left' ? 'bottom' : 'top';
		for (const [k, v] of Object.entries(p)) {
			if (k === side) continue;
			expect(v, k).toBeLessThan(k === dockSide ? 40 + NAV_DOCK : 40);
		}
		if (side === 'left') {
			// The text column as the CSS lays it out (min(30rem, 40vw) plus its margin, rem growing on big screens).
			expect(p.left).toBe(panelExtentPx(w) + 24);
			expect(p.left).toBeLessThanOrEqual(0.4 * w + 3 * rootFontPx(w) + 24);
		} else {
			expect(p.bottom).toBeGreaterThanOrEqual(SHEET_HEIGHT_FRACTION * h - 1);
			expect(p.bottom).toBeLessThan(SHEET_HEIGHT_FRACTION * h + 40);
		}
		// The map keeps a useful area on every screen we support.
		expect(w - p.left - p.right).toBeGreaterThan(300);
		expect(h - p.top - p.bottom).toBeGreaterThan(200);
	});

	it('never returns NaN or negatives', () => {
		for (const [w, h] of [[0, 0], [Number.NaN, -5], [Infinity, 100]] as const) {
			for (const v of Object.values(panelPadding(w, h))) {
				expect(Number.isFinite(v)).toBe(true);
				expect(v).toBeGreaterThanOrEqual(0);
			}
		}
	});
});

describe('fitBounds', () => {
	const cases: { name: string; points: LonLat[]; maxZoom: number; worldCopies?: boolean }[] = [
		{ name: 'Incheon and Hamburg', points: [ICN, HAM], maxZoom: 10 },
		{ name: 'two Hamburg venues', points: [UIL, HAMBURG_HALL], maxZoom: 18 },
		{ name: 'a tall box', points: [[10, 40], [10.5, 60]], maxZoom: 18 },
		{ name: 'across the antimeridian (world copies)', points: [[170, -40], [-170, -35]], maxZoom: 18, worldCopies: true }
	];

	for (const [vpName, vp] of Object.entries(VIEWPORTS)) {
		it.each(cases)(`${vpName}: $name fits, and is as large as it can be`, ({ points, maxZoom, worldCopies }) => {
			const viewport = { ...vp, worldCopies };
			const cam = fitBounds(points, viewport, { maxZoom });
			expect(allFinite(cam)).toBe(true);
			expectSameFreeArea(cam, viewport);
			for (const p of points) expect(contains(cam, viewport, p)).toBe(true);
			// Largest zoom: without a margin the box touches the padded area's edge, so 2% closer (> 1 px on
			// any of these screens) some point leaves it.
			const tight = fitBounds(points, viewport, { maxZoom, marginPx: 0 });
			expect(tight.zoom).toBeGreaterThan(cam.zoom);
			for (const p of points) expect(contains(tight, viewport, p)).toBe(true);
			const closer = { ...tight, zoom: tight.zoom + 0.02 };
			expect(points.every((p) => contains(closer, viewport, p))).toBe(false);
		});
	}

	it('centres the bounding box in Mercator space', () => {
		const cam = fitBounds([UIL, HAMBURG_HALL], VIEWPORTS.desktop!, { maxZoom: 18 });
		expect(cam.padding).toEqual(VIEWPORTS.desktop!.padding);
		expect(mercatorX(cam.center[0])).toBeCloseTo((mercatorX(UIL[0]) + mercatorX(HAMBURG_HALL[0])) / 2, 12);
		expect(mercatorY(cam.center[1])).toBeCloseTo((mercatorY(UIL[1]) + mercatorY(HAMBURG_HALL[1])) / 2, 12);
	});

	it.each(Object.keys(VIEWPORTS))(
		'%s: where MapLibre clamps the centre, the box centre is still drawn at the free area centre',
		(vpName) => {
			const viewport = VIEWPORTS[vpName]!;
			const cam = fitBounds([ICN, HAM], viewport, { maxZoom: 10 });
			const mid: LonLat = [
				lonFromMercatorX((mercatorX(ICN[0]) + mercatorX(HAM[0])) / 2),
				latFromMercatorY((mercatorY(ICN[1]) + mercatorY(HAM[1])) / 2)
			];
			const { padding: p, width, height } = viewport;
			const [x, y] = project(cam, viewport, mid);
			expect(x).toBeCloseTo(p.left + (width - p.left - p.right) / 2, 6);
			expect(y).toBeCloseTo(p.top + (height - p.top - p.bottom) / 2, 6);
		}
	);

	it('takes the short way across the antimeridian (with world copies)', () => {
		const cam = fitBounds([[170, -40], [-170, -35]], { ...VIEWPORTS.desktop!, worldCopies: true }, { maxZoom: 18 });
		expect(Math.abs(cam.center[0])).toBeGreaterThan(179);
		expect(cam.zoom).toBeGreaterThan(3);
	});

	it.each([
		{ name: 'single point', points: [HAM], viewport: VIEWPORTS.phone!, maxZoom: 12, zoom: 12 },
		{ name: 'maxZoom caps close points', points: [UIL, HAMBURG_HALL], viewport: VIEWPORTS.desktop!, maxZoom: 11, zoom: 11 },
		{ name: 'maxZoom above 22', points: [HAM], viewport: VIEWPORTS.desktop!, maxZoom: 40, zoom: 22 },
		{ name: 'maxZoom NaN', points: [HAM], viewport: VIEWPORTS.desktop!, maxZoom: Number.NaN, zoom: 22 },
		{ name: 'no points', points: [], viewport: VIEWPORTS.desktop!, maxZoom: 10, zoom: 0 }
	])('$name -> zoom $zoom', ({ points, viewport, maxZoom, zoom }) => {
		const cam = fitBounds(points, viewport, { maxZoom });
		expect(cam.zoom).toBe(zoom);
		expect(allFinite(cam)).toBe(true);
	});

	it.each([
		{ name: '0 x 0', viewport: { width: 0, height: 0, padding: NO_PADDING } },
		{ name: 'padding larger than the map', viewport: { width: 100, height: 80, padding: panelPadding(100, 80) } },
		{ name: 'NaN size', viewport: { width: Number.NaN, height: Number.NaN, padding: NO_PADDING } },
		{ name: 'negative size', viewport: { width: -10, height: -10, padding: NO_PADDING } }
	])('degenerate viewport ($name) gives finite numbers and zoom in [0, 22]', ({ viewport }) => {
		for (const points of [[ICN, HAM], [HAM], [UIL, HAMBURG_HALL]] as LonLat[][]) {
			const cam = fitBounds(points, viewport, { maxZoom: 14 });
			expect(allFinite(cam)).toBe(true);
			expect(cam.zoom).toBeGreaterThanOrEqual(0);
			expect(cam.zoom).toBeLessThanOrEqual(22);
		}
	});

	it('minZoom wins over fitting', () => {
		expect(fitBounds([ICN, HAM], VIEWPORTS.phone!, { maxZoom: 10, minZoom: 5 }).zoom).toBe(5);
	});
});

describe('project / contains', () => {
	const viewport: Viewport = { width: 800, height: 600, padding: { top: 0, right: 0, bottom: 300, left: 400 } };
	const cam: Camera = { center: HAM, zoom: 6, bearing: 0, pitch: 0, padding: viewport.padding };

	it('puts the centre at the centre of the padded area (MapLibre jumpTo semantics)', () => {
		const [x, y] = project(cam, viewport, HAM);
		expect(x).toBeCloseTo(600, 9);
		expect(y).toBeCloseTo(150, 9);
	});

	it('has a 1 px tolerance at the edge', () => {
		const pxPerLon = worldSize(6) / 360;
		const edge: LonLat = [HAM[0] + 200.5 / pxPerLon, HAM[1]];
		const beyond: LonLat = [HAM[0] + 201.5 / pxPerLon, HAM[1]];
		expect(contains(cam, viewport, edge)).toBe(true);
		expect(contains(cam, viewport, beyond)).toBe(false);
		expect(contains(cam, viewport, ICN)).toBe(false);
	});

	it('sees other world copies only when the map renders them', () => {
		const shifted: LonLat = [HAM[0] + 360, HAM[1]];
		expect(contains(cam, viewport, shifted)).toBe(false);
		expect(contains(cam, { ...viewport, worldCopies: true }, shifted)).toBe(true);
	});
});

describe('constrainCamera (MapLibre 4 keeps the world filling the canvas)', () => {
	const vp = VIEWPORTS.desktop!; // padded area 920 x 868
	const base: Camera = { center: HAM, zoom: 6, bearing: 0, pitch: 0, padding: vp.padding };

	it('leaves an ordinary camera exactly as it is', () => {
		expect(constrainCamera(base, vp)).toEqual(base);
	});

	it.each([
		{ name: 'too far north', camera: { ...base, center: [10, 84] as LonLat, zoom: 3 } },
		{ name: 'too far south', camera: { ...base, center: [10, -84] as LonLat, zoom: 3 } },
		{ name: 'past the antimeridian (no world copies)', camera: { ...base, center: [179, 0] as LonLat, zoom: 3 } },
		{ name: 'zoomed out past the world', camera: { ...base, center: [100, 70] as LonLat, zoom: 0 } }
	])('$name: the canvas around the centre stays inside the world', ({ camera }) => {
		const c = constrainCamera(camera, vp);
		expect(allFinite(c)).toBe(true);
		expectSameFreeArea(c, vp);
		// The canvas's corners, centred on the (unpadded) centre as MapLibre 4 clamps, map inside the world square.
		const ws = worldSize(c.zoom);
		const [cx, cy] = [mercatorX(c.center[0]) * ws, mercatorY(c.center[1]) * ws];
		const [hw, hh] = [vp.width / 2, vp.height / 2];
		expect(cx - hw).toBeGreaterThanOrEqual(-1e-6);
		expect(cx + hw).toBeLessThanOrEqual(ws + 1e-6);
		expect(cy - hh).toBeGreaterThanOrEqual(-1e-6);
		expect(cy + hh).toBeLessThanOrEqual(ws + 1e-6);
		expect(constrainCamera(c, vp)).toEqual(c); // idempotent
	});

	it.each([
		{ name: 'zoomed out past the world', center: [70, 23] as LonLat, zoom: 1.2 },
		{ name: 'a world just wider than the canvas, off-centre', center: [70, 23] as LonLat, zoom: 1.6 },
		{ name: 'near the antimeridian', center: [175, 0] as LonLat, zoom: 2.5 }
	])('without world copies, $name: the world as drawn (around the padded anchor) reaches both canvas edges', ({ center, zoom }) => {
		// The title view at 1920 px once ended at 180° 105 px short of the right edge (constrainCamera's doc).
		const camera = { ...base, center, zoom };
		const c = constrainCamera(camera, vp);
		const ws = worldSize(c.zoom);
		const anchor = (c.padding.left + vp.width - c.padding.right) / 2;
		const left = anchor - mercatorX(c.center[0]) * ws;
		expect(left).toBeLessThanOrEqual(1e-6);
		expect(left + ws).toBeGreaterThanOrEqual(vp.width - 1e-6);
		expectSameFreeArea(c, vp);
		expect(constrainCamera(c, vp)).toEqual(c);
	});

	it('with world copies, longitude is free', () => {
		const camera = { ...base, center: [179, 0] as LonLat, zoom: 3 };
		expect(constrainCamera(camera, { ...vp, worldCopies: true })).toEqual(camera);
	});
});

describe('lerpCamera and easing', () => {
	const a: Camera = { center: [0, 0], zoom: 2, bearing: 350, pitch: 0, padding: NO_PADDING };
	const b: Camera = { center: [20, 40], zoom: 2, bearing: 10, pitch: 30, padding: { top: 10, right: 0, bottom: 0, left: 0 } };

	it('hits both ends exactly', () => {
		expect(lerpCamera(a, b, 0)).toEqual(a);
		expect(lerpCamera(a, b, 1)).toEqual(b);
		expect(lerpCamera(a, b, -3)).toEqual(a);
		expect(lerpCamera(a, b, Number.NaN)).toEqual(a);
	});

	it('at equal zooms moves the centre linearly in Mercator space; bearing turns the short way', () => {
		const m = lerpCamera(a, b, 0.5);
		expect(mercatorX(m.center[0])).toBeCloseTo((mercatorX(0) + mercatorX(20)) / 2, 12);
		expect(mercatorY(m.center[1])).toBeCloseTo((mercatorY(0) + mercatorY(40)) / 2, 12);
		expect(((m.bearing % 360) + 360) % 360).toBeCloseTo(0, 9);
		expect(m.pitch).toBe(15);
		expect(m.padding.top).toBe(5);
	});

	it('crosses the antimeridian the short way', () => {
		const m = lerpCamera({ ...a, center: [170, 0] }, { ...a, center: [-170, 0] }, 0.5);
		expect(Math.abs(m.center[0])).toBeCloseTo(180, 9);
	});

	it('moves the centre at a constant screen speed while zooming (no sweep at the close end)', () => {
		const near: Camera = { center: [9.99, 53.55], zoom: 12, bearing: 0, pitch: 0, padding: NO_PADDING };
		const far: Camera = { center: [7.1, 50.73], zoom: 6, bearing: 0, pitch: 0, padding: NO_PADDING };
		const vp: Viewport = { width: 1000, height: 800, padding: NO_PADDING };
		const steps: number[] = [];
		const N = 200;
		for (let i = 1; i <= N; i++) {
			const prev = lerpCamera(near, far, (i - 1) / N);
			const cur = lerpCamera(near, far, i / N);
			const [x, y] = project(prev, vp, cur.center);
			steps.push(Math.hypot(x - 500, y - 400));
		}
		// Constant on screen (measured at the earlier frame's zoom, so within a factor 2^(6/200) of each other).
		expect(Math.max(...steps) / Math.min(...steps)).toBeLessThan(1.1);
		expect(lerpCamera(near, far, 0.5).zoom).toBe(9);
	});

	it.each([
		{ x: -1, s: 0 },
		{ x: 0, s: 0 },
		{ x: 0.5, s: 0.5 },
		{ x: 1, s: 1 },
		{ x: 2, s: 1 }
	])('smoothstep(0, 1, $x) = $s and easeInOut keeps ends', ({ x, s }) => {
		expect(smoothstep(0, 1, x)).toBeCloseTo(s, 12);
		expect(easeInOut(x)).toBeCloseTo(s, 12);
	});

	it('smoothstep with equal edges is a step; easeInOut starts at half speed', () => {
		expect(smoothstep(1, 1, 0.5)).toBe(0);
		expect(smoothstep(1, 1, 1)).toBe(1);
		expect(easeInOut(1e-6, 0.5) / 1e-6).toBeCloseTo(0.5, 4);
		expect(easeInOut(0.3, 0)).toBeCloseTo(0.3, 12);
	});
});
