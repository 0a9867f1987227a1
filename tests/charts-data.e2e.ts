// The charts and the /data page against the built site, without WebGL (the drawn map; the charts do not need the
// WebGL map, whose link with the charts is in charts.e2e.ts): marks per the typed data, "not reported" marks, the
// downloads record for record, every row's source link, the links between the story and /data, the entry animation
// and reduced motion, and the fit at phone, desktop and kiosk widths. axe on the story and /data: i18n.e2e.ts.
import { test, expect, mapEl, drawCharts } from './fixtures';
import { NO_WEBGL } from '../playwright.config';
import { FIGURES } from '../src/lib/story/figures';
import { PLACES } from '../src/lib/story/places';
import { SOURCES, HTTP_ONLY_SOURCE_IDS } from '../src/lib/story/sources';
import { parseCsv, CSV_COLUMNS } from '../src/lib/charts/downloads';
import { CITY_IDS, EXPECTED, sourceUrl, toCharts } from './chart-expectations';

test.use({ launchOptions: NO_WEBGL });

// One page for the three charts (each chart's checks a step of its own).
test('each chart: one mark per figure of the data, missing ones as "not reported"', async ({ page }) => {
	await toCharts(page, '/', 'fallback');
	for (const [chart, figures] of Object.entries(EXPECTED)) {
		await test.step(chart, async () => {
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
	await drawCharts(page, 'section.charts');
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

test('entry animation: marks grow in on scroll, and reduced motion shows them at once', async ({ page }) => {
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	// The charts are drawn a screen and a half ahead of the reader: stop a screen above them, where they are
	// drawn but not yet in view.
	await page.evaluate(() => {
		const charts = document.getElementById('charts')!;
		scrollTo(0, scrollY + charts.getBoundingClientRect().top - innerHeight * 1.2);
	});
	await expect(page.locator('#chart-milestones')).toHaveClass(/pending/);
	await page.locator('#chart-milestones').scrollIntoViewIfNeeded();
	await expect(page.locator('#chart-milestones')).not.toHaveClass(/pending/);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(page.locator('[data-chart].pending')).toHaveCount(0);
});

for (const [width, height] of [
	[375, 812],
	[1440, 900],
	[3840, 2160]
] as const) {
	test(`at ${width} px the charts fit, nothing overflows the page`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await toCharts(page, '/', 'fallback');
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
