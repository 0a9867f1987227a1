// The kiosk (/kiosk) on the built site: the attract loop with its title card, touch to explore, the idle reset,
// offline reloads, WebGL context loss, keyboard, accessibility, languages (?langs), and type readable from 3 m at
// 1080p and 4K. `?speed=` shortens the loop. Waits are on state (attributes, the page's own countdown), never time.
// Screenshots for people: `npx tsx scripts/shoot-kiosk.ts` (not a test).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapEl, settledCenter, km } from './fixtures';
import { PLACES } from '../src/lib/story/places';

// Software WebGL at kiosk sizes on a busy 2-core machine can take well over a minute to a first idle map: the
// waits below are on state (data-map-state), with room for that.
test.describe.configure({ timeout: 240_000 });
async function waitForReady(page: Page) {
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'ready', { timeout: 150_000 });
}

const root = (page: Page) => page.locator('main.kiosk');
const chapterOf = (page: Page) => root(page).getAttribute('data-chapter');
const lonLat = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;

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

test('the attract loop plays by itself through at least three chapters, and loops', async ({ page }) => {
	await page.goto('/kiosk?speed=10');
	// Every value data-chapter takes, recorded in the page (polling from here could miss a short chapter).
	await page.evaluate(() => {
		const main = document.querySelector('main.kiosk')!;
		const seen = [main.getAttribute('data-chapter')];
		(window as unknown as { __seen: unknown[] }).__seen = seen;
		new MutationObserver(() => seen.push(main.getAttribute('data-chapter'))).observe(main, {
			attributeFilter: ['data-chapter']
		});
	});
	await waitForReady(page);
	const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
	await expect.poll(async () => (await seen()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
	// The loop starts on the first chapter once the map is ready, and goes in story order.
	expect((await seen()).slice(0, 4)).toEqual(['korea', 'flight', 'hamburg', 'bonn']);
	await expect(root(page)).toHaveAttribute('data-mode', 'attract');
	// One loop at speed 10 is about 6.6 s; then it starts again from Korea.
	await expect.poll(async () => Number(await root(page).getAttribute('data-loop-count')), { timeout: 30_000 }).toBeGreaterThan(0);
	expect((await seen()).slice(0, 7)).toEqual(['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris', 'korea']);
	// No scrollbars: nothing overflows the screen.
	expect(
		await page.evaluate(() => [
			document.documentElement.scrollWidth <= innerWidth,
			document.documentElement.scrollHeight <= innerHeight
		])
	).toEqual([true, true]);
});

test('a tap holds the current chapter and says the kiosk is paused', async ({ page }) => {
	await page.goto('/kiosk?speed=8&idle=60');
	await waitForReady(page);
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
	await waitForReady(page);
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
	await waitForReady(page);
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

test('tapping a place shows its facts and sources', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForReady(page);
	await page.keyboard.press('End'); // Paris: its venues are labelled
	await expect(root(page)).toHaveAttribute('data-chapter', 'paris');
	await page.locator('.maplibregl-marker[data-place="learning-planet-institute"]').click();
	const card = page.getByTestId('place-card');
	await expect(card).toBeVisible();
	await expect(card.getByRole('heading', { level: 2 })).toContainText('Learning Planet Institute');
	await expect(card).toContainText('Sources');
	await expect(root(page)).toHaveAttribute('data-mode', 'explore');
	await card.getByRole('button', { name: 'Close' }).click();
	await expect(card).toHaveCount(0);
});

test('bad ?speed and ?idle values fall back and are never rendered', async ({ page }) => {
	const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
	await page.goto(`/kiosk?speed=${hostile}&idle=-1&debug`);
	await waitForReady(page);
	await expect(root(page)).toHaveAttribute('data-chapter', /korea|flight/);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.getByTestId('kiosk-status')).toContainText('ready');
});

test('the status corner is hidden unless ?debug', async ({ page }) => {
	await page.goto('/kiosk');
	await waitForReady(page);
	await expect(page.getByTestId('kiosk-status')).toHaveCount(0);
	await page.goto('/kiosk?debug&speed=60');
	await expect(page.getByTestId('kiosk-status')).toContainText(/Loops\s*[1-9]/, { timeout: 20_000 });
});

test('a lost WebGL context comes back to ready without a reload', async ({ page }) => {
	test.setTimeout(240_000); // software WebGL rebuilds slowly on a busy machine
	await page.goto('/kiosk?speed=4&debug');
	await waitForReady(page);
	await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
	await page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
		const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
		(window as unknown as { __ext: WEBGL_lose_context }).__ext = ext;
		ext.loseContext();
	});
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
	await expect(page.getByTestId('kiosk-status')).toContainText('loading'); // the session saw it
	await page.evaluate(() => (window as unknown as { __ext: WEBGL_lose_context }).__ext.restoreContext());
	await waitForReady(page);
	expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
	// It really draws again: the basemap and the outlines are rendered features after the restore.
	await expect.poll(async () => Number(await mapEl(page).getAttribute('data-rendered-basemap'))).toBeGreaterThan(0);
	await expect(root(page)).toHaveAttribute('data-mode', 'attract');
	// And keeps playing.
	const before = await chapterOf(page);
	await expect.poll(() => chapterOf(page), { timeout: 15_000 }).not.toBe(before);
});

