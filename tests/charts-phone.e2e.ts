// Charts and /data on small screens (issue 10 items 5 and 9, issue 12 item 8), and the story in print (item 7),
// against the built site. Each test would fail on the old layout: the trip label over the 2010/2020 ticks, the
// "not reported" marks half a row off, /data's 19 px source links and hidden values, 18 printed pages, the
// 280 px minimum of the milestones chart and /embed-code's 300 px preview.
import type { Page } from '@playwright/test';
import { test, expect, axeSerious, drawCharts } from './fixtures';
import { NO_WEBGL } from '../playwright.config';
import { PLACES } from '../src/lib/story/places';
import { pdfPageTexts, squash } from './pdf-text';

const boxesOf = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { text: el.textContent?.trim() ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		})
	);
/** The story with its charts: they load when they near the viewport (LazyCharts), so scroll there and wait. */
async function openCharts(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.goto('/');
	// The placeholder is replaced when the charts arrive, so scroll by id in the page (no stale element handle).
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
	await expect(page.locator('#chart-milestones svg .axis text').first()).toBeVisible();
	await page.evaluate(() => document.getElementById('chart-milestones')?.scrollIntoView());
	await expect(page.locator('#chart-size svg').first()).toBeVisible();
}
// Reduced motion: the charts are drawn finished at once (no entry animation), so boxes are final. Without WebGL:
// the charts and pages are the subject here, not the map (the drawn map stands in).
test.use({ reducedMotion: 'reduce', launchOptions: NO_WEBGL });

type Box = Awaited<ReturnType<typeof boxesOf>>[number];
const overlap = (a: Box, b: Box) =>
	Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

for (const width of [280, 375]) {
	test(`milestones at ${width} px: no axis text overprints another, trip label included`, async ({ page }) => {
		await openCharts(page, width, 667);
		const texts = await boxesOf(page, '#chart-milestones svg .axis text, #chart-milestones svg .city');
		expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['2010', '2020']));
		const clashes = texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.text} × ${b.text}`));
		expect(clashes, 'chart texts that overprint each other').toEqual([]);
		// Every text stays inside the viewport.
		for (const t of texts) expect(t.right, `"${t.text}" cut by the right edge`).toBeLessThanOrEqual(width);
	});
}

test('size chart at 280 px: no city name overprints its value', async ({ page }) => {
	await openCharts(page, 280, 600);
	const texts = await boxesOf(page, '#chart-size svg .city, #chart-size svg .value, #chart-size svg .tick');
	const clashes = texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.text} × ${b.text}`));
	expect(clashes, 'chart texts that overprint each other').toEqual([]);
});

test('"not reported" marks sit on their own city\'s row at 375 px', async ({ page }) => {
	await openCharts(page, 375, 667);
	const rows = await page.locator('#chart-milestones .row').evaluateAll((rows) =>
		rows.map((row) => {
			const track = row.querySelector('.track')!.getBoundingClientRect();
			const missing = [...row.querySelectorAll('[data-mark][data-value=""] .mark-in')].map((m) => {
				const r = m.getBoundingClientRect();
				return (r.top + r.bottom) / 2;
			});
			return { place: row.getAttribute('data-row'), trackY: (track.top + track.bottom) / 2, missing };
		})
	);
	const withMissing = rows.filter((r) => r.missing.length > 0);
	expect(withMissing.length, 'rows with a "not reported" mark').toBeGreaterThan(0);
	for (const row of withMissing) {
		for (const y of row.missing) expect(Math.abs(y - row.trackY), `${row.place}: mark off its row`).toBeLessThan(2);
	}
});

test('fact cards: the "hover a mark" hint only on charts with marks; units stay with their numbers', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/');
	await drawCharts(page);
	await expect(page.locator('#chart-milestones .prompt')).toBeVisible();
	await expect(page.locator('#chart-facts .prompt')).toHaveCount(0);
	// The number and the unit's first word share one line box in every card.
	const split = await page.locator('#chart-facts .number-unit').evaluateAll((els) =>
		els.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent)
	);
	expect(split, 'numbers parted from their unit').toEqual([]);
});

// At 375 px (target size matters most on a phone); the same page at 1440 px is checked in i18n.e2e.ts.
test('/data at 375 px: axe with WCAG 2.2 (target size included) finds nothing serious', async ({ page }) => {
	// /data holds 120+ figure rows and 60+ places: axe needs more than the default minute on 2 shared cores.
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 375, height: 900 });
	await page.goto('/data');
	expect(await axeSerious(page)).toEqual([]);
});

