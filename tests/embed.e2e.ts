// The embed inside a host page on ANOTHER origin (a tiny HTTP server this file starts on a free port): height
// messages (plain and Pym.js), lcj:goto / lcj:chapter, garbage messages, the host's scroll, autoplay pausing,
// the first paint without scripts. (axe on /embed and /embed-code, in every language: i18n.e2e.ts. Screenshots at
// 300, 600, 1200 px: npm run shots.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { test, expect, frames } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

// The embed's messaging, size, keys and copy do not depend on WebGL: without it the drawn map stands in and each
// page is usable at once. (Print over the WebGL map, canvas hidden: story-layout.e2e.ts.)
test.use({ launchOptions: NO_WEBGL });

let server: Server;
let host = '';

/** The host page: an article with the embed's iframe; it records our messages and sizes the iframe from them. */
function hostPage(embedOrigin: string, query: URLSearchParams): string {
	const width = Number(query.get('w') ?? 600);
	const src = `${embedOrigin}${query.get('src') ?? '/embed'}`;
	const sandbox = query.get('sandbox') ? ` sandbox="${query.get('sandbox')!.replace(/"/g, '')}"` : '';
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0;font:16px/1.5 sans-serif}#wrap{width:${width}px;margin:40px auto}p{margin:0 0 1em}.tall{height:2400px}</style>
</head><body><div id="wrap"><p>An article on another site.</p>
<iframe id="lcj" src="${src.replace(/"/g, '&quot;')}" title="Learning Cities Journey"${sandbox} style="display:block;width:100%;border:0" height="200" loading="eager" allow="fullscreen"></iframe>
<div class="tall">More article text.</div></div>
<script>
window.__messages = [];
window.addEventListener('message', function (e) {
	// A sandboxed embed (no allow-same-origin) has the opaque origin "null"; it is still our iframe.
	if (e.origin !== ${JSON.stringify(embedOrigin)} && !(e.origin === 'null' && e.source === document.getElementById('lcj').contentWindow)) return;
	window.__messages.push(e.data);
	if (e.data && e.data.type === 'lcj:height') document.getElementById('lcj').style.height = e.data.height + 'px';
});
</script></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
	const embedOrigin = new URL(baseURL!).origin;
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname !== '/host') {
			res.writeHead(204).end(); // the browser's /favicon.ico
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(embedOrigin, url.searchParams));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
});

type Message = { type?: string; height?: number; id?: string } | string;
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);
const heights = async (page: Page) =>
	(await messages(page)).flatMap((m) => (typeof m === 'object' && m?.type === 'lcj:height' ? [m.height!] : []));

/** Opens the host page and returns the embed's frame once it has hydrated and reported its height. */
async function openHost(page: Page, watch: { allowOrigin: (o: string) => void }, params: Record<string, string> = {}) {
	watch.allowOrigin(host);
	await page.goto(`${host}/host?${new URLSearchParams(params)}`);
	const frame = page.frameLocator('#lcj');
	await expect(frame.locator('.embed')).toBeVisible();
	await expect.poll(() => heights(page), { timeout: 20_000 }).not.toEqual([]);
	return { frameLocator: frame, frame: page.frames().find((f) => f.url().includes('/embed'))! };
}
const contentHeight = (frame: Frame) => frame.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height);
const chapter = (frame: Frame) => frame.evaluate(() => document.querySelector('.embed')!.getAttribute('data-chapter'));

/** Collects errors inside the embed's own document (belt and braces to the fixture's page-wide listeners). */
async function watchFrame(frame: Frame) {
	await frame.evaluate(() => {
		const w = window as unknown as { __errors: string[] };
		w.__errors = [];
		window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
		window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
	});
	return () => frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
}

test('the host gets the content height, and a new one when the iframe narrows', async ({ page, watch }) => {
	const { frame } = await openHost(page, watch, { w: '800' });
	await expect.poll(async () => Math.abs((await heights(page)).at(-1)! - (await contentHeight(frame)))).toBeLessThanOrEqual(3);
	// The host really sized the iframe: no inner scrolling, no gap.
	const iframeHeight = await page.locator('#lcj').evaluate((el) => el.getBoundingClientRect().height);
	expect(Math.abs(iframeHeight - (await contentHeight(frame)))).toBeLessThanOrEqual(3);

	const before = (await heights(page)).at(-1)!;
	await page.locator('#wrap').evaluate((el) => (el.style.width = '320px'));
	await expect.poll(async () => (await heights(page)).at(-1)).not.toBe(before);
	await expect.poll(async () => Math.abs((await heights(page)).at(-1)! - (await contentHeight(frame)))).toBeLessThanOrEqual(3);
});

