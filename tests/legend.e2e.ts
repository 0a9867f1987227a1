// The map's key (issue 10 item 1, "a map legend explains the symbols"), against the built site at 1440x900:
// in each chapter it lists exactly the symbols that chapter's map shows, and its swatches are the map's own
// (a venue's documented dot and approximate ring, a reached stop), so the key and the map cannot drift apart.
import type { Page } from '@playwright/test';
import { test, expect, mapEl, waitForReady } from './fixtures';


const CHAPTERS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
/** The route symbols each chapter shows: the flight its arc flown and ahead, later chapters the legs so far. */
const ROUTE: Record<string, string[]> = {
	korea: [],
	flight: ['Route travelled', 'Route still ahead'],
	hamburg: ['Route travelled'],
	bonn: ['Route travelled', 'Ground leg (transport not documented)'],
	evry: ['Route travelled', 'Ground leg (transport not documented)'],
	paris: ['Route travelled', 'Ground leg (transport not documented)']
};

/** The key's entries as the reader sees them (empty when the key is tucked away). */
const entries = (page: Page) =>
	page.locator('.map-key:not(.tucked) .map-legend li').evaluateAll((items) =>
		items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.textContent!.trim())
	);

/** A pseudo-element's or an element's colours, to compare the key's swatches with the map's dots. */
const colours = (page: Page, selector: string, pseudo: string | null) =>
	page.locator(selector).first().evaluate((el, pseudo) => {
		const s = getComputedStyle(el, pseudo);
		return { background: s.backgroundColor, border: `${s.borderTopStyle} ${s.borderTopColor}` };
	}, pseudo);

for (const id of CHAPTERS) {
	test(`the key at ${id} lists exactly what its map shows`, async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/?chapter=${id}`);
		await waitForReady(page);
		await expect(mapEl(page)).toHaveAttribute('data-labels', 'placed');
		const shown = (selector: string) => page.locator(`${selector}:not([hidden])`).count();
		const documented = (await shown('.place-venue:not(.approximate)')) + (await shown('.place-host-city:not(.approximate)'));
		const approximate = await shown('.place.approximate');
		const reached = await shown('.place.is-reached');
		const expected = [
			...(documented > 0 && id !== 'korea' && id !== 'flight' ? ['Venue, documented location'] : []),
			...(approximate > 0 ? ['Venue, approximate location'] : []),
			...ROUTE[id]!,
			...(reached > 0 && ROUTE[id]!.includes('Ground leg (transport not documented)') ? ['Stop reached'] : [])
		];
		// Each entry stands for a mark on this map, and each kind of mark on it has its entry.
		await expect.poll(() => entries(page), `${id}: the key's entries`).toEqual(expected);
	});
}

test("the key's swatches are drawn like the map's own marks", async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/?chapter=paris');
	await waitForReady(page);
	// Paris: UNESCO HQ is documented, the Learning Planet Institute approximate, Évry a reached stop.
	expect(await colours(page, '.map-legend .swatch.dot', '::after')).toEqual(await colours(page, '.place-venue:not(.approximate):not([hidden]) .dot', null));
	expect(await colours(page, '.map-legend .swatch.ring', '::after')).toEqual(await colours(page, '.place.approximate:not([hidden]) .dot', null));
	expect((await colours(page, '.map-legend .swatch.reached', '::after')).background).toBe(
		(await colours(page, '.place.is-reached:not([hidden]) .dot', null)).background
	);
});
