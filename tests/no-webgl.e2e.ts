// Without WebGL the drawn map (SVG) is the map: data-map-state="fallback", a short note, the route drawn, and
// chapters still change it; the story stays complete. The same holds for the embed.
import { test, expect, mapEl } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

test('no WebGL: the drawn map with the route, state "fallback", the whole story still there', async ({ page }) => {
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(page.getByRole('status').filter({ hasText: 'WebGL' })).toBeVisible();
	const drawn = page.locator('svg.drawn-map');
	await expect(drawn).toBeVisible();
	expect(await drawn.locator('[data-drawn-route-ahead]').getAttribute('d')).toMatch(/^M/);
	for (const id of ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']) {
		await expect(page.locator(`#${id} h2`)).not.toBeEmpty();
	}
	// Chapter navigation still works, and redraws the drawn map: the travelled route, the chapter's stops.
	await page.keyboard.press('End');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'paris');
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'paris');
	expect(await drawn.locator('[data-drawn-route]').getAttribute('d')).toMatch(/^M/);
	await expect(drawn.locator('[data-drawn-stop="unesco-hq"]')).toBeVisible();
});

test('no WebGL: the embed shows the drawn map and steps through chapters', async ({ page }) => {
	await page.setViewportSize({ width: 600, height: 800 });
	await page.goto('/embed?chapter=flight');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	const drawn = page.locator('svg.drawn-map');
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'flight');
	expect(await drawn.locator('[data-drawn-route]').getAttribute('d')).toMatch(/^M/);
	await page.getByRole('button', { name: 'Next chapter' }).click();
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'hamburg');
	await expect(drawn.locator('[data-drawn-stop="uil"]')).toBeVisible();
});
