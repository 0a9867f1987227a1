// The foundation, in a real browser against the built site: the map really renders our offline basemap,
// its worker runs, nothing leaves the origin, the world view has no antimeridian stripes, bad input falls back.
import { PNG } from 'pngjs';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Page } from '@playwright/test';
import { test, expect, mapEl, waitForReady } from './fixtures';
import { color } from '../src/lib/design/tokens';
import { TILE_EXTENT } from '../src/lib/map/tiles';

test('the map reaches ready and renders basemap, outlines and places', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	const map = mapEl(page);
	// Counts come from queryRenderedFeatures on the real map after it settled, when the page is idle (controller.ts
	// onCounted: they may follow ready by a moment). Tiles are decoded in MapLibre's worker (a blob: worker under the
	// page's CSP), so a rendered basemap also proves the worker ran.
	await expect.poll(async () => Number(await map.getAttribute('data-rendered-basemap'))).toBeGreaterThan(0);
	await expect.poll(async () => Number(await map.getAttribute('data-rendered-outlines'))).toBeGreaterThan(0);
	// The seven delegation cities are labelled on the map, with Hangul beside Latin.
	// MapLibre puts its marker class on our label element itself.
	const labels = page.locator('.maplibregl-marker.place-delegation-city:not([hidden])');
	await expect(labels).toHaveCount(7);
	await expect(page.locator('.maplibregl-marker[data-place="suwon"]')).toContainText('수원');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
});

for (const [width, height] of [
	[1440, 900],
	[1920, 1080]
] as const) {
	test(`the opening world view at ${width} px loads each basemap tile once`, async ({ page }) => {
		// With world copies, a canvas wider than the world loaded, parsed and uploaded every tile once per copy
		// in view: at 1440 px each of the seven opening tiles was fetched twice (camera.ts WORLD_COPIES).
		// MapLibre's worker fetches the tiles; Playwright reports a worker's requests as the page's.
		const fetched = new Map<string, number>();
		page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.includes('/geo/tiles/')) fetched.set(path, (fetched.get(path) ?? 0) + 1);
		});
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await waitForReady(page);
		expect(Number(await mapEl(page).getAttribute('data-zoom'))).toBeLessThan(2.5);
		expect(fetched.size, 'the world view loaded basemap tiles').toBeGreaterThanOrEqual(4);
		expect([...fetched].filter(([, n]) => n > 1), 'tiles fetched more than once').toEqual([]);
	});
}

/**
 * Opens the story's world view and returns, for the rows between the top of the world and the start of
 * Antarctica, the largest share of a row painted in land colour. A stripe (a polygon drawn the long way round
 * across the antimeridian) paints a whole row; real land never covers a row edge to edge outside Antarctica.
 */
async function worstLandRow(page: Page): Promise<number> {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await waitForReady(page);
	await expect.poll(async () => Number(await mapEl(page).getAttribute('data-zoom')), { timeout: 20_000 }).toBeLessThan(2);
	// Hide our HTML overlays (cards, labels, controls) so only the map's canvas is sampled.
	await page.addStyleTag({
		content: '.steps, .nav-dock, .maplibregl-marker, .attribution { visibility: hidden !important; }'
	});
	const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
	const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
	const land = [hex(color.land), hex(color.landDetail)];
	const isLand = (x: number, y: number) => {
		const i = (y * png.width + x) * 4;
		return land.some(
			([r, g, b]) => Math.abs(png.data[i]! - r!) + Math.abs(png.data[i + 1]! - g!) + Math.abs(png.data[i + 2]! - b!) < 24
		);
	};
	const fractions: number[] = [];
	const landRows: number[] = [];
	for (let y = 0; y < png.height; y++) {
		let n = 0;
		for (let x = 0; x < png.width; x++) if (isLand(x, y)) n++;
		fractions.push(n / png.width);
		// A row counts as land when at least 1% of it is (stray anti-aliased pixels of small outlines don't).
		if (n > png.width / 100) landRows.push(y);
	}
	expect(landRows.length, 'the world view shows land').toBeGreaterThan(20);
	const top = landRows[0]!;
	const bottom = landRows.at(-1)!;
	// Antarctica legitimately spans the full width at the bottom of the world: leave its rows out.
	return Math.max(...fractions.slice(top, top + Math.floor((bottom - top) * 0.75)));
}

test('the world view has no stripes across it (antimeridian)', async ({ page }) => {
	expect(await worstLandRow(page), 'no row above Antarctica is land from edge to edge').toBeLessThan(0.85);
});

test('the stripe check catches a polygon drawn the long way round', async ({ page }) => {
	// Proves the test above can fail: every world tile is answered with a land band from its left edge to its
	// right, what an island across 180° with naive longitudes (179 -> -179) paints: a band around the world.
	await page.route('**/geo/tiles/world/**', (route) => {
		const ring: [number, number][] = [[0, 3000], [TILE_EXTENT, 3000], [TILE_EXTENT, 3400], [0, 3400], [0, 3000]];
		const tile = { features: [{ type: 3 as const, geometry: [ring], tags: {} }] };
		const body = Buffer.from(fromGeojsonVt({ land: tile as never }, { version: 2, extent: TILE_EXTENT }));
		return route.fulfill({ body, contentType: 'application/x-protobuf' });
	});
	expect(await worstLandRow(page)).toBeGreaterThan(0.95);
});

// MapLibre treats a 404 tile as an empty tile (that is how sparse tile sets work), so the failure a reader must be
// told about is a tile the server fails to send.
test('a basemap tile that fails to load leaves the story readable and says so', async ({ page, watch }) => {
	watch.expectErrors(/Failed to load resource.*500/);
	await page.route('**/geo/tiles/korea/**', (route) => route.fulfill({ status: 500, body: 'server error' }));
	await page.goto('/');
	await waitForReady(page);
	await expect(page.getByRole('alert')).toContainText('tiles/korea/');
	await expect(page.locator('#hamburg h2')).toBeVisible();
	await expect.poll(async () => Number(await mapEl(page).getAttribute('data-rendered-basemap'))).toBeGreaterThan(0);
});

test('a broken basemap tile (not a vector tile) is reported the same way', async ({ page }) => {
	await page.route('**/geo/tiles/europe/**', (route) => route.fulfill({ status: 200, body: 'not a tile' }));
	await page.goto('/?chapter=hamburg');
	await waitForReady(page);
	await expect(page.getByRole('alert')).toContainText('tiles/europe/');
});
// Screenshots for people: npm run shots (scripts/shots.ts), not part of the suite.
