// Shared Playwright fixtures: every e2e test fails on a page error or a console error, and records every
// request so a test can prove nothing left the origin.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { PLACES } from '../src/lib/story/places';

export interface Watch {
	errors: string[];
	requests: string[];
	/** Requests to any origin other than the site's. */
	foreign: () => string[];
	/** Console errors a test provokes on purpose (a 404 it routes) and expects; matched by text. */
	expectErrors: (pattern: RegExp) => void;
	/** A second origin the test itself serves (the embed's host page); requests to it are not foreign. */
	allowOrigin: (origin: string) => void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const requests: string[] = [];
			const expected: RegExp[] = [];
			const origins = [new URL(baseURL!).origin];
			page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
			});
			page.on('request', (request) => requests.push(request.url()));
			const watch: Watch = {
				errors,
				requests,
				foreign: () =>
					requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !origins.includes(new URL(url).origin)),
				expectErrors: (pattern) => expected.push(pattern),
				allowOrigin: (origin) => origins.push(origin)
			};
			await use(watch);
			const unexpected = errors.filter((e) => !expected.some((p) => p.test(e)));
			expect(unexpected, 'no page errors or console errors').toEqual([]);
			expect(watch.foreign(), 'no request leaves the origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export const mapEl = (page: Page) => page.locator('[data-map-state]').first();

export async function waitForReady(page: Page) {
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
}

/**
 * The story's charts are drawn only when they near the viewport, or for print (LazyCharts.svelte): scrolls to
 * them, waits for `selector`, then scrolls back to where the page was and waits until the story shows the same
 * chapter again.
 */
export async function drawCharts(page: Page, selector = '#chart-facts') {
	const [top, chapter] = await page.evaluate(() => [scrollY, document.querySelector('.story')?.getAttribute('data-chapter') ?? null] as const);
	// By id in the page: the placeholder is replaced, so an element handle could be the detached one.
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
	await expect(page.locator(selector).first()).toBeAttached();
	await page.evaluate((y) => scrollTo(0, y), top);
	if (chapter) await expect(page.locator('.story')).toHaveAttribute('data-chapter', chapter);
	// Past the chapters the control dock fades out; back, it fades in: let that finish (axe once caught the play
	// button mid-fade and found no name).
	await animationsSettled(page, 'back from the charts');
}

/** The map's centre from the page contract, as [lon, lat]. */
export async function mapCenter(page: Page): Promise<[number, number]> {
	const value = await mapEl(page).getAttribute('data-center');
	const [lon, lat] = (value ?? '').split(',').map(Number);
	return [lon ?? NaN, lat ?? NaN];
}

/** Great-circle distance in km (haversine). */
export function km(a: [number, number], b: [number, number]): number {
	const r = Math.PI / 180;
	const dLat = (b[1] - a[1]) * r;
	const dLon = (b[0] - a[0]) * r;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Waits until the map's camera (data-center, data-zoom, written on moveend) reads the same on two polls in a
 * row and returns its centre; fails with a message if it never settles. Prefer polling for the expected centre.
 */
export async function settledCenter(page: Page): Promise<[number, number]> {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = `${await mapEl(page).getAttribute('data-center')}|${await mapEl(page).getAttribute('data-zoom')}`;
				const same = now === last && now !== 'null|null' && now !== '|';
				last = now;
				return same;
			},
			{ message: 'the map camera settled (data-center and data-zoom stopped changing)', timeout: 20_000, intervals: [250, 500, 700] }
		)
		.toBe(true);
	return mapCenter(page);
}

/** Resolves after `n` animation frames in the page: for "nothing changes" checks, counted in frames, not ms. */
export async function frames(page: Page, n: number): Promise<void> {
	await page.evaluate(
		(count) =>
			new Promise<void>((resolve) => {
				let left = count;
				const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
				requestAnimationFrame(tick);
			}),
		n
	);
}

/** The plane as rendered: the marker element's own position (data-lon-lat), or null while it is hidden. */
export async function renderedPlane(page: Page): Promise<[number, number] | null> {
	const plane = page.locator('.story-map .plane.maplibregl-marker').first();
	if (!(await plane.isVisible())) return null;
	const value = await plane.getAttribute('data-lon-lat');
	return value ? (value.split(',').map(Number) as [number, number]) : null;
}

/** The accessibility standard every page meets (the project's rule): WCAG 2.2 A and AA, target size included. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * axe's serious and critical violations on the page, each as "rule: first targets". `include` limits the check to
 * a part of the page (a later chapter, where only the map, its card and the controls changed); `exclude` leaves out
 * a part another test checks (the embed's iframe).
 */
export async function axeSerious(page: Page, { include, exclude }: { include?: string[]; exclude?: string } = {}): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	for (const selector of include ?? []) builder = builder.include(selector);
	if (exclude) builder = builder.exclude(exclude);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** Resolves once no CSS animation or transition runs: axe measures colours as they are, so a card mid-fade would
 * report a contrast no reader sees once it has settled. */
export async function animationsSettled(page: Page, where: string): Promise<void> {
	await expect
		.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), {
			message: `${where}: CSS animations and transitions finished before axe`
		})
		.toBe(0);
}

const lonLatOf = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;

/** Where each chapter's end camera is centred, over either map: the city for the European stops, Korea's middle. */
export const CHAPTER_CENTRES: Record<string, { at: [number, number]; withinKm: number }> = {
	korea: { at: lonLatOf('gongju'), withinKm: 120 },
	hamburg: { at: lonLatOf('hamburg'), withinKm: 30 },
	bonn: { at: lonLatOf('bonn'), withinKm: 30 },
	evry: { at: lonLatOf('evry'), withinKm: 30 },
	paris: { at: lonLatOf('paris'), withinKm: 30 }
};
