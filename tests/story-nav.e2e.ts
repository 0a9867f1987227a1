// Moving through the story by keys, buttons, the chapter rail and the play clock. None of these needs the WebGL map
// (journey.e2e.ts follows the camera over it): the page runs over the drawn map, usable in a second.
import { test, expect, frames } from './fixtures';
import { NO_WEBGL } from '../playwright.config';
import type { Page } from '@playwright/test';

test.use({ launchOptions: NO_WEBGL });

const IDS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
const chapterOf = (page: Page) => page.locator('.story').getAttribute('data-chapter');

/** The page has hydrated: its map (the drawn one, here) reports its state. */
async function waitForHydrated(page: Page) {
	await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', 'fallback');
}

/** Where the page is scrolled and where each step lies (document px), for a failure's message. */
const layoutNow = (page: Page) =>
	page.evaluate(() => {
		const steps = [...document.querySelectorAll<HTMLElement>('section.step')].map((el) => {
			const r = el.getBoundingClientRect();
			return `${el.id}@${Math.round(r.top + scrollY)}+${Math.round(r.height)}`;
		});
		return `scrollY ${Math.round(scrollY)}, innerHeight ${innerHeight}, fonts ${document.fonts.status}, ${steps.join(' ')}`;
	});

test('ArrowRight walks every chapter, ArrowLeft and Home come back, and the live region says so', async ({ page }) => {
	await page.goto('/');
	await waitForHydrated(page);
	const historyLength = await page.evaluate(() => history.length);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	for (const id of IDS.slice(1)) {
		const before = await layoutNow(page);
		await page.keyboard.press('ArrowRight');
		// This step failed twice in CI (stops 21 and 23: one press from Korea landed on Évry) and never here: if it
		// fails again, the message says where the page was scrolled and where each step lay, before and after.
		await expect(page.locator('.story'), `ArrowRight to ${id}; before: ${before}`).toHaveAttribute('data-chapter', id).catch(async (error) => {
			throw new Error(`${error.message}\nafter: ${await layoutNow(page)}`);
		});
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
	await waitForHydrated(page);
	await page.getByRole('button', { name: 'Next chapter' }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'flight');
	const rail = page.getByRole('navigation', { name: 'Stops of the journey' });
	await rail.getByRole('button', { name: /Bonn/ }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'bonn');
	await expect(rail.getByRole('button', { name: /Bonn/ })).toHaveAttribute('aria-current', 'step');
	await page.getByRole('button', { name: 'Previous chapter' }).click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
});

test('Play runs the timeline and Pause holds it', async ({ page }) => {
	await page.goto('/?chapter=bonn');
	await waitForHydrated(page);
	await page.getByTestId('play').click();
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry', { timeout: 15_000 });
	await page.getByTestId('pause').click();
	await expect(page.getByTestId('play')).toBeVisible();
	const held = await chapterOf(page);
	const fraction = () => page.locator('.story').evaluate(() => document.querySelector('[style*="--fraction"]')?.getAttribute('style') ?? '');
	const heldAt = await fraction();
	// 120 animation frames (the player's clock ticks on frames): neither the chapter nor the progress moves.
	await frames(page, 120);
	expect(await chapterOf(page)).toBe(held);
	expect(await fraction()).toBe(heldAt);
});
