// Without WebGL the page contract still holds (issue 12 #7): data-center and data-zoom come from the drawn map's
// camera, and follow the chapters; #chapter deep links land as ?chapter= does.
import { test, expect, mapEl, mapCenter, km } from './fixtures';
import { PLACES } from '../src/lib/story/places';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

const lonLat = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;

test('no WebGL: data-center and data-zoom are the drawn map camera, chapter by chapter', async ({ page }) => {
	await page.goto('/?chapter=hamburg');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^(9|10)\.\d+,53\.\d+$/);
	await expect(mapEl(page)).toHaveAttribute('data-zoom', /^\d+(\.\d+)?$/);
	await page.keyboard.press('End');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'paris');
	await expect(mapEl(page)).toHaveAttribute('data-center', /^2\.\d+,48\.\d+$/);
});

/** Where each chapter's end camera is centred (journey.e2e.ts holds the same over the WebGL map). */
const CENTRES: Record<string, { at: [number, number]; withinKm: number }> = {
	korea: { at: lonLat('gongju'), withinKm: 120 },
	hamburg: { at: lonLat('hamburg'), withinKm: 30 },
	bonn: { at: lonLat('bonn'), withinKm: 30 },
	evry: { at: lonLat('evry'), withinKm: 30 },
	paris: { at: lonLat('paris'), withinKm: 30 }
};

test('a #chapter deep link lands on that chapter, its card in view and its camera on the stop, like ?chapter=', async ({ page }) => {
	for (const id of ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']) {
		await page.goto('about:blank'); // a full load each time: from /#a, going to /#b would only change the hash
		await page.goto(`/#${id}`);
		await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
		await expect(page.locator('.story'), `#${id}`).toHaveAttribute('data-chapter', id);
		await expect(page.locator(`#${id} h2`), `#${id}: the card`).toBeInViewport();
		const expected = CENTRES[id];
		if (expected)
			await expect
				.poll(async () => km(await mapCenter(page), expected.at), { message: `#${id}: the camera on the stop` })
				.toBeLessThan(expected.withinKm);
	}
});