test('/data at 375 px: every figure row shows its value without side-scrolling; places are listed', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/data');
	const rows = page.locator('[data-testid="figures-table"] tbody tr');
	const count = await rows.count();
	expect(count).toBeGreaterThan(100);
	const hidden = await page.locator('[data-testid="figures-table"] td.num').evaluateAll((cells) =>
		cells.filter((c) => {
			const r = c.getBoundingClientRect();
			return r.width === 0 || r.right > innerWidth || r.left < 0;
		}).length
	);
	expect(hidden, 'value cells off screen at 375 px').toBe(0);
	await expect(page.locator('[data-place-row="hamburg-rathaus"]')).toContainText(/\d+\.\d{4}, \d+\.\d{4}/);
});

test('/data lists every place with its coordinate, precision, provenance and address, as the data gives them', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/data');
	await expect(page.locator('[data-place-row]')).toHaveCount(PLACES.length);
	for (const place of PLACES) {
		const row = page.locator(`[data-place-row="${place.id}"]`);
		const values = row.locator('dd');
		await expect(values.nth(0), place.id).toHaveText(`${place.lonLat[1].toFixed(4)}, ${place.lonLat[0].toFixed(4)}`);
		await expect(values.nth(1), place.id).toContainText(place.approximate ? 'Approximate' : 'Documented');
		if (place.precisionM !== undefined) await expect(values.nth(1), place.id).toContainText(`${place.precisionM} m`);
		// Provenance: a link per coordinate source, then the data's own note on how the point was read.
		await expect(values.nth(2).locator('a'), place.id).toHaveCount(new Set(place.coordSourceIds).size);
		if (place.coordNote) await expect(values.nth(2), place.id).toContainText(place.coordNote.slice(0, 40));
		await expect(values.nth(3), place.id).toHaveText(place.address ?? 'Not given by a source');
	}
});

for (const prefix of ['', '/de', '/fr', '/ko'])
test(`${prefix || '/en'}/data at 375 px breaks no place name or measure in the middle of a word`, async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto(`${prefix}/data`);
	// Each word of each name cell is one Range: a word broken across lines has two line boxes (client rects).
	// Lines may break at a space, a hyphen, a dash, a slash ("2021–2030") or a bracket ("수(2018~2022년)"), never
	// inside a word (Hangul included: by default it breaks between any two syllables).
	const broken = await page
		.locator('[data-testid="figures-table"] tbody th, [data-testid="figures-table"] tbody td:nth-of-type(1), [data-place-row] h3')
		.evaluateAll((cells) => {
			const out: string[] = [];
			for (const cell of cells) {
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (const m of text.matchAll(/[^\s\u00a0\u2011\u2013\u2014/()~-]+/g)) {
						if (m[0].length < 2) continue;
						const range = document.createRange();
						range.setStart(node, m.index!);
						range.setEnd(node, m.index! + m[0].length);
						const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
						if (lines.size > 1) out.push(m[0]);
					}
				}
			}
			return out;
		});
	expect(broken, 'words split across lines').toEqual([]);
});

for (const [width, height] of [[375, 667], [1440, 900], [1920, 1080], [3840, 2160]] as const)
	test(`fact cards at ${width} px: no card alone in half a row, and the city columns end level`, async ({ page }) => {
		await openCharts(page, width, height);
		await page.evaluate(() => document.getElementById('chart-facts')?.scrollIntoView());
		await expect(page.locator('#chart-facts [data-mark]').first()).toBeAttached();
		const measure = () =>
			page.locator('#chart-facts [data-row]').evaluateAll((groups) =>
				groups.map((g) => {
					const box = g.getBoundingClientRect();
					const list = g.querySelector('.cards')!.getBoundingClientRect();
					const cards = [...g.querySelectorAll('.cards > li')].map((c) => c.getBoundingClientRect());
					const last = cards.at(-1);
					return {
						id: g.getAttribute('data-row'),
						left: Math.round(box.left),
						top: box.top,
						bottom: box.bottom,
						// A card ending short of its list's right edge on the last row leaves a hole beside it.
						shortBy: last ? Math.round(list.right - last.right) : 0
					};
				})
			);
		// The masonry action has packed the groups ($lib/charts/masonry.ts data-packed), after the fonts arrived (a
		// font swap resizes the groups and the action packs them again).
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await expect(page.locator('#chart-facts [data-packed]')).toHaveAttribute('data-packed', width < 700 ? 'single' : 'masonry');
		await expect
			.poll(async () => {
				const a = JSON.stringify(await measure());
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				return a === JSON.stringify(await measure());
			}, { message: 'the wall settles' })
			.toBe(true);
		const groups = await measure();
		for (const g of groups) expect(g.shortBy, `${g.id}: its last card fills its row`).toBeLessThanOrEqual(1);
		// Columns: groups sharing a left edge. A hole is blank space at a column's foot that a city group would fit
		// in: every column ends less than the shortest group's height above the longest.
		const byLeft = new Map<number, typeof groups>();
		for (const g of groups) byLeft.set(g.left, [...(byLeft.get(g.left) ?? []), g]);
		const columns = [...byLeft.values()];
		if (width < 700) return expect(columns, 'one column on a phone').toHaveLength(1);
		expect(columns.length, 'columns').toBeGreaterThan(1);
		const bottoms = columns.map((c) => Math.max(...c.map((g) => g.bottom)));
		const shortest = Math.min(...groups.map((g) => g.bottom - g.top));
		for (const bottom of bottoms)
			expect(Math.max(...bottoms) - bottom, `blank at a column's foot (columns end at ${bottoms.map(Math.round)})`).toBeLessThan(shortest);
	});

