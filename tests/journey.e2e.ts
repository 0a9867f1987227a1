// The journey over the WebGL map in a real browser: scroll, deep links, reduced motion and the flight scrub. The
// keys, the buttons and the play clock (which do not need the WebGL map) are in story-nav.e2e.ts.
import { test, expect, mapEl, mapCenter, waitForReady, km, renderedPlane, CHAPTER_CENTRES } from './fixtures';
import { expectClearLabels, expectFlightFramed, STORY_OBSTACLES } from './label-boxes';
import type { Page } from '@playwright/test';
import { PLACES } from '../src/lib/story/places';

const IDS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
const lonLat = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;
const chapterOf = (page: Page) => page.locator('.story').getAttribute('data-chapter');


test('scrolling through the story visits every chapter in order and centres each stop', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await waitForReady(page);
	const seen: string[] = [];
	const centred = new Set<string>();
	for (let step = 0; step < 250; step++) {
		const id = (await chapterOf(page))!;
		if (seen.at(-1) !== id) seen.push(id);
		// The story opens on the world behind the title; Korea's camera comes when its card reaches the middle.
		const cardActive = await page
			.locator(`#${id}`)
			.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight / 2);
		const expected = CHAPTER_CENTRES[id];
		if (expected && !centred.has(id) && cardActive) {
			// The camera eases to the chapter; data-center follows on moveend.
			await expect
				.poll(async () => km(await mapCenter(page), expected.at), { message: `${id}: map centre to the stop`, timeout: 15_000 })
				.toBeLessThan(expected.withinKm);
			centred.add(id);
		}
		if (id === 'paris' && centred.has('paris')) break;
		const before = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 500);
		// Wait for the wheel to have scrolled (state), not for a fixed time.
		await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the wheel scrolled the story' }).toBeGreaterThan(before);
	}
	expect(seen).toEqual([...IDS]);
	expect([...centred].sort()).toEqual(Object.keys(CHAPTER_CENTRES).sort());
});



// ?chapter= loads the WebGL map at each chapter's end state; its #hash form (the same parse) is checked over the
// drawn map in no-webgl-contract.e2e.ts. This page load also checks the end state's labels at 1440 px (and, for
// the flight, 10 points along it).
for (const id of IDS) {
	test(`deep link ?chapter=${id} lands on the chapter's end state, its labels clear`, async ({ page }) => {
		if (id === 'flight') test.slow(); // and 10 points along it
		await page.goto(`/?chapter=${id}`);
		await waitForReady(page);
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', id);
		const expected = CHAPTER_CENTRES[id];
		if (expected)
			await expect
				.poll(async () => km(await mapCenter(page), expected.at), { message: `?chapter=${id}: the camera lands on the stop`, timeout: 20_000 })
				.toBeLessThan(expected.withinKm);
		// The chapter's card is in view.
		await expect(page.locator(`#${id} h2`)).toBeInViewport();
		await expectScaleAndTowns(page, id);
		const m = await expectClearLabels(page, STORY_OBSTACLES, `1440 ${id}`);
		// Something is labelled: the chapter's own places are never all hidden.
		expect(m.labels.length, `${id}: visible labels`).toBeGreaterThan(0);
		// The flight, followed on: both ends in frame and the labels clear at 10 points.
		if (id === 'flight') await expectFlightFramed(page);
	});
}

/** The area names each city chapter must show at 1440x900 (map/area-labels.ts): the city, then what it lies in. */
const AREAS: Record<string, string[]> = {
	hamburg: ['HAMBURG', 'SCHLESWIG-HOLSTEIN', 'LOWER SAXONY', 'MECKLENBURG-WESTERN POMERANIA'],
	bonn: ['BONN', 'NORTH RHINE-WESTPHALIA', 'RHINELAND-PALATINATE', 'HESSE'],
	evry: ['ESSONNE'],
	paris: ['PARIS', 'ESSONNE']
};

/** Neighbouring towns each city chapter names for orientation (map/orientation-places.ts), one of which must show. */
const TOWNS: Record<string, RegExp> = { korea: /Daejeon|Incheon|Busan/, hamburg: /Kiel|Lübeck|Bremen/, bonn: /Cologne|Koblenz/, evry: /Paris|Versailles|Melun/ };

/**
 * The settled city view: a scale bar whose length is its round distance at the camera's zoom and latitude (read
 * from the page contract, Web Mercator at 512 px tiles), none on the flight; the chapter's orientation towns
 * placed, those of other chapters absent.
 */