test('strictly sandboxed (allow-scripts only): the drawn map, "fallback", no page error, the height', async ({ page, watch }) => {
	watch.allowOrigin(host);
	await page.goto(`${host}/host?${new URLSearchParams({ sandbox: 'allow-scripts' })}`);
	const frame = page.frameLocator('#lcj');
	await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'fallback', { timeout: 30_000 });
	await expect(frame.locator('svg.drawn-map')).toBeVisible();
	await expect(frame.getByRole('status')).toContainText('drawn map');
	await expect.poll(() => heights(page), { message: 'the host got lcj:height' }).not.toEqual([]);
	// The fixture fails the test on any pageerror (the unguarded navigator.serviceWorker threw one).
});

test('Pym.js hosts get the height in pym’s child format', async ({ page, watch }) => {
	await openHost(page, watch, { src: '/embed?childId=lcj-pym&initialWidth=600' });
	await expect
		.poll(async () => (await messages(page)).filter((m): m is string => typeof m === 'string'))
		.toContainEqual(expect.stringMatching(/^pymxPYMxlcj-pymxPYMxheightxPYMx\d+$/));
});

test('lcj:goto changes the chapter and lcj:chapter comes back; garbage is ignored silently', async ({ page, watch }) => {
	const { frame } = await openHost(page, watch);
	const frameErrors = await watchFrame(frame);
	const post = (data: unknown) =>
		page.evaluate((d) => (document.getElementById('lcj') as HTMLIFrameElement).contentWindow!.postMessage(d, '*'), data);

	await post({ type: 'lcj:goto', id: 'bonn' });
	await expect.poll(() => chapter(frame)).toBe('bonn');
	await expect.poll(() => messages(page)).toContainEqual({ type: 'lcj:chapter', id: 'bonn' });

	const garbage: unknown[] = [
		'lcj:goto',
		JSON.stringify({ type: 'lcj:goto', id: 'paris' }),
		null,
		42,
		[],
		['lcj:goto', 'paris'],
		{},
		{ type: 'lcj:goto' },
		{ type: 'lcj:goto', id: 7 },
		{ type: 'lcj:goto', id: ['paris'] },
		{ type: 'lcj:goto', id: '__proto__' },
		{ type: 'lcj:goto', id: 'constructor' },
		{ type: 'lcj:goto', id: '<img src=x onerror=alert(1)>' },
		{ type: 'lcj:goto', id: 'x'.repeat(1_000_000) },
		{ type: 'LCJ:GOTO', id: 'paris' },
		{ type: 'lcj:height', height: 5 },
		{ type: 'lcj:goto', id: { toString: null } },
		'pymxPYMxlcj-pymxPYMxwidthxPYMx500'
	];
	for (const data of garbage) await post(data);
	// The JSON-parsed __proto__ payload can only be built on the page (a literal would set the prototype).
	await page.evaluate(() =>
		(document.getElementById('lcj') as HTMLIFrameElement).contentWindow!.postMessage(
			JSON.parse('{"__proto__": {"type": "lcj:goto", "id": "paris"}}'),
			'*'
		)
	);
	// Messages are handled in order: once a valid goto sent after the garbage has landed, all of it was handled,
	// and no chapter change came in between.
	await post({ type: 'lcj:goto', id: 'evry' });
	await expect.poll(() => chapter(frame)).toBe('evry');
	const replies = (await messages(page)).flatMap((m) => (typeof m === 'object' && m?.type === 'lcj:chapter' ? [m.id] : []));
	// The embed announces its opening chapter on load; after the first goto only bonn and evry may be announced.
	const afterGoto = replies.slice(replies.indexOf('bonn'));
	expect(afterGoto.filter((id) => id !== 'bonn' && id !== 'evry')).toEqual([]);
	expect(await frameErrors()).toEqual([]);
	expect(await frame.locator('img[src="x"]').count()).toBe(0);
});

