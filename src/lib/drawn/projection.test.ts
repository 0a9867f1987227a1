import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fitBounds, mercatorX, project, panelPadding, worldSize, type Viewport } from '$lib/journey/camera';
import { storyTimeline } from '$lib/journey/journey';
import { CHAPTER_IDS, type LonLat } from '$lib/story/types';
import { cameraProjection, linesPath, worldCopies, worldTransform } from './projection';
import { buildDrawnBasemap, pathData, ringArea, simplifyLine, WORLD, worldProjection } from './drawn-basemap';

const viewports: [string, Viewport][] = [
	['desktop story', { width: 1440, height: 900, padding: panelPadding(1440, 900), worldCopies: true }],
	['phone story', { width: 375, height: 667, padding: panelPadding(375, 667), worldCopies: true }],
	['300 px embed', { width: 300, height: 200, padding: { top: 12, right: 12, bottom: 12, left: 12 }, worldCopies: true }]
];
const places: LonLat[] = [
	[126.45, 37.46], // Incheon
	[9.99, 53.55], // Hamburg
	[7.1, 50.73], // Bonn
	[2.35, 48.86] // Paris
];

/** Applies an SVG matrix(a 0 0 d e f) to a point. */
function applyMatrix(transform: string, [x, y]: [number, number]): [number, number] {
	const [a, , , d, e, f] = transform.match(/-?[\d.e+-]+/g)!.map(Number);
	return [a! * x + e!, d! * y + f!];
}

describe('the drawn map uses the map camera', () => {
	for (const [name, viewport] of viewports) {
		for (const [i, id] of CHAPTER_IDS.entries()) {
			it(`${name}, ${id}: d3 projection and basemap transform agree with camera.project`, () => {
				const { camera } = storyTimeline.storyAtChapter(i, 1, viewport);
				const projection = cameraProjection(camera, viewport);
				for (const p of places) {
					const expected = project(camera, viewport, p);
					const got = projection(p)!;
					expect(got[0]).toBeCloseTo(expected[0], 3);
					expect(got[1]).toBeCloseTo(expected[1], 3);
					// The prebuilt basemap: world units from the fixed projection, placed by the SVG transform.
					const world = worldProjection()(p)!;
					const [x, y] = applyMatrix(worldTransform(camera, viewport), world as [number, number]);
					const dx = x - expected[0];
					// Off by whole worlds at most (world copies); the same point otherwise.
					const worldPx = (WORLD * Number(worldTransform(camera, viewport).match(/[\d.e+-]+/)![0]));
					expect(Math.abs(dx - Math.round(dx / worldPx) * worldPx)).toBeLessThan(0.05);
					expect(y).toBeCloseTo(expected[1], 1);
				}
			});
		}
	}

	it('fits a chapter: its stops land inside the padded area', () => {
		const viewport = viewports[2]![1];
		const camera = fitBounds(places.slice(1), viewport, { maxZoom: 12 });
		const projection = cameraProjection(camera, viewport);
		for (const p of places.slice(1)) {
			const [x, y] = projection(p)!;
			expect(x).toBeGreaterThanOrEqual(12);
			expect(x).toBeLessThanOrEqual(288);
			expect(y).toBeGreaterThanOrEqual(12);
			expect(y).toBeLessThanOrEqual(188);
		}
	});

	it('draws only the world copies that reach into the view', () => {
		const [, desktop] = viewports[0]!;
		const title = storyTimeline.storyAtChapter(0, 0, desktop).camera;
		const copies = worldCopies(title, desktop);
		expect(copies).toEqual([-1, 0, 1]); // at 1440 px the title's world (1,226 px) is narrower than the screen
		// Every copy drawn overlaps the screen, and the screen is covered: no gap at either edge.
		const ws = worldSize(title.zoom);
		const p = title.padding;
		const left = (p.left + desktop.width - p.right) / 2 - mercatorX(title.center[0]) * ws;
		for (const c of copies) {
			expect(left + c * ws).toBeLessThan(desktop.width);
			expect(left + (c + 1) * ws).toBeGreaterThan(0);
		}
		expect(left + Math.min(...copies) * ws).toBeLessThanOrEqual(0);
		expect(left + (Math.max(...copies) + 1) * ws).toBeGreaterThanOrEqual(desktop.width);
		expect(worldCopies(storyTimeline.storyAtChapter(3, 1, desktop).camera, desktop)).toEqual([0]);
		// At 4K the title's world (4,096 px) is wider than the screen but off-centre: it leaves a strip on the right
		// that only the next copy fills (the old rule, "one copy when the world is wider", left it blank ocean).
		const k4: Viewport = { width: 3840, height: 2160, padding: panelPadding(3840, 2160), worldCopies: true };
		expect(worldCopies(storyTimeline.storyAtChapter(0, 0, k4).camera, k4)).toEqual([0, 1]);
		// A view straddling the antimeridian, zoomed in: the centre copy and the one across the line.
		const pacific = { center: [179.5, 0] as [number, number], zoom: 6, bearing: 0, pitch: 0, padding: NO_PAD };
		expect(worldCopies(pacific, { width: 1440, height: 900, padding: NO_PAD, worldCopies: true })).toEqual([0, 1]);
	});

	it('draws the route as one path and nothing for no lines', () => {
		const [, viewport] = viewports[0]!;
		const frame = storyTimeline.storyAtChapter(5, 1, viewport);
		expect(linesPath(cameraProjection(frame.camera, viewport), frame.route)).toMatch(/^M[-\d.]+,[-\d.]+L/);
		expect(linesPath(cameraProjection(frame.camera, viewport), [])).toBe('');
	});
});

const NO_PAD = { top: 0, right: 0, bottom: 0, left: 0 };

describe('the drawn basemap', () => {
	it.each([
		[[[0, 0], [1, 0.1], [2, 0], [3, 5], [4, 0]] as [number, number][], 1, [[0, 0], [2, 0], [3, 5], [4, 0]]],
		[[[0, 0], [10, 0]] as [number, number][], 1, [[0, 0], [10, 0]]]
	])('simplifies lines (Douglas-Peucker) %#', (line, tolerance, expected) => {
		expect(simplifyLine(line, tolerance)).toEqual(expected);
	});

	it('writes compact relative path data', () => {
		expect(pathData([[[0, 0], [10, 0], [10, 10], [10.2, 10.1], [0, 10]]], true)).toBe('M0 0l10 0 0 10-10 0z');
		expect(pathData([[[5, 5]]], false)).toBe('');
		expect(ringArea([[0, 0], [4, 0], [4, 3], [0, 3]])).toBe(12);
	});

	it('stays small: under 48 KB of path data for the whole basemap', () => {
		const read = (n: string) => JSON.parse(readFileSync(`static/geo/${n}.topo.json`, 'utf8'));
		const basemap = buildDrawnBasemap({ world: read('world'), korea: read('korea'), europe: read('europe') });
		const paths = [basemap.land.d, basemap.koreaLand.d, basemap.borders.d, ...basemap.cities.paths.map((p) => p.d)];
		const bytes = paths.reduce((n, d) => n + d.length, 0);
		expect(bytes).toBeGreaterThan(10_000);
		expect(bytes).toBeLessThan(48_000);
		for (const d of paths) expect(d).toMatch(/^M\d+ \d+l/);
		expect(basemap.cities.paths.map((p) => p.id)).toEqual(expect.arrayContaining(['suwon', 'hamburg', 'bonn', 'evry', 'paris']));
	});
});
