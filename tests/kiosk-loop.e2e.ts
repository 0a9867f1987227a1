// The kiosk's attract loop and its input, over the drawn map (no WebGL): the loop, touch and keys, the idle
// reset, the status corner, the title card with its QR code, ?langs, the language button and bad ?speed/?idle.
// None of these depends on the WebGL map (the loop plays over the drawn map as well, kiosk-no-webgl.e2e.ts);
// kiosk.e2e.ts keeps what does: places on the map, context loss, reduced-motion camera, offline reloads, axe and
// type sizes over the real map.
// `?speed=` shortens the loop. Waits are on state (attributes, the page's own countdown), never on time.
import type { Page } from '@playwright/test';
import { test, expect, mapEl } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

/** The drawn map is the map here: the kiosk starts its loop over it. */
async function waitForDrawnMap(page: Page) {
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
}

const root = (page: Page) => page.locator('main.kiosk');
const chapterOf = (page: Page) => root(page).getAttribute('data-chapter');

/** Seconds left on the paused badge's countdown (the page's own real-time clock). */
async function resumesIn(page: Page): Promise<number> {
	const text = (await page.getByTestId('paused').textContent()) ?? '';
	return Number(/(\d+)\s*s\b/.exec(text)?.[1] ?? NaN);
}

/** Clicks the map where no control is (upper middle, right of the caption column). */
async function tapMap(page: Page) {
	const size = page.viewportSize()!;
	await page.mouse.click(size.width * 0.62, size.height * 0.22);
}

test('a tap holds the current chapter and says the kiosk is paused', async ({ page }) => {
	await page.goto('/kiosk?speed=8&idle=60');
	await waitForDrawnMap(page);
	await tapMap(page);
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	await expect(page.getByTestId('paused')).toContainText('Paused');
	await expect(page.getByTestId('kiosk-toggle')).toHaveAttribute('aria-pressed', 'true');
	const held = await chapterOf(page);
	const slide = await root(page).getAttribute('data-slide');
	// Three real seconds by the page's own countdown (at speed 8 a chapter lasts 1.25 s).
	await expect.poll(() => resumesIn(page), { message: 'the paused countdown runs' }).toBeLessThanOrEqual(57);
	expect(await chapterOf(page)).toBe(held);
	expect(await root(page).getAttribute('data-slide')).toBe(slide);
	// The pause/play control resumes the loop.
	await page.getByTestId('kiosk-toggle').click();
	await expect(root(page)).toHaveAttribute('data-mode', 'attract');
	await expect.poll(() => chapterOf(page), { timeout: 10_000 }).not.toBe(held);
});

test('after `idle` real seconds without input the loop starts again from the beginning', async ({ page }) => {
	// speed does not scale idle: 3 real seconds even at speed 4.
	await page.goto('/kiosk?speed=4&idle=3');
	await waitForDrawnMap(page);
	const pausedAt = Date.now(); // the input happens after this, so the reset must come 3 s after it at the earliest
	await page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: 'Paris' }).click();
	await expect(root(page)).toHaveAttribute('data-chapter', 'paris');
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	// Still held with two seconds to go: the reset does not come early.
	await expect.poll(() => resumesIn(page), { message: 'the countdown reaches 2 s' }).toBeLessThanOrEqual(2);
	await expect(root(page)).toHaveAttribute('data-chapter', 'paris');
	await expect(root(page)).toHaveAttribute('data-mode', 'attract', { timeout: 5000 });
	expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(2900);
	// Reset to the start (not resumed from Paris), and playing on from there.
	await expect(root(page)).toHaveAttribute('data-slide', '0');
	await expect(root(page)).toHaveAttribute('data-chapter', 'flight', { timeout: 20_000 });
});

test('swipes and keys move between chapters; space toggles the loop', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForDrawnMap(page);
	await page.keyboard.press('ArrowRight');
	await expect(root(page)).toHaveAttribute('data-chapter', 'flight');
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	await page.keyboard.press('ArrowRight');
	await expect(root(page)).toHaveAttribute('data-chapter', 'hamburg');
	await page.keyboard.press('ArrowLeft');
	await expect(root(page)).toHaveAttribute('data-chapter', 'flight');
	// A swipe to the left brings the next chapter.
	const { width, height } = page.viewportSize()!;
	await page.mouse.move(width * 0.8, height * 0.3);
	await page.mouse.down();
	await page.mouse.move(width * 0.5, height * 0.31, { steps: 5 });
	await page.mouse.up();
	await expect(root(page)).toHaveAttribute('data-chapter', 'hamburg');
	await page.keyboard.press('Space');
	await expect(root(page)).toHaveAttribute('data-mode', 'attract');
	await page.keyboard.press('Space');
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
});

test('the status corner is hidden unless ?debug', async ({ page }) => {
	await page.goto('/kiosk');
	await waitForDrawnMap(page);
	await expect(page.getByTestId('kiosk-status')).toHaveCount(0);
	await page.goto('/kiosk?debug&speed=60');
	await expect(page.getByTestId('kiosk-status')).toContainText(/Loops\s*[1-9]/, { timeout: 20_000 });
});

