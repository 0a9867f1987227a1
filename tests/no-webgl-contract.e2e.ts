// Without WebGL the page contract still holds (issue 12 #7): data-center and data-zoom come from the drawn map's
// camera, and follow the chapters.
import { test, expect, mapEl } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

test('no WebGL: data-center and data-zoom are the drawn map camera, chapter by chapter', async ({ page }) => {
	await page.goto('/?chapter=hamburg');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^(9|10)\.\d+,53\.\d+$/);
	await expect(mapEl(page)).toHaveAttribute('data-zoom', /^\d+(\.\d+)?$/);
	await page.keyboard.press('End');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'paris');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^2\.\d+,48\.\d+$/);
});
