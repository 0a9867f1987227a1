// The kiosk without WebGL: the drawn map (SVG) is the map, its labels at kiosk size (readable from 3 m), and the
// captions loop without MapLibre (a map that was never ready is never reloaded).
import { test, expect, mapEl } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({
	viewport: { width: 1920, height: 1080 },
	launchOptions: NO_WEBGL
});

test('no WebGL: the kiosk loops over the drawn map, its labels at least 24 px at 1080p', async ({ page }) => {
	await page.goto('/kiosk?speed=20');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	const kiosk = page.locator('main.kiosk');
	await expect(kiosk).toHaveAttribute('data-chapter', 'flight', { timeout: 30_000 });
	await page.keyboard.press('End');
	await expect(kiosk).toHaveAttribute('data-chapter', 'paris');
	const drawn = page.locator('svg.drawn-map');
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'paris');
	const labels = drawn.locator('[data-drawn-stop] text');
	await expect(labels.first()).toBeVisible();
	const sizes = await labels.evaluateAll((els) =>
		els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => parseFloat(getComputedStyle(el).fontSize))
	);
	expect(sizes.length).toBeGreaterThan(0);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
