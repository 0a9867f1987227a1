// The charts and the /data page against the built site: marks per the typed data, keyboard readouts, the link
// with the map (both ways, also at the Korea chapter), the downloads record for record, every row's source link,
// axe, reduced motion, and screenshots at phone, desktop and kiosk widths (tests/screenshots/, gitignored).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForReady } from './fixtures';
import { FIGURES } from '../src/lib/story/figures';
import { PLACES } from '../src/lib/story/places';
import { SOURCES, HTTP_ONLY_SOURCE_IDS } from '../src/lib/story/sources';
import { parseCsv, CSV_COLUMNS } from '../src/lib/charts/downloads';

// The expectations come from the typed data, not from the chart code.
const CITY_IDS = PLACES.filter((p) => p.kind === 'delegation-city' || p.kind === 'host-city').map((p) => p.id);
const cityOf = (placeId: string) => PLACES.find((p) => p.id === placeId)?.cityId ?? placeId;
const main = FIGURES.filter((f) => f.alternativeTo === undefined);
const MILESTONES = ['nationalLlcDesignated', 'gnlcJoined', 'learningCityAward'];
const EXPECTED = {
	// In reading order: city by city, each city's milestones in legend order.
	'chart-milestones': CITY_IDS.flatMap((id) =>
		MILESTONES.flatMap((m) => main.filter((f) => f.placeId === id && f.measure === m))
	),
	'chart-size': main.filter((f) => CITY_IDS.includes(f.placeId) && ['population', 'areaKm2'].includes(f.measure)),
	'chart-facts': main.filter((f) => f.measure === 'infrastructure' && CITY_IDS.includes(cityOf(f.placeId)))
} as const;
const sourceUrl = new Map(SOURCES.map((s) => [s.id, s.url]));
const label = (page: Page, id: string) => page.locator(`.maplibregl-marker[data-place="${id}"]`);

async function toCharts(page: Page, url = '/', { mapReady = true } = {}) {
	await page.goto(url);
	// The charts do not need the map; at 3840 px SwiftShader may take its time, so screenshots need not wait.
	if (mapReady) await waitForReady(page);
	// The charts load as they near the viewport and replace their placeholder: scroll by id in the page (an element
	// handle could be the detached placeholder), then wait until the three charts are there.
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
	for (const id of ['chart-milestones', 'chart-size', 'chart-facts']) await expect(page.locator(`#${id}`)).toBeAttached();
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
}

