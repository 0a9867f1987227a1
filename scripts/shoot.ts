// Dev helper (not a test): screenshots of a page at a size, for looking at what we built.
// npx tsx scripts/shoot.ts <path> <width>x<height> <out.png> [--reduced] [--wait=ms] [--scroll=y]
import { chromium } from '@playwright/test';
import { LAUNCH } from '../playwright.config';

const [path = '/', size = '1440x900', out = '/tmp/shot.png', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const wait = Number(flags.find((f) => f.startsWith('--wait='))?.slice(7) ?? 1500);
const scroll = flags.find((f) => f.startsWith('--scroll='))?.slice(9);
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage({
	viewport: { width: width!, height: height! },
	reducedMotion: flags.includes('--reduced') ? 'reduce' : 'no-preference'
});
page.on('console', (m) => m.type() === 'error' || m.type() === 'warning' ? console.log(m.type(), m.text()) : undefined);
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`http://localhost:${process.env.E2E_PORT ?? 4173}${path}`);
await page.waitForSelector('[data-map-state="ready"], [data-map-state="error"]', { timeout: 10_000 }).catch(() => console.log('no map ready'));
if (scroll) await page.evaluate((y) => window.scrollTo(0, Number(y)), scroll);
await page.waitForTimeout(wait);
console.log(await page.evaluate(() => {
	const m = document.querySelector("[data-map-state]") as HTMLElement | null;
	return JSON.stringify({ ...m?.dataset, chapter: (document.querySelector("[data-chapter]") as HTMLElement | null)?.dataset.chapter });
}));
await page.screenshot({ path: out });
await browser.close();
