// Dev helper (not a test): screenshots at several points of the flight scrub.
import { chromium } from '@playwright/test';
import { LAUNCH } from '../playwright.config';
const [size = '1440x900', prefix = '/tmp/shots/flight'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage({ viewport: { width: width!, height: height! } });
await page.goto(`http://localhost:${process.env.E2E_PORT ?? 4173}/?chapter=korea`);
await page.waitForSelector('[data-map-state="ready"]');
for (const f of [0.1, 0.3, 0.5, 0.7]) {
	await page.evaluate((f) => {
		const el = document.getElementById('flight')!;
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + f * el.offsetHeight - innerHeight / 2);
	}, f);
	await page.waitForTimeout(2500);
	await page.screenshot({ path: `${prefix}-${f}.png` });
}
await browser.close();