test('stepping chapters never scrolls the host page', async ({ page, watch }) => {
	const { frame, frameLocator } = await openHost(page, watch);
	await page.evaluate(() => window.scrollTo(0, 30));
	const scrollY = () => page.evaluate(() => window.scrollY);
	expect(await scrollY()).toBe(30);
	await frameLocator.getByRole('button', { name: 'Next chapter' }).click();
	await frameLocator.getByRole('button', { name: 'Next chapter' }).click();
	await expect.poll(() => chapter(frame)).toBe('hamburg');
	// The stepping keys (the embed takes Up/Down/Space too: tests/embed-bridge.e2e.ts checks the host never scrolls).
	for (const key of ['ArrowRight', 'End', 'ArrowLeft', 'PageUp', 'Home', 'PageDown']) {
		await page.keyboard.press(key);
	}
	await page.evaluate(() =>
		(document.getElementById('lcj') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'lcj:goto', id: 'paris' }, '*')
	);
	await expect.poll(() => chapter(frame)).toBe('paris');
	await frames(page, 30);
	expect(await scrollY()).toBe(30);
	// Nothing left the two origins (the fixture checks every request too).
	expect(watch.foreign()).toEqual([]);
});

test('the stepper works with the keyboard alone and the link opens the story at the same chapter', async ({ page }) => {
	await page.goto('/embed?chapter=hamburg');
	await expect(page.locator('.embed')).toHaveAttribute('data-chapter', 'hamburg');
	await page.keyboard.press('Tab'); // the first control
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.embed')).toHaveAttribute('data-chapter', 'bonn');
	const next = page.getByRole('button', { name: 'Next chapter' });
	await next.focus();
	await expect(next).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.embed')).toHaveAttribute('data-chapter', 'evry');
	const link = page.getByTestId('open-story');
	await expect(link).toHaveAttribute('href', '/?chapter=evry');
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(page.getByTestId('announcer')).toContainText('Chapter 5 of 6');
});

test('autoplay plays, pauses on interaction, holds while scrolled out of view', async ({ page, watch }) => {
	const { frameLocator, frame } = await openHost(page, watch, { src: '/embed?autoplay=1' });
	await expect(frameLocator.getByTestId('pause')).toBeVisible();
	await expect.poll(() => chapter(frame)).toBe('flight');
	// Out of view: the clock holds; back in view: it plays on.
	await page.evaluate(() => window.scrollTo(0, 2000));
	await expect(frameLocator.getByTestId('play')).toBeAttached();
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(frameLocator.getByTestId('pause')).toBeVisible();
	// Any interaction pauses it for good.
	await frameLocator.locator('h1').click();
	await expect(frameLocator.getByTestId('play')).toBeVisible();
	const held = await chapter(frame);
	await frames(page, 90);
	expect(await chapter(frame)).toBe(held);
});

test('oEmbed: discovery links and a rich document with the iframe', async ({ page, request }) => {
	for (const path of ['/', '/embed']) {
		await page.goto(path);
		const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
		expect(href, path).toMatch(/\/oembed\.json\?url=/);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/share\.png$/);
	}
	const doc = await (await request.get('/oembed.json')).json();
	expect(doc).toMatchObject({ version: '1.0', type: 'rich' });
	expect(doc.html).toMatch(/^<iframe src="[^"]+\/embed" title="[^"]+" .*loading="lazy" allow="fullscreen"><\/iframe>$/);
	expect((await request.get('/share.png')).ok()).toBe(true);
	expect((await request.get('/embed.js')).ok()).toBe(true);
});

test.describe('first paint, before any script runs', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of ['/', '/embed']) {
		test(`${path} shows the drawn map with the route`, async ({ page }) => {
			await page.goto(path);
			const map = page.locator('svg.drawn-map');
			await expect(map).toBeVisible();
			expect(await page.locator('[data-drawn-route-ahead]').getAttribute('d')).toMatch(/^M[-\d.]+,[-\d.]+L/);
			expect(await map.locator('path.land').count()).toBeGreaterThan(0);
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
			// No "loading" notice: without scripts nothing would ever load.
			await expect(page.getByRole('status')).toHaveCount(0);
		});
	}
});

