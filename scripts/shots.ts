// npm run shots: screenshots for people to look at (not tests: they compare nothing), written to shots/
// (gitignored): every story chapter, the kiosk, the embed and /data at 375x667, 1440x900, 1920x1080, 3840x2160.
// `npm run shots -- 'kiosk|embed'` takes only the pages whose names match; SHOTS_LANG=ko (de, fr) another language.
// Rebuilds a stale build first, serves it with our server on SHOTS_PORT (default 4190), waits on the page
// contract (data-map-state leaves `loading`), never on time alone.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { LAUNCH } from '../playwright.config';
import { staleReason } from './build-stamp';
import { startPreview } from './preview-server';

const SIZES = [
	[375, 667],
	[1440, 900],
	[1920, 1080],
	[3840, 2160]
] as const;
const CHAPTERS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'];
const PAGES: [name: string, path: string][] = [
	...CHAPTERS.map((id): [string, string] => [`story-${id}`, `/?chapter=${id}`]),
	['story-flight-mid', '/?chapter=flight'],
	['kiosk', '/kiosk'],
	['embed-flight', '/embed?chapter=flight'],
	['data', '/data']
];
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
/** SHOTS_LANG=ko|de|fr: the same pages in that language (paths under /ko, files named …-ko-375x667.png). */
const lang = /^(ko|de|fr)$/.test(process.env.SHOTS_LANG ?? '') ? process.env.SHOTS_LANG! : '';

async function settle(page: Page) {
	const map = page.locator('[data-map-state]').first();
	if ((await map.count()) === 0) return;
	await page
		.waitForFunction(() => document.querySelector('[data-map-state]')?.getAttribute('data-map-state') !== 'loading', undefined, {
			timeout: 60_000
		})
		.catch(() => console.log('  (map still loading: shot as is)'));
	// Two quiet animation frames after the last camera move, then the labels placed for what is on screen.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	if ((await map.getAttribute('data-map-state')) === 'ready')
		await page
			.waitForFunction(() => document.querySelector('[data-map-state]')?.getAttribute('data-labels') === 'placed', undefined, {
				timeout: 30_000
			})
			.catch(() => console.log('  (labels not placed: shot as is)'));
}

/** Mid-flight: the flight chapter scrolled to `fraction` of its length (the follow camera, the arc half flown). */
async function scrollFlight(page: Page, fraction: number) {
	await page.locator('#flight').evaluate(async (el, f) => {
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo(0, top + f * (el as HTMLElement).offsetHeight - window.innerHeight / 2);
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	}, fraction);
	await settle(page);
}

const reason = staleReason();
if (reason) {
	console.log(`${reason}: npm run build`);
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.SHOTS_PORT ?? 4190);
const server = await startPreview(port);
const browser = await chromium.launch(LAUNCH);
mkdirSync('shots', { recursive: true });
try {
	for (const [width, height] of SIZES) {
		const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
		const page = await context.newPage();
		for (const [name, path] of PAGES) {
			if (only && !only.test(name)) continue;
			// /?chapter=x becomes /ko?chapter=x (the site has no trailing slashes).
			await page.goto(`http://localhost:${port}${lang ? `/${lang}${path.replace(/^\/(?=\?|$)/, '')}` : path}`);
			await settle(page);
			if (name === 'story-flight-mid') await scrollFlight(page, 0.7);
			const file = `shots/${name}${lang ? `-${lang}` : ''}-${width}x${height}.png`;
			await page.screenshot({ path: file, timeout: 120_000 });
			console.log(file);
		}
		await context.close();
	}
} finally {
	await browser.close();
	server.stop();
}