// Issue 11 item 5: at speed 100 the language switches every few hundred ms, so the touch often lands while the
// other locale's page is loading; the kiosk then supersedes that navigation (KioskShell) and the visitor stays.
test('a touch during the ?langs alternation keeps the visitor in the chosen language', async ({ page }) => {
	await page.goto('/kiosk?speed=100&langs=ko,en');
	await waitForDrawnMap(page);
	// A touch stops the alternation: the visitor's language stays.
	await tapMap(page);
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	const chosen = await page.locator('html').getAttribute('lang');
	const loops = await root(page).getAttribute('data-loop-count');
	await expect.poll(() => resumesIn(page), { message: 'two real seconds pass' }).toBeLessThanOrEqual(58);
	expect(await page.locator('html').getAttribute('lang')).toBe(chosen);
	expect(await root(page).getAttribute('data-loop-count')).toBe(loops);
});

test('?langs=ko,en alternates the language from loop to loop (fast clock)', async ({ page }) => {
	await page.goto('/kiosk?speed=100&langs=ko,en');
	await page.evaluate(() => {
		// Seeded with the language now: at speed 100 the first switch may already have happened.
		const seen: string[] = [document.documentElement.lang];
		(window as unknown as { __langs: string[] }).__langs = seen;
		new MutationObserver(() => {
			const lang = document.documentElement.lang;
			if (seen.at(-1) !== lang) seen.push(lang);
		}).observe(document.documentElement, {
			attributeFilter: ['lang']
		});
	});
	await waitForDrawnMap(page);
	const langs = () => page.evaluate(() => (window as unknown as { __langs: string[] }).__langs);
	await expect.poll(async () => (await langs()).length, { message: 'three loop starts switch the language', timeout: 60_000 }).toBeGreaterThanOrEqual(3);
	// Only the two languages asked for, each change a switch to the other one (seen records changes only).
	const seq = (await langs()).slice(0, 3);
	expect(seq.every((l) => l === 'ko' || l === 'en'), seq.join(',')).toBe(true);
	expect(seq[0]).not.toBe(seq[1]);
	expect(seq[1]).not.toBe(seq[2]);
	await expect.poll(() => new URL(page.url()).search).toContain('langs=ko,en');
});

test('hostile or unknown ?langs values are ignored: the page keeps its language', async ({ page }) => {
	const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">,xx,ko');
	await page.goto(`/de/kiosk?speed=100&langs=${hostile}`);
	await waitForDrawnMap(page);
	await expect.poll(async () => Number(await root(page).getAttribute('data-loop-count')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	expect(new URL(page.url()).pathname).toBe('/de/kiosk');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the title card opens the loop: what this is, an invitation, and a QR code to the story', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForDrawnMap(page);
	await expect(root(page)).toHaveAttribute('data-slide-kind', 'title');
	const card = page.getByTestId('title-card');
	await expect(card.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(card).toContainText('Touch the screen');
	await expect(card).toContainText(/13\s?–\s?17 November 2022/);
	const qr = page.getByTestId('kiosk-qr');
	await expect(qr).toHaveAttribute('data-url', /^https?:\/\/[^/]+\/$/);
	await expect(qr.getByRole('img')).toHaveAccessibleName(/QR code linking to the story/);
	// A real symbol: the three finder patterns make it at least a few hundred dark runs, drawn as one path.
	expect(((await qr.locator('path').getAttribute('d')) ?? '').split('M').length).toBeGreaterThan(100);
	// The Korean kiosk links to the Korean story.
	await page.goto('/ko/kiosk');
	await expect(page.getByTestId('kiosk-qr')).toHaveAttribute('data-url', /\/ko$/);
	// A touch on the title card opens the first chapter, its places ready to tap.
	await page.goto('/kiosk?speed=1');
	await waitForDrawnMap(page);
	await tapMap(page);
	await expect(root(page)).toHaveAttribute('data-slide-kind', 'chapter');
	await expect(root(page)).toHaveAttribute('data-chapter', 'korea');
	await expect(page.getByTestId('title-card')).toHaveCount(0);
});

test('the language button cycles through the four languages, each named in itself, and keeps the query', async ({ page }) => {
	await page.goto('/kiosk?speed=1&idle=60');
	await waitForDrawnMap(page);
	// The navigation's name changes with the language (Language, 언어, Sprache…): find the button by its test id.
	await expect(page.getByRole('navigation', { name: 'Language' })).toBeVisible();
	const button = page.getByTestId('kiosk-language');
	const box = (await button.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
	await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
	for (const [name, lang, path] of [
		['한국어', 'ko', '/ko/kiosk'],
		['Deutsch', 'de', '/de/kiosk'],
		['Français', 'fr', '/fr/kiosk'],
		['English', 'en', '/kiosk']
	] as const) {
		await expect(button).toHaveText(name);
		await expect(button).toHaveAttribute('lang', lang);
		await button.click();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect.poll(() => new URL(page.url()).pathname).toBe(path);
		expect(new URL(page.url()).search).toBe('?speed=1&idle=60');
		// The visitor chose: the kiosk waits for them, in that language.
		await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	}
	// One page all along: the map was not rebuilt.
	expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'fallback');
});

test('bad ?speed and ?idle values fall back and are never rendered', async ({ page }) => {
	const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
	await page.goto(`/kiosk?speed=${hostile}&idle=-1&debug`);
	await waitForDrawnMap(page);
	await expect(root(page)).toHaveAttribute('data-chapter', /korea|flight/);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.getByTestId('kiosk-status')).toContainText('fallback');
});
