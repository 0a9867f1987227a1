// The story's camera invariants over the WebGL map (issues 10 #4, #7 and 12 #2): the same size gives the same camera
// whatever came before; reduced motion shows the flight's whole arc at any scroll position; a lost WebGL context
// that never returns ends on the drawn map; print gives each chapter its own drawn map, not the canvas. (Layout
// over the drawn map, without WebGL: layout.e2e.ts.)
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

test('print gives each chapter its own drawn map beside its text, and hides the canvas and the controls', async ({ page }) => {
	await page.goto('/?chapter=bonn');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
	await expect(page.locator('svg.drawn-map')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	// One map per chapter card, each drawn at that chapter's end state, in the story's order.
	const maps = page.locator('article.card .print-map svg.drawn-map');
	await expect(maps).toHaveCount(6);
	const chapters = await maps.evaluateAll((els) => els.map((el) => el.getAttribute('data-drawn-chapter')));
	expect(chapters).toEqual(['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']);
	for (let i = 0; i < 6; i++) await expect(maps.nth(i)).toBeVisible();
	// Something is drawn in each (the route or the stops), not an empty frame.
	const drawn = await maps.evaluateAll((els) => els.map((el) => el.querySelectorAll('path, circle').length));
	for (const n of drawn) expect(n).toBeGreaterThan(3);
	// Their names went through the placement step: no two overlap (Paris's venues did, Bonn's touched).
	const clashes = await maps.evaluateAll((els) =>
		els.flatMap((el) => {
			const boxes = [...el.querySelectorAll('text')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect() }));
			return boxes.flatMap((a, i) =>
				boxes
					.slice(i + 1)
					.filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
					.map((b) => `${el.getAttribute('data-drawn-chapter')}: ${a.name} x ${b.name}`)
			);
		})
	);
	expect(clashes, 'print-map names that overlap').toEqual([]);
	await expect(page.locator('.stage')).toBeHidden();
	await expect(page.locator('.canvas-host')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Next chapter' })).toBeHidden();
	// Back on screen the paper maps are gone from view.
	await page.emulateMedia({ media: 'screen' });
	await expect(maps.first()).toBeHidden();
});
