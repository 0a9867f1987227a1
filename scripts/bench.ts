// npm run bench: figures, not assertions. Builds nothing: run `npm run build` first (it says so if build/ is
// missing). Starts `vite preview`, loads the story in headless Chromium (Debian's, with SwiftShader WebGL) and prints:
//   - the JS, CSS, font and geo bytes the story page loads (raw and gzip), counted from the responses;
//   - the time from navigation to data-map-state="ready", median of 5 cold loads;
//   - one scripted pass of the flight: frames rendered, median and p95 frame interval, main-thread tasks > 50 ms,
//     then the same figures for MapLibre's idle repaint on that page, and the ratio of the two p95s (bench-flight.ts);
//   - for the story (/) and the embed (/embed), with and without network throttling (DevTools' "Fast 3G" via CDP
//     Network.emulateNetworkConditions): the bytes before first paint (the HTML and the stylesheets it links,
//     which hold the prerendered drawn map), the time to first paint of the drawn map (first-contentful-paint,
//     with the drawn map in the DOM), the time to data-map-state="ready", and the total bytes loaded.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startPreview } from './preview-server';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_ARGS } from '../playwright.config';
import { traceColdLoad } from './bench-trace';
import { flightPass, idleRepaint } from './bench-flight';

const TRACE = process.argv.includes('--trace');
const PEER = '../shared/peer/run.sh';

const PORT = 4399;
const BASE = `http://localhost:${PORT}`;
const RUNS = 5;

type Kind = 'js' | 'css' | 'font' | 'geo' | 'html' | 'other';
const kindOf = (url: string): Kind => {
	const path = new URL(url).pathname;
	if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (path.startsWith('/geo/')) return 'geo';
	if (path.endsWith('.html') || path === '/' || !path.includes('.')) return 'html';
	return 'other';
};

async function measureBytes(browser: Browser, path: string) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const totals = new Map<Kind, { raw: number; gzip: number; files: number }>();
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const body = await response.body().catch(() => null);
				if (!body) return;
				const kind = kindOf(response.url());
				const t = totals.get(kind) ?? { raw: 0, gzip: 0, files: 0 };
				t.raw += body.length;
				t.gzip += gzipSync(body, { level: 9 }).length;
				t.files += 1;
				totals.set(kind, t);
			})()
		);
	});
	await page.goto(BASE + path);
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return totals;
}

async function timeToReady(browser: Browser, path: string): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const start = Date.now();
	await page.goto(BASE + path);
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
	const ms = Date.now() - start;
	await context.close();
	return ms;
}

/** DevTools' "Fast 3G" preset: 562.5 ms RTT, ~1.44 Mbit/s down, ~675 kbit/s up. */
const FAST_3G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
	uploadThroughput: ((750 * 1024) / 8) * 0.9
};

async function throttle(context: BrowserContext, page: Page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', FAST_3G);
}

/** The HTML and the stylesheets it links: what the browser needs before it can paint the drawn map. */
async function firstPaintBytes(path: string) {
	const html = Buffer.from(await (await fetch(BASE + path)).arrayBuffer());
	const hrefs = [...html.toString().matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="stylesheet"/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
	const css = await Promise.all(hrefs.map(async (h) => Buffer.from(await (await fetch(new URL(h, BASE + path))).arrayBuffer())));
	const svg = /<svg class="drawn-map[\s\S]*?<\/svg>/.exec(html.toString())?.[0] ?? '';
	const sum = (bufs: Buffer[]) => ({
		raw: bufs.reduce((n, b) => n + b.length, 0),
		gzip: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)
	});
	return { html: sum([html]), css: { ...sum(css), files: css.length }, svg: sum([Buffer.from(svg)]) };
}