async function expectScaleAndTowns(page: Page, id: string) {
	const bar = page.getByTestId('scale-bar');
	if (id === 'flight') return void (await expect(bar).toHaveCount(0));
	await expect(bar).toBeVisible();
	await expect(mapEl(page)).toHaveAttribute('data-labels', 'placed');
	const metres = Number(await bar.getAttribute('data-metres'));
	expect(String(metres), 'a round distance').toMatch(/^[125]0*$/);
	const zoom = Number(await mapEl(page).getAttribute('data-zoom'));
	const [, lat] = await mapCenter(page);
	const perPx = (2 * Math.PI * 6378137 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
	const width = await bar.locator('.bar').evaluate((el) => el.getBoundingClientRect().width);
	expect(Math.abs(width - metres / perPx), `the bar is ${metres} m long at zoom ${zoom}`).toBeLessThan(1.5);
	await expect(bar.locator('.distance')).toHaveText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`);
	const placedTowns = page.locator('.place-orientation:not([hidden]) [data-label-id]');
	if (TOWNS[id]) await expect(placedTowns.filter({ hasText: TOWNS[id] }).first()).toBeVisible();
	// Another chapter's towns never show (Hannover belongs to Hamburg, Gießen to Bonn).
	const foreign = id === 'hamburg' ? 'Gießen' : 'Hannover';
	await expect(page.locator(`.place-orientation[data-orientation="${foreign}"]:not([hidden])`)).toHaveCount(0);
	// The city and the Länder or département around it are named (placed, so clear of every other label).
	const areas = page.locator('.place-area:not([hidden]) [data-label-id]');
	if (AREAS[id]) await expect(areas).toHaveText(AREAS[id]!, { useInnerText: true });
	else await expect(areas).toHaveCount(0);
	await expect(page.locator('.place-area[data-area="Hessen"]:not([hidden])')).toHaveCount(id === 'bonn' ? 1 : 0);
}

test('with reduced motion a chapter change lands at once, with no camera flight in between', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?chapter=bonn');
	await waitForReady(page);
	await expect
		.poll(async () => km(await mapCenter(page), lonLat('bonn')), { message: 'the camera is on Bonn first' })
		.toBeLessThan(30);
	// The key and the read happen in one page task and the next animation frame: MapLibre's camera animations are
	// timed, so a flight (even a short one) would still be near Bonn one frame later; a jump is already at Évry.
	const center = await page.evaluate(
		() =>
			new Promise<string | null>((resolve) => {
				document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
				requestAnimationFrame(() => resolve(document.querySelector('[data-map-state]')!.getAttribute('data-center')));
			})
	);
	const [lon, lat] = (center ?? '').split(',').map(Number);
	expect(km([lon ?? NaN, lat ?? NaN], lonLat('evry')), `one frame after the key the camera is at ${center}`).toBeLessThan(30);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry');
});

/** Scrolls so that `fraction` of the flight chapter's card is at the middle of the viewport (its scrub position). */
function scrollIntoFlight(page: Page, fraction: number) {
	return page.locator('#flight').evaluate((el, f) => {
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo(0, top + f * (el as HTMLElement).offsetHeight - window.innerHeight / 2);
	}, fraction);
}

test('scrolling back inside the flight flies the plane back', async ({ page }) => {
	await page.goto('/?chapter=korea');
	await waitForReady(page);
	const scrollToFlight = (fraction: number) => scrollIntoFlight(page, fraction);
	// Read from the plane marker itself (where the controller put it, and visible), not from the timeline.
	const plane = () => renderedPlane(page);
	await scrollToFlight(0.55);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
	await expect.poll(plane).not.toBeNull();
	const ahead = (await plane())!;
	await scrollToFlight(0.25);
	await expect.poll(async () => (await plane())?.[0] ?? 0).toBeGreaterThan(ahead[0]! + 5);
	// West is forward on this flight: scrolling back moved the plane east, towards Korea, along its route.
	const back = (await plane())!;
	expect(back[0]).toBeLessThan(lonLat('icn')[0]);
});

test('the arc flown is drawn over the map from the origin to the plane, and WebGL takes it back after the flight', async ({ page }) => {
	await page.goto('/?chapter=korea');
	await waitForReady(page);
	const scrollToFlight = (fraction: number) => scrollIntoFlight(page, fraction);
	const svg = page.locator('.story-map [data-flown-line]');
	// The path's first and last points and the plane's centre, all in viewport px.
	const drawn = () =>
		page.evaluate(() => {
			const root = document.querySelector('.story-map [data-flown-line]')!;
			const d = root.querySelector('.flown-stroke')!.getAttribute('d') ?? '';
			const box = root.getBoundingClientRect();
			const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [box.left + Number(m[1]), box.top + Number(m[2])]);
			const plane = document.querySelector('.story-map .plane.maplibregl-marker')!.getBoundingClientRect();
			return { first: points[0], last: points.at(-1), count: points.length, plane: [plane.left + plane.width / 2, plane.top + plane.height / 2] };
		});
	const near = (a: number[] | undefined, b: number[]) => Math.hypot((a?.[0] ?? NaN) - b[0]!, (a?.[1] ?? NaN) - b[1]!);

	await scrollToFlight(0.4);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
	// The ease into the chapter is over (data-center is written on moveend): from here the camera holds the whole
	// arc still, centred far west of Korea.
	await expect.poll(async () => (await mapCenter(page))[0], { message: 'the camera on the whole arc' }).toBeLessThan(100);
	await expect(svg).toBeVisible();
	await expect.poll(async () => { const m = await drawn(); return near(m.last, m.plane); }, { message: 'the line ends at the plane' }).toBeLessThan(3);
	const early = await drawn();
	await scrollToFlight(0.7);
	await expect.poll(async () => (await drawn()).count, { message: 'the line grows' }).toBeGreaterThan(early.count);
	const later = await drawn();
	expect(near(later.first, early.first ?? []), 'the line starts where it started').toBeLessThan(1);
	expect(near(later.last, later.plane), 'the line ends at the plane').toBeLessThan(3);
	// WebGL draws the whole arc faintly under it (the arc ahead), and nothing else of the route.
	await expect.poll(async () => Number(await mapEl(page).getAttribute('data-rendered-route'))).toBeGreaterThan(0);

	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	await expect(svg).toBeHidden();
	await expect.poll(async () => Number(await mapEl(page).getAttribute('data-rendered-route'))).toBeGreaterThan(0);
});

// Screenshots for people: npm run shots (scripts/shots.ts), not part of the suite.
