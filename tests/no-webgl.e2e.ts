// Without WebGL the page says so readably, sets data-map-state="error", and the story stays complete.
import { test, expect, mapEl } from './fixtures';
import { LAUNCH } from '../playwright.config';

test.use({ launchOptions: { ...LAUNCH, args: [...LAUNCH.args, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

test('no WebGL: a readable message, state "error", the whole story still there', async ({ page, watch }) => {
	void watch;
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByRole('alert')).toContainText('WebGL');
	for (const id of ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']) {
		await expect(page.locator(`#${id} h2`)).not.toBeEmpty();
	}
	// Chapter navigation still works without the map.
	await page.keyboard.press('End');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'paris');
});
