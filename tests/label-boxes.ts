// Label boxes as rendered (issue 10 item 3): no two visible labels intersect, none is cut by the viewport or the
// map's edge, none sits under the controls, the card or the credit line. Used by labels.e2e.ts and by the deep-link
// tests in journey.e2e.ts (which check the labels of each chapter's end state at 1440 px on the same page load).
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, mapEl, test } from './fixtures';
import { color } from '../src/lib/design/tokens';

interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The visible labels' boxes and the boxes of what may cover them, all from the rendered page. */
async function measure(page: Page, obstacleSelector: string) {
	return page.evaluate((selector) => {
		const box = (el: Element, id: string) => {
			const r = el.getBoundingClientRect();
			return { id, x: r.left, y: r.top, width: r.width, height: r.height };
		};
		const map = document.querySelector('[data-map-state]')!;
		const labels = [...document.querySelectorAll('[data-label-id]')]
			.filter((el) => {
				const style = getComputedStyle(el);
				return style.visibility === 'visible' && style.display !== 'none' && !el.closest('[hidden]');
			})
			.map((el) => box(el, el.getAttribute('data-label-id')!))
			.filter((b) => b.width > 0 && b.height > 0);
		const obstacles = [...document.querySelectorAll(selector)]
			.filter((el) => getComputedStyle(el).visibility !== 'hidden')
			.map((el, i) => box(el, `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]}#${i}`))
			.filter((b) => b.width > 0 && b.height > 0);
		return {
			labels,
			obstacles,
			map: box(map, 'map'),
			viewport: { id: 'viewport', x: 0, y: 0, width: window.innerWidth, height: window.innerHeight }
		};
	}, obstacleSelector);
}

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const within = (a: Box, b: Box) =>
	a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

export async function expectClearLabels(page: Page, obstacleSelector: string, where: string) {
	await expect(mapEl(page)).toHaveAttribute('data-labels', 'placed');
	const m = await measure(page, obstacleSelector);
	for (const label of m.labels) {
		expect(within(label, m.viewport), `${where}: ${label.id} cut by the viewport`).toBe(true);
		expect(within(label, m.map), `${where}: ${label.id} cut by the map's edge`).toBe(true);
		for (const o of m.obstacles) expect(overlap(label, o), `${where}: ${label.id} under ${o.id}`).toBe(false);
	}
	for (let i = 0; i < m.labels.length; i++)
		for (let j = i + 1; j < m.labels.length; j++)
			expect(overlap(m.labels[i]!, m.labels[j]!), `${where}: ${m.labels[i]!.id} overlaps ${m.labels[j]!.id}`).toBe(false);
	return m;
}

/** What may cover a label on the story page. */
/**
 * The visible labels that cover the route line (lib/labels/place.ts `lines`): each label's box is looked up, the
 * page's HTML over the map is hidden, and the map's own pixels inside the box are read for the route's colour.
 * Returns "id: n px" for each label with route pixels under it.
 */
export async function labelsOverRoute(page: Page): Promise<string[]> {
	await expect(mapEl(page)).toHaveAttribute('data-labels', 'placed');
	const { labels } = await measure(page, '.none');
	const hide = await page.addStyleTag({
		content: '.maplibregl-marker, .steps, .nav-dock, .map-key, .attribution, .flight-readout, header.intro { visibility: hidden !important; }'
	});
	const png = PNG.sync.read(await page.screenshot());
	await hide.evaluate((el) => (el as Element).remove());
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.accent.slice(i, i + 2), 16)) as [number, number, number];
	const out: string[] = [];
	for (const box of labels) {
		let n = 0;
		for (let y = Math.max(0, Math.ceil(box.y)); y < Math.min(png.height, Math.floor(box.y + box.height)); y++)
			for (let x = Math.max(0, Math.ceil(box.x)); x < Math.min(png.width, Math.floor(box.x + box.width)); x++) {
				const i = (y * png.width + x) * 4;
				if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) < 60) n++;
			}
		if (n > 0) out.push(`${box.id}: ${n} px`);
	}
	return out;
}

export const STORY_OBSTACLES = '.nav-dock, article.card, .attribution, .flight-readout, header.intro';

/**
 * The tallest band of the viewport that no wide obstacle (the card, the control bar: 80 % of the width or more)
 * covers: where the map can be seen at all. On a phone the flight's long card passes over the whole map.
 */
function freeBand(m: { obstacles: Box[]; viewport: Box }): number {
	const wide = m.obstacles
		.filter((o) => o.width >= 0.8 * m.viewport.width)
		.map((o) => [Math.max(0, o.y), Math.min(m.viewport.height, o.y + o.height)] as const)
		.filter(([top, bottom]) => bottom > top) // on screen
		.sort((a, b) => a[0] - b[0]);
	let best = 0;
	let from = 0;
	for (const [top, bottom] of wide) {
		best = Math.max(best, top - from);
		from = Math.max(from, bottom);
	}
	return Math.max(best, m.viewport.height - from);
}

/** A band shorter than this shows no map to speak of (three label heights). */
const MIN_FRAME_PX = 60;

/**
 * Scrolls the flight chapter through 10 points (5 % to 95 %): at each, labels are clear, and wherever the map can
 * be seen (a free band of at least MIN_FRAME_PX) the origin (Incheon) and the destination (Hamburg) are labelled
 * in it, beside their dots or as edge indicators, with the readout. Most points must show the map: a card that
 * covered it throughout would make the check empty.
 */
export async function expectFlightFramed(page: Page) {
	const flight = page.locator('#flight');
	const covered: string[] = [];
	for (let k = 0; k < 10; k++) {
		const fraction = 0.05 + k * 0.1;
		// Scrolled, then two frames: the scroll event has reached the labels, so data-labels says whether the
		// placement made after it is in (a wait on the page's own events, not on time).
		await flight.evaluate(async (el, f) => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo(0, top + f * (el as HTMLElement).offsetHeight - window.innerHeight / 2);
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		}, fraction);
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
		const m = await expectClearLabels(page, STORY_OBSTACLES, `flight ${fraction.toFixed(2)}`);
		await expect(page.getByTestId('flight-readout')).toBeVisible();
		// The readout gives the distance flown of the total and the arrival's date (13 November 2022, the sources').
		await expect(page.getByTestId('flight-readout').locator('.distance')).toHaveText(/^[\d,]+ of [\d,]+ km flown$/);
		await expect(page.getByTestId('flight-readout').locator('.arrival')).toHaveText('Hamburg, Nov 13, 2022');
		if (freeBand(m) < MIN_FRAME_PX) {
			covered.push(fraction.toFixed(2));
			continue;
		}
		const ids = m.labels.map((l) => l.id);
		expect(ids, `flight ${fraction.toFixed(2)}: Incheon`).toContain('icn');
		expect(ids, `flight ${fraction.toFixed(2)}: Hamburg`).toContain('hamburg');
	}
	test.info().annotations.push({ type: 'map covered by the card', description: covered.join(', ') || 'none' });
	expect(covered.length, `points where the card covers the map: ${covered.join(', ')}`).toBeLessThanOrEqual(4);
}
