// axe on every page this app has so far: no serious or critical violation, on a phone and a desktop.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForReady } from './fixtures';

/** The story's states axe checks, over the WebGL map: the title, the flight, a city, the last chapter. */
const CHAPTERS = ['korea', 'flight', 'hamburg', 'paris'] as const;

for (const size of [
	{ width: 375, height: 667 },
	{ width: 1440, height: 900 }
]) {
	// One page per size, moved chapter by chapter with the chapter rail (a page load per chapter would start the
	// map four times); each chapter's result is reported on its own.
	test(`axe ${size.width}px: the story at ${CHAPTERS.join(', ')}`, async ({ page }) => {
		test.slow();
		await page.setViewportSize(size);
		await page.goto('/');
		await waitForReady(page);
		// The charts arrive on idle after the first view; axe checks the page with them, every time.
		await expect(page.locator('#chart-facts')).toBeAttached();
		for (const id of CHAPTERS) {
			if (id !== 'korea') {
				await page.evaluate((chapter) => document.getElementById(chapter)?.scrollIntoView({ block: 'center' }), id);
				await expect(page.locator('.story')).toHaveAttribute('data-chapter', id);
				await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-labels', 'placed');
			}
			// axe measures colours as they are: a chart card still fading in (the charts arrive on idle and draw
			// in) or a key fading in has a transient contrast. Check the settled page, as a reader sees it.
			await expect
				.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), {
					message: `${id}: CSS animations and transitions finished before axe`
				})
				.toBe(0);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const serious = violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
			expect.soft(serious, `axe at ${size.width}px, chapter ${id}`).toEqual([]);
		}
	});
}

test('axe on the 404 page', async ({ page, watch }) => {
	watch.expectErrors(/status of 404/);
	await page.goto('/no-such-page');
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
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
