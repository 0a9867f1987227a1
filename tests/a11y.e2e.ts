// axe (WCAG 2.2 A/AA) on the story over the WebGL map, on a phone and a desktop, and the keyboard's path through it.
// The other pages, in every language, are checked in i18n.e2e.ts; the kiosk in kiosk.e2e.ts.
import { test, expect, waitForReady, axeSerious, animationsSettled, drawCharts } from './fixtures';

/** The story's states axe checks, over the WebGL map: every chapter (each frames its own places and targets). */
const CHAPTERS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;

/**
 * What a chapter change redraws: the map with its labels, scale bar, key and readout; the controls; the chapter's
 * own card. The rest of the page (every other card, the charts, the footer) is the same DOM in the same colours
 * and was checked whole at the first chapter.
 */
const CHANGES_WITH_THE_CHAPTER = (id: string) => ['.stage', '.nav-dock', '.map-key', `#${id}`];

for (const size of [
	{ width: 375, height: 667 },
	{ width: 1440, height: 900 }
]) {
	// One page per size, moved chapter by chapter (a page load per chapter would start the map four times); each
	// chapter's result is reported on its own.
	test(`axe ${size.width}px: the story at ${CHAPTERS.join(', ')}`, async ({ page }) => {
		test.slow();
		await page.setViewportSize(size);
		// Reduced motion: each chapter lands on its end state at once, so axe sees the settled map, never targets
		// and labels caught mid-flight (the placement is redone when the camera settles).
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await waitForReady(page);
		// The charts are drawn as the reader nears them; axe checks the page with them.
		await drawCharts(page);
		for (const id of CHAPTERS) {
			if (id !== 'korea') {
				await page.evaluate((chapter) => document.getElementById(chapter)?.scrollIntoView({ block: 'center' }), id);
				await expect(page.locator('.story')).toHaveAttribute('data-chapter', id);
				await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-labels', 'placed');
			}
			await animationsSettled(page, id);
			const include = id === 'korea' ? undefined : await present(page, CHANGES_WITH_THE_CHAPTER(id));
			expect.soft(await axeSerious(page, { include }), `axe at ${size.width}px, chapter ${id}`).toEqual([]);
		}
	});
}

/** The selectors that match something on the page (axe refuses an include that matches nothing). */
async function present(page: import('@playwright/test').Page, selectors: string[]) {
	const found: string[] = [];
	for (const s of selectors) if ((await page.locator(s).count()) > 0) found.push(s);
	return found;
}

test('axe on the 404 page', async ({ page, watch }) => {
	watch.expectErrors(/status of 404/);
	await page.goto('/no-such-page');
	// The host serves one 404.html shell; the page (its title included) is rendered into it once hydrated.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveTitle(/.+/);
	expect(await axeSerious(page)).toEqual([]);
});

test('every control is reachable by keyboard with a visible focus ring', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
	const seen = new Set<string>();
	for (let i = 0; i < 25; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			// Chart marks (SVG) draw their own focus ring; charts.e2e.ts checks them.
			if (!el || el === document.body || el.closest('svg')) return null;
			const style = getComputedStyle(el);
			return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', outline: style.outlineStyle };
		});
		if (!info) continue;
		expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
		seen.add(info.name);
	}
	// (Previous chapter is disabled on the first chapter, so it is rightly not in the tab order.)
	for (const name of ['Play the journey', 'Next chapter', 'Bonn']) {
		expect([...seen].some((s) => s.includes(name)), name).toBe(true);
	}
});
