// Hostile input in the URL and unknown paths, in the browser over the drawn map (no WebGL: the map is not the
// subject): a hostile ?chapter falls back and is never rendered as HTML; unknown paths answer our 404 page.
import { test, expect } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

test('a hostile ?chapter falls back to the first chapter and is never rendered as HTML', async ({ page }) => {
	const hostile = '<img src=x onerror="window.__pwned=1">';
	await page.goto(`/?chapter=${encodeURIComponent(hostile)}#%3Cscript%3E`);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.content()).not.toContain('onerror="window.__pwned');
});

test('unknown paths answer 404 with a real page', async ({ page, watch }) => {
	// Chromium logs the document's own 404 status as a console error: that is the point of this test.
	watch.expectErrors(/status of 404/);
	for (const path of ['/no-such-page', '/xx', '/xx/kiosk']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('not found');
	}
});