test('a context that never comes back is fixed by a reload at the next loop start', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/kiosk?speed=100');
	await waitForReady(page);
	await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
	await page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
		canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'loading');
	// 15 s not ready, then the next loop start reloads the page.
	await page.waitForEvent('load', { timeout: 40_000 });
	await waitForReady(page);
	expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBeUndefined();
});

test('with reduced motion a chapter lands in its end state at once', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/kiosk?speed=1');
	await waitForReady(page);
	await page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: 'Bonn' }).click();
	await expect
		.poll(async () => km((await mapEl(page).getAttribute('data-center'))!.split(',').map(Number) as [number, number], lonLat('bonn')), {
			timeout: 1500,
			intervals: [50]
		})
		.toBeLessThan(30);
	await expect(mapEl(page)).toHaveAttribute('data-plane', '');
});

test('axe: no serious or critical violations, attract and explore', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForReady(page);
	const check = async () => {
		const results = await new AxeBuilder({ page }).analyze();
		return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
	};
	expect(await check()).toEqual([]);
	await page.keyboard.press('End');
	await page.locator('.maplibregl-marker[data-place="unesco-hq"]').click();
	await expect(page.getByTestId('place-card')).toBeVisible();
	expect(await check()).toEqual([]);
});

test('the language button cycles through the four languages, each named in itself, and keeps the query', async ({ page }) => {
	await page.goto('/kiosk?speed=1&idle=60');
	await waitForReady(page);
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
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'ready');
});

// Open (issue 11 item 5): a touch right after a language switch sometimes lands while the other locale's page
// takes over, and the explore countdown is then missing; listed as fixme until the switch and the touch are ordered.
test.fixme('a touch during the ?langs alternation keeps the visitor in the chosen language', async ({ page }) => {
	await page.goto('/kiosk?speed=100&langs=ko,en');
	await waitForReady(page);
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
	await waitForReady(page);
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
	await waitForReady(page);
	await expect.poll(async () => Number(await root(page).getAttribute('data-loop-count')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	expect(new URL(page.url()).pathname).toBe('/de/kiosk');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the title card opens the loop: what this is, an invitation, and a QR code to the story', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForReady(page);
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
	await waitForReady(page);
	await tapMap(page);
	await expect(root(page)).toHaveAttribute('data-slide-kind', 'chapter');
	await expect(root(page)).toHaveAttribute('data-chapter', 'korea');
	await expect(page.getByTestId('title-card')).toHaveCount(0);
});

test('Hamburg City Hall tells what happened there and when, not only "no figures"', async ({ page }) => {
	await page.goto('/kiosk?speed=1');
	await waitForReady(page);
	await page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: 'Hamburg' }).click();
	// By keyboard: at the Hamburg zoom City Hall's dot sits close beside UIL's (issue 10's label work is open), and
	// what this test proves is the card's content.
	const cityHall = page.locator('.maplibregl-marker[data-place="hamburg-rathaus"]');
	await cityHall.focus();
	await page.keyboard.press('Enter');
	const visit = page.getByTestId('place-card').getByTestId('place-visit');
	await expect(visit).toContainText('14 November 2022');
	await expect(visit).toContainText('Masterplan ESD 2030');
	await expect(page.getByTestId('place-card')).not.toContainText('No figures');
});

