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

// The drawn map's outlines come with the page's HTML, not again in its JavaScript (lib/drawn/basemap-outlines.ts):
// the page reads them back from its prerendered SVG, and imports them only for a view the HTML did not hold.
test("no WebGL: the drawn map's outlines come from the page, and the rest when a view needs them", async ({ page }) => {
	// The scripts that hold the outlines' paths (the lazily imported chunk), as the page fetches them.
	const withOutlines: string[] = [];
	// Each body is read asynchronously: a script may already have run when its read is still pending, so every
	// check first waits for the reads of the responses seen so far.
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		reads.push(
			response
				.text()
				.catch(() => '')
				.then((body) => {
					if (/koreaLand:\{d:[`"']M/.test(body)) withOutlines.push(response.url());
				})
		);
	});
	const outlineScripts = async () => {
		await Promise.all(reads);
		return [...withOutlines];
	};
	await page.setViewportSize({ width: 600, height: 800 });
	await page.goto('/embed');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	const drawn = page.locator('svg.drawn-map');
	// The embed starts on Korea, on its finer coast: the world's land is neither drawn nor in the HTML.
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'korea');
	await expect(drawn.locator('[data-layer="koreaLand"]')).toHaveAttribute('d', /^M/);
	await expect(drawn.locator('[data-layer="land"]')).toHaveCount(0);
	expect(await outlineScripts(), 'no script with the outlines yet').toEqual([]);
	// The flight's view needs the world's land: the outlines are imported, and it is drawn.
	await page.getByRole('button', { name: 'Next chapter' }).click();
	await expect(drawn).toHaveAttribute('data-drawn-chapter', 'flight');
	await expect(drawn.locator('[data-layer="land"]')).toHaveAttribute('d', /^M/);
	expect(await outlineScripts()).toHaveLength(1);

	// The story's HTML holds every outline its first view draws: nothing is imported for them.
	await outlineScripts();
	withOutlines.length = 0;
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	for (const layer of ['land', 'koreaLand', 'borders']) {
		await expect(page.locator(`svg.drawn-map [data-layer="${layer}"]`)).toHaveAttribute('d', /^M/);
	}
	expect(await outlineScripts()).toEqual([]);
	// Reached by a link, the story is rendered in the browser with no HTML to read: the outlines are imported.
	await page.goto('/data');
	await page.getByRole('link', { name: 'Back to the story' }).first().click();
	await expect(page.locator('svg.drawn-map [data-layer="borders"]')).toHaveAttribute('d', /^M/);
	await expect(page.locator('svg.drawn-map [data-drawn-city="suwon"]')).toHaveAttribute('d', /^M/);
	expect(await outlineScripts()).toHaveLength(1);
});
