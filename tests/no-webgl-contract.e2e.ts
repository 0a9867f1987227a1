// Without WebGL the page contract still holds (issue 12 #7): data-center and data-zoom come from the drawn map's
// camera, and follow the chapters; #chapter deep links land as ?chapter= does.
import { test, expect, mapEl, mapCenter, km, CHAPTER_CENTRES } from './fixtures';
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


test('a #chapter deep link lands on that chapter, its card in view and its camera on the stop, like ?chapter=', async ({ page }) => {
	for (const id of ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']) {
		await page.goto('about:blank'); // a full load each time: from /#a, going to /#b would only change the hash
		await page.goto(`/#${id}`);
		await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
		await expect(page.locator('.story'), `#${id}`).toHaveAttribute('data-chapter', id);
		await expect(page.locator(`#${id} h2`), `#${id}: the card`).toBeInViewport();
		const expected = CHAPTER_CENTRES[id];
		if (expected)
			await expect
				.poll(async () => km(await mapCenter(page), expected.at), { message: `#${id}: the camera on the stop` })
				.toBeLessThan(expected.withinKm);
	}
});