test.describe('offline, with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one load, a reload with the network gone still reaches a ready map', async ({ page, context }) => {
		test.setTimeout(240_000);
		await page.goto('/kiosk?speed=10');
		await waitForReady(page);
		// The worker has installed (shell, geo, pages precached) and controls the page (clients.claim).
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
		await context.setOffline(true);
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await waitForReady(page);
		expect(Number(await mapEl(page).getAttribute('data-rendered-basemap'))).toBeGreaterThan(0);
		await expect(root(page)).toHaveAttribute('data-chapter', /./);
		// Still looping offline.
		const before = await chapterOf(page);
		await expect.poll(() => chapterOf(page), { timeout: 10_000 }).not.toBe(before);
		await context.setOffline(false);
	});

	test('the story page still works under the worker, and pages come from the network first', async ({ page }) => {
		await page.goto('/kiosk?speed=10');
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
		const served: string[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'document') served.push(`${r.status()} ${r.fromServiceWorker()}`);
		});
		await page.goto('/?chapter=bonn');
		await waitForReady(page);
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'bonn');
		// The worker answered with the network's response (network first), not a cached copy of another page.
		expect(served).toEqual(['200 true']);
		expect(km(await settledCenter(page), lonLat('bonn'))).toBeLessThan(30);
	});
});

/** Every visible text node's font size inside the kiosk (the operators' status corner aside), smallest first. */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
	return page.evaluate(() => {
		let smallest = { px: Infinity, text: '' };
		const walker = document.createTreeWalker(document.querySelector('main.kiosk')!, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			const text = node.textContent!.trim();
			if (!text || el.closest('.visually-hidden, [data-testid="kiosk-status"]')) continue;
			const box = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.opacity === '0') continue;
			const px = parseFloat(style.fontSize);
			if (px < smallest.px) smallest = { px, text };
		}
		return smallest;
	});
}

test.describe('readable from 3 m', () => {
	for (const [name, size, minPx] of [
		['1080p', { width: 1920, height: 1080 }, 24],
		['4k', { width: 3840, height: 2160 }, 48]
	] as const) {
		test(`${name}: title card, captions, explore controls and a place card are all at least ${minPx} px`, async ({ page }) => {
			test.setTimeout(300_000); // software WebGL at 4K is slow
			await page.setViewportSize(size);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('/kiosk?speed=1');
			await waitForReady(page);
			await expect(page.getByTestId('title-card')).toBeVisible();
			expect((await smallestText(page)).px, JSON.stringify(await smallestText(page))).toBeGreaterThanOrEqual(minPx);
			// Explore: Paris, its venues labelled, a place card open.
			await page.keyboard.press('End');
			await expect(root(page)).toHaveAttribute('data-chapter', 'paris');
			await page.locator('.maplibregl-marker[data-place="learning-planet-institute"]').click();
			const card = page.getByTestId('place-card');
			await expect(card).toBeVisible();
			expect((await smallestText(page)).px, JSON.stringify(await smallestText(page))).toBeGreaterThanOrEqual(minPx);
			// The card fits on the screen whole (it never scrolls).
			const box = (await card.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(size.height);
			expect(await card.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
		});
	}
});