/** One cold load: ms to the first paint (with the drawn map in the DOM), to a ready map, and the bytes loaded. */
async function loadFigures(browser: Browser, path: string, throttled: boolean) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	if (throttled) await throttle(context, page);
	let bytes = 0;
	page.on('response', (response) => {
		void response.body().then((b) => (bytes += b.length), () => undefined);
	});
	await page.goto(BASE + path, { waitUntil: 'commit' });
	await page.waitForFunction(() => document.querySelector('svg.drawn-map') !== null, undefined, { polling: 20 });
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 180_000 });
	const readyMs = await page.evaluate(() => performance.now());
	const paintMs = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
	);
	await page.waitForLoadState('networkidle');
	await context.close();
	return { paintMs, readyMs, bytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
	if (!existsSync('build/index.html')) {
		console.error('No build/ found: run `npm run build` first.');
		process.exit(1);
	}
	const server = await startPreview(PORT);
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: CHROMIUM_ARGS
	});
	try {
		console.log('# Learning Cities Journey — bench (headless Chromium, SwiftShader WebGL, 1440x900)\n');
		if (TRACE) {
			const trace = await traceColdLoad(browser, BASE + '/');
			console.log(`## Trace of one cold load: ${trace.file}`);
			console.log(`main-thread tasks > 50 ms: ${trace.longTasks.length}, ${trace.longTasks.reduce((s, t) => s + t.ms, 0).toFixed(0)} ms in all; longest ${Math.max(0, ...trace.longTasks.map((t) => t.ms)).toFixed(0)} ms`);
			console.log('| inside the long tasks | ms |\n|---|---|');
			for (const [what, ms] of trace.top) console.log(`| ${what} | ${ms.toFixed(0)} |`);
			console.log(`load marks (ms): ${trace.marks.map((m) => `${m.name.slice(4)} ${m.atMs.toFixed(0)}${m.ms === undefined ? '' : ` (${m.ms.toFixed(0)} ms)`}`).join(', ')}`);
			const frames = trace.gpuFrames;
			console.log(`GPU-process frames from navigation to the end of the trace (just after ready): ${frames.length}, ${frames.reduce((s, f) => s + f.ms, 0).toFixed(0)} ms in all:`);
			console.log(frames.map((f) => `${f.atMs.toFixed(0)} (${f.ms.toFixed(0)} ms)`).join(', '));
			console.log('');
		}
		console.log('## Bytes the story page (/) loads');
		const totals = await measureBytes(browser, '/');
		console.log('| kind | files | raw | gzip |\n|---|---|---|---|');
		let raw = 0;
		let gz = 0;
		for (const kind of ['html', 'js', 'css', 'font', 'geo', 'other'] as Kind[]) {
			const t = totals.get(kind);
			if (!t) continue;
			raw += t.raw;
			gz += t.gzip;
			console.log(`| ${kind} | ${t.files} | ${kb(t.raw)} | ${kb(t.gzip)} |`);
		}
		console.log(`| total | | ${kb(raw)} | ${kb(gz)} |\n`);

		console.log(`## Time from navigation to data-map-state="ready" (median of ${RUNS} cold loads)`);
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) times.push(await timeToReady(browser, '/'));
		console.log(`median ${median(times)} ms (runs: ${times.join(', ')} ms)\n`);

		console.log('## First paint (the prerendered drawn map) and the ready map: story and embed');
		console.log('| page | network | HTML (raw / gzip) | CSS (raw / gzip) | drawn map SVG in the HTML (raw / gzip) | first paint | ready | total loaded |');
		console.log('|---|---|---|---|---|---|---|---|');
		for (const path of ['/', '/embed']) {
			const before = await firstPaintBytes(path);
			for (const throttled of [false, true]) {
				const runs: Awaited<ReturnType<typeof loadFigures>>[] = [];
				for (let i = 0; i < (throttled ? 1 : 3); i++) runs.push(await loadFigures(browser, path, throttled));
				const m = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
				console.log(
					`| ${path} | ${throttled ? 'Fast 3G' : 'none'} | ${kb(before.html.raw)} / ${kb(before.html.gzip)} | ` +
						`${kb(before.css.raw)} / ${kb(before.css.gzip)} (${before.css.files} files) | ` +
						`${kb(before.svg.raw)} / ${kb(before.svg.gzip)} | ${m((r) => r.paintMs).toFixed(0)} ms | ` +
						`${m((r) => r.readyMs).toFixed(0)} ms | ${kb(m((r) => r.bytes))} |`
				);
			}
		}
		console.log('(median of 3 cold loads without throttling, 1 with; times from navigation start)\n');

		console.log("## One scripted pass of the flight (8 s of steady scrolling), then MapLibre's idle repaint on the same page");
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		const pass = await flightPass(page, BASE);
		const idle = await idleRepaint(context, page);
		await context.close();
		const line = (what: string, f: typeof pass) =>
			`${what}: frames ${f.frames}; frame interval median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms; ` +
			`main-thread tasks > 50 ms: ${f.longTasks} (longest ${f.longestTaskMs.toFixed(0)} ms)`;
		console.log(line('flight (8 s)', pass));
		if (idle) {
			console.log(line('idle repaint, triggerRepaint every frame (4 s)', idle));
			console.log(`flight p95 / idle repaint p95: ${(pass.p95Ms / idle.p95Ms).toFixed(2)}`);
		} else console.log('idle repaint: no MapLibre map found on the page');
	} finally {
		await browser.close();
		server.stop();
	}
	// Side by side with the plain MapLibre story-map template, where the peer benchmark exists (one pair; its
	// own `--runs 5` is the figure to quote). `--no-peer` skips it.
	if (existsSync(PEER) && !process.argv.includes('--no-peer')) {
		console.log('\n## Side by side with the peer (../shared/peer/run.sh --runs 1 --block-sw)');
		spawnSync(PEER, ['--runs', '1', '--block-sw'], { stdio: 'inherit' });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