test('print: the story with its charts fits in at most 8 A4 pages (it was 18), none blank, no card split', async ({ page }) => {
	await openCharts(page, 1440, 900);
	// All three charts, the fact cards included (they arrive last; their placeholder is taller than they are).
	await expect(page.locator('#chart-facts [data-mark]').first()).toBeAttached();
	await page.evaluate(() => scrollTo(0, 0));
	await page.emulateMedia({ media: 'print' });
	// Print shows text the screen had not (every chapter's copy, the notes): their font slices load now, and a
	// PDF made before they arrive is laid out in the fallback face, two pages longer (10 instead of 8).
	await page.evaluate(() => document.fonts.ready.then(() => document.fonts.size));
	// The blocks print keeps whole (print.css break-inside): each chapter's card, each chart, each city's fact cards.
	// Their first and last painted words in the print layout, read before the PDF is made: text for screen readers
	// only (a chart's data table, clipped to 1 px) is in the DOM but not on paper.
	// The fact-card chart is longer than a page: its city groups are the blocks kept whole.
	const blocks = await page.locator('.story .card, .story .chart:not(:has(.group)), .story .group').evaluateAll((els) =>
		els
			.map((block) => {
				const painted = (node: Node) => {
					// checkVisibility also sees what a closed <details> hides. A chart's SVG text (axis ticks, labels)
					// reaches the PDF in drawing order, not DOM order, so the words around it stand for the chart.
					if (!node.parentElement?.checkVisibility({ visibilityProperty: true })) return false;
					if (node.parentElement.closest('svg')) return false;
					for (let el: HTMLElement | null = node.parentElement; el && el !== block.parentElement; el = el.parentElement) {
						const style = getComputedStyle(el);
						const box = el.getBoundingClientRect();
						if (style.clip !== 'auto') return false;
						if (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return false;
					}
					return true;
				};
				const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
				let text = '';
				for (let node = walker.nextNode(); node; node = walker.nextNode()) if (painted(node)) text += node.textContent;
				return text.trim();
			})
			.filter((text) => text.length > 0)
			.map((text) => ({ head: text.slice(0, 40), tail: text.slice(-40) }))
	);
	expect(blocks.length, 'cards, charts and fact groups').toBeGreaterThan(10);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = await pdfPageTexts(pdf);
	expect(pages.length, 'printed A4 pages').toBeGreaterThan(0);
	expect(pages.length, 'printed A4 pages').toBeLessThanOrEqual(8);
	// No blank page: every page carries text.
	pages.forEach((text, i) => expect(text.length, `page ${i + 1} has text`).toBeGreaterThan(200));
	// Nothing split: each block's first and last words are on one page.
	for (const { head, tail } of blocks) {
		const onPage = (part: string) => pages.findIndex((text) => text.includes(squash(part)));
		const [first, last] = [onPage(head), onPage(tail)];
		expect(first, `"${head}…" is printed`).toBeGreaterThanOrEqual(0);
		expect(last, `"${head}…" ends on the page it starts (…"${tail}")`).toBe(first);
	}
});

test('print from the top of the story, before the reader reached the charts: they are drawn for it', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	// The charts' code arrives once the map has settled; the charts themselves are not drawn yet.
	await expect(page.locator('#charts')).toHaveAttribute('data-code', 'loaded');
	await expect(page.locator('#chart-facts')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => document.fonts.ready.then(() => document.fonts.size));
	// page.pdf fires beforeprint, as a reader's print does; the charts are drawn before the page is laid out.
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	await expect(page.locator('#chart-facts [data-mark]').first()).toBeAttached();
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages, 'printed A4 pages').toBeGreaterThan(0);
	expect(pages, 'printed A4 pages').toBeLessThanOrEqual(8);
});

for (const path of ['/', '/data', '/ko/data', '/de/data', '/embed', '/embed-code', '/kiosk']) {
	test(`no horizontal overflow at 280 px on ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 280, height: 600 });
		await page.goto(path);
		// The story's charts are drawn as the reader nears them; measure the page with them.
		if (path === '/') await drawCharts(page);
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth), {
				message: `${path} wider than the 280 px viewport`
			})
			.toBeLessThanOrEqual(0);
	});
}
