// What the charts must show, from the typed data (never from the chart code), and the way to them on the story
// page: shared by charts.e2e.ts (with the WebGL map) and charts-data.e2e.ts (without it).
import type { Page } from '@playwright/test';
import { expect, mapEl } from './fixtures';
import { FIGURES } from '../src/lib/story/figures';
import { PLACES } from '../src/lib/story/places';
import { SOURCES } from '../src/lib/story/sources';

// The expectations come from the typed data, not from the chart code.
export const CITY_IDS = PLACES.filter((p) => p.kind === 'delegation-city' || p.kind === 'host-city').map((p) => p.id);
const cityOf = (placeId: string) => PLACES.find((p) => p.id === placeId)?.cityId ?? placeId;
export const main = FIGURES.filter((f) => f.alternativeTo === undefined);
const MILESTONES = ['nationalLlcDesignated', 'gnlcJoined', 'learningCityAward'];
export const EXPECTED = {
	// In reading order: city by city, each city's milestones in legend order.
	'chart-milestones': CITY_IDS.flatMap((id) =>
		MILESTONES.flatMap((m) => main.filter((f) => f.placeId === id && f.measure === m))
	),
	'chart-size': main.filter((f) => CITY_IDS.includes(f.placeId) && ['population', 'areaKm2'].includes(f.measure)),
	'chart-facts': main.filter((f) => f.measure === 'infrastructure' && CITY_IDS.includes(cityOf(f.placeId)))
} as const;
export const sourceUrl = new Map(SOURCES.map((s) => [s.id, s.url]));
export const label = (page: Page, id: string) => page.locator(`.maplibregl-marker[data-place="${id}"]`);

/**
 * Opens the story and scrolls to its charts, once the page has hydrated and its map is in the state given ("ready":
 * the WebGL map; "fallback": the drawn map, in a browser without WebGL), and waits until the three charts have
 * replaced their placeholders.
 */
export async function toCharts(page: Page, url = '/', mapState: 'ready' | 'fallback' = 'ready') {
	await page.goto(url);
	await expect(mapEl(page)).toHaveAttribute('data-map-state', mapState, { timeout: 45_000 });
	// The charts load as they near the viewport and replace their placeholder: scroll by id in the page (an element
	// handle could be the detached placeholder), then wait until the three charts are there.
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
	for (const id of ['chart-milestones', 'chart-size', 'chart-facts']) await expect(page.locator(`#${id}`)).toBeAttached();
	await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
}
