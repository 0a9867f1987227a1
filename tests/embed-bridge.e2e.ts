// The embed's host bridge in a host page on ANOTHER origin (issue 12 #5, #6; issue 10 #4): a burst of gotos ends on
// the last with a handful of replies; keys in the focused embed never scroll the host; the posted height is the
// same for every chapter at 360 and 720 px.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

// The bridge and the embed's height do not depend on WebGL: the drawn map stands in (the map is lazy there anyway).
test.use({ launchOptions: NO_WEBGL });

const IDS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
let server: Server;
let host = '';

/** An article with the embed's iframe; it records our messages, counts its own scroll events, sizes the iframe. */
function hostPage(embedOrigin: string, width: number, src: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font:16px/1.5 sans-serif}#wrap{width:${width}px;margin:40px auto}.tall{height:3000px}</style>
</head><body><div id="wrap"><p>Article.</p>
<iframe id="lcj" src="${embedOrigin}${src}" title="Learning Cities Journey" style="display:block;width:100%;border:0" height="200"></iframe>
<div class="tall">More.</div></div>
<script>
window.__messages = []; window.__scrolls = 0;
addEventListener('scroll', function () { window.__scrolls++; });
addEventListener('message', function (e) {
	if (e.origin !== ${JSON.stringify(embedOrigin)}) return;
	window.__messages.push(e.data);
	if (e.data && e.data.type === 'lcj:height') document.getElementById('lcj').style.height = e.data.height + 'px';
});
</script></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
	const embedOrigin = new URL(baseURL!).origin;
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname !== '/host') return void res.writeHead(204).end();
		const width = Number(url.searchParams.get('w') ?? 600);
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(embedOrigin, width, url.searchParams.get('src') ?? '/embed'));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
});

type Message = { type?: string; height?: number; id?: string } | string;
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);
const ofType = async (page: Page, type: string) =>
	(await messages(page)).filter((m): m is { type: string; id?: string; height?: number } => typeof m === 'object' && m?.type === type);

async function openHost(page: Page, watch: { allowOrigin: (o: string) => void }, width = 600, src = '/embed') {
	watch.allowOrigin(host);
	await page.goto(`${host}/host?w=${width}&src=${encodeURIComponent(src)}`);
	await expect(page.frameLocator('#lcj').locator('.embed')).toBeVisible();
	await expect.poll(async () => (await ofType(page, 'lcj:height')).length, { message: 'the embed posts its height' }).toBeGreaterThan(0);
	return page.frames().find((f) => f.url().includes('/embed'))!;
}
const chapter = (frame: Frame) => frame.evaluate(() => document.querySelector('.embed')!.getAttribute('data-chapter'));

test('1,000 gotos in one burst end on the last id, with at most a handful of lcj:chapter replies', async ({ page, watch }) => {
	const frame = await openHost(page, watch);
	const before = (await ofType(page, 'lcj:chapter')).length;
	await page.evaluate((ids) => {
		const target = (document.getElementById('lcj') as HTMLIFrameElement).contentWindow!;
		for (let i = 0; i < 999; i++) target.postMessage({ type: 'lcj:goto', id: ids[i % ids.length] }, '*');
		target.postMessage({ type: 'lcj:goto', id: 'evry' }, '*');
	}, IDS.filter((id) => id !== 'evry'));
	await expect.poll(() => chapter(frame), { message: 'the last goto wins' }).toBe('evry');
	await expect.poll(async () => (await ofType(page, 'lcj:chapter')).at(-1)?.id).toBe('evry');
	// A marker goto: once its reply is in, every reply to the burst is in too (messages arrive in order).
	await page.evaluate(() => (document.getElementById('lcj') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'lcj:goto', id: 'paris' }, '*'));
	await expect.poll(async () => (await ofType(page, 'lcj:chapter')).at(-1)?.id).toBe('paris');
	const replies = (await ofType(page, 'lcj:chapter')).length - before - 1;
	expect(replies, 'lcj:chapter replies to the burst').toBeLessThanOrEqual(5);
});

test('keys in a focused embed never scroll the host page', async ({ page, watch }) => {
	const frame = await openHost(page, watch);
	// The host's own scroll to 30 px, and its scroll event (dispatched on a later frame than scrollY changes), before
	// counting starts: otherwise that event could land in the count.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				addEventListener('scroll', () => requestAnimationFrame(() => resolve()), { once: true });
				window.scrollTo(0, 30);
			})
	);
	expect(await page.evaluate(() => window.scrollY)).toBe(30);
	await page.evaluate(() => ((window as unknown as { __scrolls: number }).__scrolls = 0));
	// Focus inside the embed, on no control (the document itself), as a reader who clicked the map's title.
	await page.frameLocator('#lcj').locator('h1').click();
	for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'Space', 'PageDown', 'PageUp', 'End']) await page.keyboard.press(key);
	await expect.poll(() => chapter(frame)).toBe('paris');
	await page.keyboard.press('Home');
	await expect.poll(() => chapter(frame)).toBe('korea');
	// A smooth scroll would have started by the next frames: none did.
	await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
	expect(await page.evaluate(() => window.scrollY)).toBe(30);
	expect(await page.evaluate(() => (window as unknown as { __scrolls: number }).__scrolls), 'host scroll events').toBe(0);
	expect(await frame.evaluate(() => document.scrollingElement!.scrollTop), 'the embed document never scrolls').toBe(0);
});

for (const width of [360, 720]) {
	test(`${width} px: the embed posts the same height for all six chapters`, async ({ page, watch }) => {
		test.slow(); // six chapters, each waited on
		const frame = await openHost(page, watch, width);
		const posted: number[] = [];
		for (const id of IDS) {
			await page.evaluate((to) => (document.getElementById('lcj') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'lcj:goto', id: to }, '*'), id);
			await expect.poll(() => chapter(frame)).toBe(id);
			await frame.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
			const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
			const last = (await ofType(page, 'lcj:height')).at(-1)!.height!;
			expect(Math.abs(last - content), `${id}: the posted height is the content's`).toBeLessThanOrEqual(2);
			posted.push(last);
		}
		expect(Math.max(...posted) - Math.min(...posted), `heights per chapter: ${posted.join(', ')}`).toBeLessThanOrEqual(2);
	});
}
