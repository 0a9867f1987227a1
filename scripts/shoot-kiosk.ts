// Dev helper (not a test): the kiosk's title card, a chapter, explore with a place card, at 1080p and 4K, for
// people to look at. With the built site previewed: npx tsx scripts/shoot-kiosk.ts [outDir] (default /tmp/shots)
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { LAUNCH } from '../playwright.config';

const out = process.argv[2] ?? '/tmp/shots';
const base = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
mkdirSync(out, { recursive: true });
const ready = (page: Page) => page.waitForSelector('[data-map-state="ready"], [data-map-state="fallback"]', { timeout: 300_000, state: 'attached' });
/** The map has stopped moving: data-center unchanged over two reads 600 ms apart. */
async function settled(page: Page) {
	let last = '';
	for (let i = 0; i < 40; i++) {
		const now = await page.locator('[data-map-state]').first().getAttribute('data-center');
		if (now === last) return;
		last = now ?? '';
		await page.waitForTimeout(600);
	}
}

const browser = await chromium.launch(LAUNCH);
for (const [name, width, height] of [
	['1080p', 1920, 1080],
	['4k', 3840, 2160]
] as const) {
	const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
	const lang = process.env.KIOSK_LANG ? `/${process.env.KIOSK_LANG}` : '';
	await page.goto(`${base}${lang}/kiosk?speed=0.25`);
	await ready(page);
	await settled(page);
	await page.screenshot({ path: `${out}/kiosk-${name}-title.png` });
	await page.keyboard.press('ArrowRight'); // the flight, whole
	await settled(page);
	await page.screenshot({ path: `${out}/kiosk-${name}-flight.png` });
	await page.getByRole('navigation', { name: 'Chapters' }).getByRole('button').nth(3).click(); // Hamburg
	await settled(page);
	await page.locator('.maplibregl-marker[data-place="hamburg-rathaus"]').click();
	await settled(page);
	await page.screenshot({ path: `${out}/kiosk-${name}-place.png` });
	await page.keyboard.press('End');
	await settled(page);
	await page.locator('.maplibregl-marker[data-place="learning-planet-institute"]').click();
	await settled(page);
	await page.screenshot({ path: `${out}/kiosk-${name}-explore.png` });
	await page.close();
	console.log(`${out}/kiosk-${name}-{title,flight,place,explore}.png`);
}
await browser.close();
