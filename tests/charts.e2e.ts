// The charts with the WebGL map: a mark lights its city's map label and a map label its marks, by keyboard, hover
// and tap, also at the Korea chapter. The charts' content, /data and the downloads are in charts-data.e2e.ts (no
// WebGL: they do not need the map).
import { test, expect, waitForReady, drawCharts } from './fixtures';
import { EXPECTED, label, sourceUrl, toCharts } from './chart-expectations';

test('marks and map labels light each other: by keyboard (value, source, arrows), by hover and by tap', async ({ page }) => {
	await toCharts(page);
	// Start keyboard navigation from the chart's title, then Tab into the chart: one tab stop per chart.
	await page.locator('#chart-milestones h3').click();
	await page.keyboard.press('Tab');
	const first = EXPECTED['chart-milestones'][0]!;
	const focused = page.locator('#chart-milestones [data-mark]:focus');
	await expect(focused).toHaveAttribute('data-mark', first.id);
	const readout = page.locator('#chart-milestones [data-testid="readout"]');
	await expect(readout).toContainText(first.value === null ? 'not reported' : String(first.value));
	await expect(readout.locator('a[data-source]').first()).toHaveAttribute('href', sourceUrl.get(first.sourceIds[0]!)!);
	await expect(label(page, first.placeId)).toHaveClass(/is-highlighted/);

	// ArrowRight: the next mark, its value and its source; the story's own arrow keys stay put.
	const chapter = await page.locator('.story').getAttribute('data-chapter');
	await page.keyboard.press('ArrowRight');
	const second = EXPECTED['chart-milestones'][1]!;
	await expect(focused).toHaveAttribute('data-mark', second.id);
	await expect(readout).toContainText(second.value === null ? 'not reported' : String(second.value));
	await expect(readout.locator('a[data-source]').first()).toHaveAttribute('href', sourceUrl.get(second.sourceIds[0]!)!);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', chapter!);

	// A "not reported" mark says so, with the source that was checked.
	const missing = EXPECTED['chart-milestones'].find((f) => f.value === null && f.sourceIds.length > 0)!;
	await page.locator(`#chart-milestones [data-mark="${missing.id}"]`).focus();
	await expect(readout).toContainText('not reported');
	await expect(readout.locator('a[data-source]').first()).toHaveAttribute('href', sourceUrl.get(missing.sourceIds[0]!)!);

	// Tab leaves the chart (roving focus: one stop), and the highlight goes with it.
	await page.keyboard.press('Tab');
	await expect(page.locator('#chart-milestones [data-mark]:focus')).toHaveCount(0);
	await expect(label(page, missing.placeId)).not.toHaveClass(/is-highlighted/);

	// Hover and tap (one page: the WebGL map starts once).
	const mark = page.locator('#chart-size [data-mark="hamburg-population"]');
	await mark.hover();
	await expect(label(page, 'hamburg')).toHaveClass(/is-highlighted/);
	await expect(page.locator('#chart-size [data-testid="readout"]')).toContainText('1,853,935');
	await page.mouse.move(2, 2);
	await expect(label(page, 'hamburg')).not.toHaveClass(/is-highlighted/);

	const fact = page.locator('#chart-facts [data-mark="buan-literacy-school-locations"]');
	await fact.scrollIntoViewIfNeeded();
	await fact.click();
	await expect(label(page, 'buan')).toHaveClass(/is-highlighted/);
	const card = fact.locator('xpath=..');
	await expect(card).toContainText('18');
	await expect(card).toContainText('locations');
	await expect(card.locator('a[data-source="uil-profile-buan"]')).toHaveAttribute('href', sourceUrl.get('uil-profile-buan')!);
});

test('at the Korea chapter: a chart highlights the visible Korean label, and the map label highlights the chart', async ({
	page
}) => {
	await page.goto('/?chapter=korea');
	await waitForReady(page);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
	// The charts are drawn as the reader nears them: draw them, and come back to the Korea chapter.
	await drawCharts(page, '#chart-size');
	await expect(label(page, 'suwon')).toBeVisible();
	// Focus without scrolling, so the story stays at the Korea chapter with its labels on screen.
	await page.locator('#chart-size [data-mark="suwon-population"]').evaluate((el) => (el as SVGElement).focus({ preventScroll: true }));
	await expect(label(page, 'suwon')).toHaveClass(/is-highlighted/);
	await expect(label(page, 'suwon')).toBeVisible();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
	await page.locator('#chart-size [data-mark="suwon-population"]').evaluate((el) => (el as SVGElement).blur());
	await expect(label(page, 'suwon')).not.toHaveClass(/is-highlighted/);

	// The other way: hovering the map label highlights the city's rows in every chart.
	await label(page, 'gongju').hover();
	for (const chart of Object.keys(EXPECTED)) {
		await expect(page.locator(`#${chart} [data-row="gongju"]`).first()).toHaveClass(/is-highlighted/);
	}
});
