// The story's layout and camera invariants (issues 10 #2, #4 and 12 #2, #7): the same size gives the same camera
// whatever came before; reduced motion shows the flight's whole arc at any scroll position; the controls never
// cover the title block; the story scales at 4K; a lost WebGL context that never returns ends on the drawn map.
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

for (const [width, height] of [
	[375, 667],
	[1440, 900],
	[3840, 2160]
] as const) {
	test(`${width}x${height}: the controls and the credit line never cover the title block`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
		const covered = await page.evaluate(() => {
			const texts = [...document.querySelectorAll('.intro > *')];
			const nav = document.querySelector('.nav-dock')!.getBoundingClientRect();
			const credit = document.querySelector('.attribution')!;
			const problems: string[] = [];
			for (const el of texts) {
				const r = el.getBoundingClientRect();
				if (r.bottom < 0 || r.top > innerHeight) continue;
				// The topmost element at the text's corners and centre is the text itself (or its block).
				for (const [x, y] of [
					[r.left + 2, r.top + 2],
					[r.right - 2, r.top + 2],
					[(r.left + r.right) / 2, (r.top + r.bottom) / 2]
				]) {
					const top = document.elementFromPoint(x!, y!);
					if (top && !top.closest('.intro')) problems.push(`${el.className || el.tagName} under ${top.className || top.tagName}`);
				}
				const n = r;
				if (Math.min(n.right, nav.right) - Math.max(n.left, nav.left) > 1 && Math.min(n.bottom, nav.bottom) - Math.max(n.top, nav.top) > 1)
					problems.push(`${el.tagName} overlaps the control bar`);
			}
			// The credit line may sit under the title block, but must not show through it.
			const introBg = getComputedStyle(document.querySelector('.intro')!).backgroundColor;
			const creditRect = credit.getBoundingClientRect();
			const introRect = document.querySelector('.intro')!.getBoundingClientRect();
			const under = Math.min(creditRect.right, introRect.right) > Math.max(creditRect.left, introRect.left) &&
				Math.min(creditRect.bottom, introRect.bottom) > Math.max(creditRect.top, introRect.top);
			if (under && /rgba\(.*,\s*0?\.\d+\)$/.test(introBg)) problems.push(`the credit line shows through the title (${introBg})`);
			return problems;
		});
		expect(covered).toEqual([]);
	});
}

test('3840 px: the text column and the control rail are in proportion, not a strip and a 3000 px bar', async ({ page }) => {
	await page.setViewportSize({ width: 3840, height: 2160 });
	await page.goto('/?chapter=hamburg');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	const sizes = await page.evaluate(() => ({
		card: document.querySelector('#hamburg .card')!.getBoundingClientRect().width,
		rail: document.querySelector('.nav-dock')!.getBoundingClientRect().width,
		body: parseFloat(getComputedStyle(document.querySelector('#hamburg .card > p:not(.kicker)')!).fontSize)
	}));
	expect(sizes.card / 3840, 'text column share of the width').toBeGreaterThan(0.24);
	expect(sizes.card / 3840).toBeLessThan(0.4);
	expect(sizes.rail, 'control rail width').toBeLessThanOrEqual(2100);
	expect(sizes.body, 'body text px at 4K').toBeGreaterThanOrEqual(30);
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
