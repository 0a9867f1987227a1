// The story's camera invariants over the WebGL map (issues 10 #4, #7 and 12 #2): the same size gives the same camera
// whatever came before; reduced motion shows the flight's whole arc at any scroll position; a lost WebGL context
// that never returns ends on the drawn map; print shows the drawn map, not the canvas. (Layout over the drawn map,
// without WebGL: layout.e2e.ts.)
import type { Page } from '@playwright/test';
import { test, expect, mapEl, waitForReady } from './fixtures';

const camera = async (page: Page) => ({
	center: await mapEl(page).getAttribute('data-center'),
	zoom: await mapEl(page).getAttribute('data-zoom')
});
/** Two animation frames: the Scroller reports on a frame, the map draws on the next. */
const frames = (page: Page) =>
	page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

test('the same viewport gives the same camera after any resize sequence', async ({ page, browser }) => {
	test.slow(); // two maps to ready
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto('/');
	await waitForReady(page);
	await expect(mapEl(page)).not.toHaveAttribute('data-zoom', '');
	const fresh = await camera(page);

	const other = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
	await other.goto('/');
	await waitForReady(other);
	await expect(mapEl(other)).not.toHaveAttribute('data-zoom', '');
	await other.setViewportSize({ width: 1000, height: 700 });
	await expect
		.poll(() => camera(other), { message: 'after 1000x1400 -> 1000x700 the camera equals a fresh 1000x700 one' })
		.toEqual(fresh);
	await other.close();
});

test('reduced motion: scrolling through the flight keeps the whole-arc end view, no follow camera', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/?chapter=flight');
	await waitForReady(page);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
	await expect(mapEl(page)).not.toHaveAttribute('data-zoom', '');
	const end = { ...(await camera(page)), plane: await mapEl(page).getAttribute('data-plane') };
	const flight = page.locator('#flight');
	for (const fraction of [0.05, 0.2, 0.4, 0.6]) {
		await flight.evaluate((el, f) => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo(0, top + f * (el as HTMLElement).offsetHeight - window.innerHeight / 2);
		}, fraction);
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
		await frames(page);
		expect({ ...(await camera(page)), plane: await mapEl(page).getAttribute('data-plane') }, `at ${fraction} of the flight`).toEqual(end);
	}
});

test('a lost WebGL context that never returns ends on the drawn map: "fallback", a quiet note, the camera filled', async ({ page }) => {
	test.slow(); // the map waits 20 s for the context to come back
	await page.goto('/?chapter=bonn');
	await waitForReady(page);
	const lost = await page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement | null;
		const gl = canvas?.getContext('webgl2');
		const ext = gl?.getExtension('WEBGL_lose_context');
		ext?.loseContext();
		return Boolean(ext);
	});
	expect(lost, 'WEBGL_lose_context is available').toBe(true);
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
	// The controller waits 20 s for the context to come back, then the drawn map takes over for good.
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback', { timeout: 45_000 });
	await expect(page.getByRole('status').filter({ hasText: 'drawn map' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('svg.drawn-map')).toBeVisible();
	await expect(page.locator('svg.drawn-map')).toHaveAttribute('data-drawn-chapter', 'bonn');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^7\.\d+,50\.\d+$/);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('svg.drawn-map')).toHaveAttribute('data-drawn-chapter', 'evry');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^2\.\d+,48\.\d+$/);
});

test('print shows the drawn map and hides the canvas and the controls', async ({ page }) => {
	await page.goto('/?chapter=bonn');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
	await expect(page.locator('svg.drawn-map')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('svg.drawn-map')).toBeVisible();
	// Emulating print media re-lays out the live page (the scroller may then pick a neighbouring chapter); the
	// drawn map shows whichever chapter the story is on.
	const current = await page.locator('.story').getAttribute('data-chapter');
	await expect(page.locator('svg.drawn-map')).toHaveAttribute('data-drawn-chapter', current!);
	await expect(page.locator('.canvas-host')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Next chapter' })).toBeHidden();
});
