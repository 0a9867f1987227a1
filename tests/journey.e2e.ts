// The journey in a real browser: scroll, keys, deep links, reduced motion and the flight scrub.
import { test, expect, mapEl, waitForReady, settledCenter, km } from './fixtures';
import type { Page } from '@playwright/test';
import { PLACES } from '../src/lib/story/places';

const IDS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
const lonLat = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;
const chapterOf = (page: Page) => page.locator('.story').getAttribute('data-chapter');

/** Where each chapter's end camera must be centred: the city for the European stops, Korea's middle. */
const EXPECTED_CENTER: Record<string, { at: [number, number]; withinKm: number }> = {
	korea: { at: lonLat('gongju'), withinKm: 120 },
	hamburg: { at: lonLat('hamburg'), withinKm: 30 },
	bonn: { at: lonLat('bonn'), withinKm: 30 },
	evry: { at: lonLat('evry'), withinKm: 30 },
	paris: { at: lonLat('paris'), withinKm: 30 }
};

test('scrolling through the story visits every chapter in order and centres each stop', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForReady(page);
	const seen: string[] = [];
	const centres: Record<string, [number, number]> = {};
	for (let step = 0; step < 200; step++) {
		const id = (await chapterOf(page))!;
		if (seen.at(-1) !== id) seen.push(id);
		// The story opens on the world behind the title; Korea's camera comes when its card reaches the middle.
		const cardActive = await page
			.locator(`#${id}`)
			.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight / 2);
		// data-center changes on moveend only, so "settled" must outlast the 1.6 s chapter transition.
		if (EXPECTED_CENTER[id] && !centres[id] && cardActive) centres[id] = await settledCenter(page, 2000);
		if (id === 'paris') break;
		await page.mouse.wheel(0, 250);
		await page.waitForTimeout(60);
	}
	expect(seen).toEqual([...IDS]);
	for (const [id, { at, withinKm }] of Object.entries(EXPECTED_CENTER)) {
		expect(km(centres[id]!, at), `${id}: map centre to the stop`).toBeLessThan(withinKm);
	}
});

test('ArrowRight walks every chapter, ArrowLeft and Home come back, and the live region says so', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	const historyLength = await page.evaluate(() => history.length);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	for (const id of IDS.slice(1)) {
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', id);
	}
	await expect(page.getByTestId('announcer')).toContainText('Chapter 6 of 6');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry');
	await page.keyboard.press('Home');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
	await page.keyboard.press('End');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'paris');
	// The URL follows the reader without adding history entries.
	expect(new URL(page.url()).searchParams.get('chapter')).toBe('paris');
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('the on-screen buttons and the rail move between chapters', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	await page.getByRole('button', { name: 'Next chapter' }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
	const rail = page.getByRole('navigation', { name: 'Stops of the journey' });
	await rail.getByRole('button', { name: /Bonn/ }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'bonn');
	await expect(rail.getByRole('button', { name: /Bonn/ })).toHaveAttribute('aria-current', 'step');
	await page.getByRole('button', { name: 'Previous chapter' }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
});

for (const id of IDS) {
	test(`deep link ?chapter=${id} and #${id} land on the chapter's end state`, async ({ page }) => {
		for (const url of [`/?chapter=${id}`, `/#${id}`]) {
			await page.goto(url);
			await waitForReady(page);
			await expect(page.locator('.story')).toHaveAttribute('data-chapter', id);
			const expected = EXPECTED_CENTER[id];
			if (expected) expect(km(await settledCenter(page), expected.at), url).toBeLessThan(expected.withinKm);
		}
		// The chapter's card is in view.
		await expect(page.locator(`#${id} h2`)).toBeInViewport();
	});
}

test('with reduced motion a chapter change lands in under a second', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?chapter=bonn');
	await waitForReady(page);
	await settledCenter(page);
	const target = lonLat('evry');
	const started = Date.now();
	await page.keyboard.press('ArrowRight');
	await expect
		.poll(async () => km((await mapEl(page).getAttribute('data-center'))!.split(',').map(Number) as [number, number], target), {
			timeout: 1000,
			intervals: [50]
		})
		.toBeLessThan(30);
	expect(Date.now() - started).toBeLessThan(1000);
});

test('scrolling back inside the flight flies the plane back', async ({ page }) => {
	await page.goto('/?chapter=korea');
	await waitForReady(page);
	const flight = page.locator('#flight');
	const scrollToFlight = (fraction: number) =>
		flight.evaluate((el, f) => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo(0, top + f * (el as HTMLElement).offsetHeight - window.innerHeight / 2);
		}, fraction);
	const plane = async () => {
		const value = await mapEl(page).getAttribute('data-plane');
		return value ? value.split(',').map(Number) : null;
	};
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

test('Play runs the timeline and Pause holds it', async ({ page }) => {
	await page.goto('/?chapter=bonn');
	await waitForReady(page);
	await page.getByTestId('play').click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry', { timeout: 15_000 });
	await page.getByTestId('pause').click();
	const held = await chapterOf(page);
	await page.waitForTimeout(2500);
	expect(await chapterOf(page)).toBe(held);
});

test.describe('screenshots of every chapter', () => {
	for (const [name, size] of [
		['phone', { width: 375, height: 667 }],
		['desktop', { width: 1440, height: 900 }]
	] as const) {
		test(name, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize(size);
			for (const id of IDS) {
				await page.goto(`/?chapter=${id}`);
				await waitForReady(page);
				await settledCenter(page);
				await page.screenshot({ path: `tests/screenshots/journey-${name}-${id}.png` });
			}
		});
	}
});
