// While MapLibre loads, the drawn map's basemap is painted into a canvas under the SVG's route and stops
// (lib/drawn/paint-basemap.ts: the SVG outlines cost the GPU process too much on the first frames), by a worker
// (paint-worker.ts: off the main thread). The canvas must show what the SVG basemap shows: both are screenshotted
// on the same page and compared pixel by pixel.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, mapEl, waitForReady } from './fixtures';

/** Share of pixels that differ by more than `tolerance` in any channel (land and water differ by about 30). */
function differing(a: PNG, b: PNG, tolerance = 12): number {
	let n = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > tolerance)) n++;
	}
	return n / (a.width * a.height);
}

/** The drawn map as painted now, with the basemap drawn by `how`: the canvas, the SVG, or neither. */
async function shot(page: Page, how: 'canvas' | 'svg' | 'none'): Promise<PNG> {
	await page.evaluate((how) => {
		const svg = document.querySelector('svg.drawn-map') as SVGSVGElement;
		const canvas = document.querySelector('canvas.basemap-canvas') as HTMLCanvasElement;
		svg.dataset.basemap = how === 'svg' ? 'svg' : 'canvas';
		canvas.style.visibility = how === 'canvas' ? '' : 'hidden';
	}, how);
	return PNG.sync.read(await page.locator('.story-map .drawn').screenshot({ animations: 'disabled' }));
}

const CASES = [
	{ path: '/', width: 1440, height: 900 },
	{ path: '/?chapter=korea', width: 375, height: 667 },
	{ path: '/?chapter=evry', width: 1440, height: 900 }
];

for (const { path, width, height } of CASES) {
	test(`${path} at ${width} px: while MapLibre loads, the canvas paints the basemap the SVG would`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		// MapLibre's stylesheet never arrives, so the map stays loading and the drawn map stays the picture.
		await page.route('**/maplibre-gl.*.css', () => {});
		await page.goto(path);
		await page.waitForFunction(() => performance.getEntriesByName('lcj:basemap-paint').length > 0);
		await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
		// Painted in a worker (lib/drawn/paint-worker.ts): a canvas handed over has no context on the main thread.
		const handedOver = await page.locator('canvas.basemap-canvas').evaluate((canvas: HTMLCanvasElement) => {
			try {
				canvas.getContext('2d');
				return false;
			} catch {
				return true;
			}
		});
		expect(handedOver, 'the canvas was handed to the painting worker').toBe(true);
		// The SVG's own basemap is in the page (print, no scripts) but not painted.
		expect(await page.locator('svg.drawn-map > use').first().evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');

		const canvas = await shot(page, 'canvas');
		const svg = await shot(page, 'svg');
		const none = await shot(page, 'none');
		// The comparison can tell: the basemap is a large share of the picture (land, coasts, the city outlines).
		expect(differing(svg, none), 'the SVG basemap against none').toBeGreaterThan(0.05);
		// Only edges may differ (two rasterisers' anti-aliasing).
		expect(differing(canvas, svg), 'the canvas against the SVG basemap').toBeLessThan(0.01);
	});
}

test('without its painting worker (the file missing), the drawn map shows the SVG basemap instead', async ({ page }) => {
	await page.route('**/maplibre-gl.*.css', () => {});
	await page.route('**/workers/paint-worker-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
	await expect(page.locator('svg.drawn-map')).toHaveAttribute('data-basemap', 'svg');
	expect(await page.locator('svg.drawn-map > use').first().evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
});

test('once the map is ready the canvas stays, hidden, with its worker; a lost WebGL context has it painted again', async ({ page }) => {
	// Stopping the painting worker at ready blocked the main thread for 150-290 ms (BasemapPainter.release).
	await page.goto('/?chapter=bonn');
	await waitForReady(page);
	const canvas = page.locator('canvas.basemap-canvas');
	await expect(canvas).toHaveCount(1);
	await expect(canvas).toBeHidden();
	const paints = () => page.evaluate(() => performance.getEntriesByName('lcj:basemap-paint').length);
	const before = await paints();
	expect(before, 'painted once while MapLibre loaded').toBeGreaterThan(0);
	await page.evaluate(() => {
		const gl = (document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement).getContext('webgl2');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
	});
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
	await expect(canvas).toBeVisible();
	// The same canvas, still the worker's (no context here), painted again at the new chapter's camera.
	await page.waitForFunction((n) => performance.getEntriesByName('lcj:basemap-paint').length > n, before);
	expect(await canvas.evaluate((el: HTMLCanvasElement) => {
		try {
			el.getContext('2d');
			return false;
		} catch {
			return true;
		}
	})).toBe(true);
});