for (const [chart, figures] of Object.entries(EXPECTED)) {
	test(`${chart}: one mark per figure of the data, missing ones as "not reported"`, async ({ page }) => {
		await toCharts(page);
		const marks = page.locator(`#${chart} [data-mark]`);
		await expect(marks).toHaveCount(figures.length);
		expect((await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')))).sort()).toEqual(
			figures.map((f) => f.id).sort()
		);
		const missing = figures.filter((f) => f.value === null);
		await expect(page.locator(`#${chart} [data-mark][data-value=""]`)).toHaveCount(missing.length);
		for (const f of missing) {
			// Never drawn as zero: the accessible name says "not reported".
			await expect(page.locator(`#${chart} [data-mark="${f.id}"]`)).toHaveAttribute('aria-label', /not reported/);
		}
		// Each chart has its accessible name and description, and a hidden data table (the cards are their own text).
		if (chart !== 'chart-facts') {
			const svg = page.locator(`#${chart} svg[role="group"]`);
			await expect(svg).toHaveAttribute('aria-labelledby', /.+/);
			await expect(svg.locator('title')).not.toBeEmpty();
			await expect(svg.locator('desc')).not.toBeEmpty();
			await expect(page.locator(`#${chart} .visually-hidden table tbody tr`)).toHaveCount(CITY_IDS.length);
		}
	});
}

test('a mark focused by keyboard shows its value and source; arrows move on; the map label lights up', async ({ page }) => {
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
});

test('hover and tap on marks set the highlight on the map; the facts show value, unit, date and source', async ({ page }) => {
	await toCharts(page);
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

test('the downloads parse and match the typed data record for record', async ({ page, request }) => {
	await page.goto('/data');
	for (const file of ['cities.csv', 'cities.json', 'places.geojson']) {
		await expect(page.locator(`a[data-download="${file}"]`)).toHaveAttribute('href', `/data/${file}`);
	}
	const csv = await request.get('/data/cities.csv');
	expect(csv.ok()).toBe(true);
	const rows = parseCsv(await csv.text());
	expect(rows[0]).toEqual([...CSV_COLUMNS]);
	const col = (name: string) => rows[0]!.indexOf(name);
	expect(rows).toHaveLength(FIGURES.length + 1);
	for (const [i, f] of FIGURES.entries()) {
		const r = rows[i + 1]!;
		expect(r[col('figure_id')]).toBe(f.id);
		expect(r[col('place_id')]).toBe(f.placeId);
		expect(r[col('measure')]).toBe(f.measure);
		expect(r[col('value')]).toBe(f.value === null ? '' : String(f.value));
		expect(r[col('as_of')]).toBe(f.asOfCirca ? `circa ${f.asOf}` : f.asOf);
			expect(r[col('as_of_circa')]).toBe(f.asOfCirca ? 'yes' : '');
		expect(r[col('confidence')]).toBe(f.confidence);
		expect(r[col('source_urls')]).toBe(f.sourceIds.map((id) => sourceUrl.get(id)).join(' '));
	}

	const json = await (await request.get('/data/cities.json')).json();
	expect(json.figures).toEqual(JSON.parse(JSON.stringify(FIGURES)));
	// Each place as typed, plus its name in each language (name_en … name_fr; the Hangul one for Korean cities).
	const NAME_KEYS = ['name_en', 'name_ko', 'name_de', 'name_fr'];
	const typed = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => !NAME_KEYS.includes(k)));
	expect(json.places.map(typed)).toEqual(JSON.parse(JSON.stringify(PLACES)));
	for (const place of json.places) expect(Object.keys(place), place.id).toEqual(expect.arrayContaining(NAME_KEYS));
	expect(json.places.find((p: { id: string }) => p.id === 'eunpyeong').name_ko).toContain('은평구');
	expect(json.sources).toEqual(JSON.parse(JSON.stringify(SOURCES)));

	const geo = await (await request.get('/data/places.geojson')).json();
	expect(geo.type).toBe('FeatureCollection');
	expect(geo.features.map((f: { id: string }) => f.id)).toEqual(PLACES.map((p) => p.id));
	for (const [i, p] of PLACES.entries()) {
		expect(geo.features[i].geometry).toEqual({ type: 'Point', coordinates: p.lonLat });
		expect(geo.features[i].properties.approximate).toBe(p.approximate);
	}
});

test('/data: one row per figure, each with its source links outside the site; http only where listed', async ({
	page,
	baseURL
}) => {
	await page.goto('/data');
	const rows = page.locator('[data-testid="figures-table"] tbody tr');
	await expect(rows).toHaveCount(FIGURES.length);
	const found = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({
			id: tr.getAttribute('data-figure')!,
			links: [...tr.querySelectorAll('a[data-source]')].map((a) => ({
				source: a.getAttribute('data-source')!,
				href: (a as HTMLAnchorElement).href
			}))
		}))
	);
	const origin = new URL(baseURL!).origin;
	const httpSeen = new Set<string>();
	for (const [i, f] of FIGURES.entries()) {
		const row = found[i]!;
		expect(row.id).toBe(f.id);
		// Every figure's sources, in order; a figure with none says so in words (anyang-gnlc, paris-gnlc).
		expect(row.links.map((l) => l.source), f.id).toEqual(f.sourceIds);
		if (f.sourceIds.length === 0) await expect(rows.nth(i)).toContainText('No source found');
		for (const link of row.links) {
			const url = new URL(link.href);
			expect(['https:', 'http:'], link.href).toContain(url.protocol);
			expect(url.origin).not.toBe(origin);
			expect(link.href).toBe(sourceUrl.get(link.source));
			expect(url.protocol === 'http:', `${link.source}: http only if listed in HTTP_ONLY_SOURCE_IDS`).toBe(
				HTTP_ONLY_SOURCE_IDS.includes(link.source)
			);
			if (url.protocol === 'http:') httpSeen.add(link.source);
		}
	}
	// Exactly the listed http-only sources that figures cite are the http links.
	const cited = new Set(FIGURES.flatMap((f) => f.sourceIds));
	expect([...httpSeen].sort()).toEqual(HTTP_ONLY_SOURCE_IDS.filter((id) => cited.has(id)).sort());
	// Only figures without any source lack a link; everything else has one.
	expect(FIGURES.filter((f) => f.sourceIds.length === 0).map((f) => f.id)).toEqual(['anyang-gnlc', 'paris-gnlc']);
});

test('the story links to /data and /data links back', async ({ page }) => {
	await page.goto('/');
	// Linked from the title block and again after the charts.
	await expect(page.locator('section.charts a[href="/data"]')).toHaveText('Data and sources');
	const link = page.locator('header.intro a[href="/data"]');
	await expect(link).toHaveText('Data and sources');
	await link.click();
	await expect(page).toHaveURL(/\/data$/);
	await expect(page.locator('h1')).toHaveText('Data and sources');
	await expect(page.locator('h3', { hasText: 'Seven mayors, not eight' })).toBeVisible();
	await page.locator('a', { hasText: 'Back to the story' }).first().click();
	await expect(page).toHaveURL(/\/$/);
});

const seriousOrCritical = (violations: { impact?: string | null; id: string; nodes: { target: unknown }[] }[]) =>
	violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);

test('axe: no serious or critical violation on the charts section', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await toCharts(page);
	const results = await new AxeBuilder({ page }).include('#charts').analyze();
	expect(seriousOrCritical(results.violations)).toEqual([]);
});

test('axe: no serious or critical violation on /data', async ({ page }) => {
	await page.goto('/data');
	const results = await new AxeBuilder({ page }).analyze();
	expect(seriousOrCritical(results.violations)).toEqual([]);
});

test('entry animation: marks grow in on scroll, and reduced motion shows them at once', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	await expect(page.locator('#chart-milestones')).toHaveClass(/pending/);
	await page.locator('#chart-milestones').scrollIntoViewIfNeeded();
	await expect(page.locator('#chart-milestones')).not.toHaveClass(/pending/);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForReady(page);
	await expect(page.locator('[data-chart].pending')).toHaveCount(0);
});

for (const [width, height] of [
	[375, 812],
	[1440, 900],
	[3840, 2160]
] as const) {
	test(`at ${width} px the charts fit, nothing overflows the page`, async ({ page }) => {
		test.setTimeout(150_000);
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await toCharts(page, '/', { mapReady: width < 3840 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		for (const chart of Object.keys(EXPECTED)) {
			const box = (await page.locator(`#${chart}`).boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(width);
		}
		// Pictures for people come from `npm run shots`; this test checks the fit.
		await page.goto('/data');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	});
}
