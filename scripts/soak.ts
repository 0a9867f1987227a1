// npm run soak [-- LOOPS]: the kiosk's all-day check, at high speed. Figures, not a unit test (not in `npm test`).
// Run `npm run build` first. Starts `vite preview` (port SOAK_PORT, else E2E_PORT, else 4398), opens
// /kiosk?speed=100 in headless Chromium (Debian's, SwiftShader WebGL) with --expose-gc, lets the attract loop run
// LOOPS times (default 40, at least 20) and prints, after a forced GC at loop 2 and at the last loop: the JS heap, DOM nodes
// (in the document, and all live ones V8 knows, detached included), event listeners, live WebGL contexts
// (every context the page ever created that is still reachable and not lost) and canvases in the document;
// then every page error and console error. Exits 1 on errors, on more than one live WebGL context, or when the
// document's DOM grew. The heap is reported, not gated: MapLibre's tile caches fill over the first ~30 loops at
// this speed (every zoom of every chapter), then it plateaus; compare the samples every 10 loops.
import { chromium, type Page } from '@playwright/test';
import { startPreview } from './preview-server';
import { existsSync } from 'node:fs';
import { LAUNCH } from '../playwright.config';

const PORT = Number(process.env.SOAK_PORT ?? process.env.E2E_PORT ?? 4398);
const BASE = `http://localhost:${PORT}`;
const LOOPS = Math.max(20, Math.floor(Number(process.argv[2] ?? 40)) || 40);
const SPEED = 100;

/** Runs in the page before its scripts: remembers every WebGL context created, weakly (so GC can take them). */
function trackContexts() {
	const refs: WeakRef<WebGLRenderingContext | WebGL2RenderingContext>[] = [];
	const original = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
		const ctx = (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		if (ctx && /webgl/.test(type) && !refs.some((r) => r.deref() === ctx)) {
			refs.push(new WeakRef(ctx as WebGL2RenderingContext));
		}
		return ctx;
	} as typeof original;
	(window as unknown as { __glRefs: typeof refs }).__glRefs = refs;
}

interface Sample {
	loop: number;
	heapMB: number;
	domNodes: number;
	v8Nodes: number;
	listeners: number;
	liveContexts: number;
	canvases: number;
	mapState: string;
}

async function sample(page: Page, cdp: import('@playwright/test').CDPSession, loop: number): Promise<Sample> {
	for (let i = 0; i < 3; i++) {
		await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
		await cdp.send('HeapProfiler.collectGarbage');
	}
	const { metrics } = await cdp.send('Performance.getMetrics');
	const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
	const inPage = await page.evaluate(() => {
		const refs = (window as unknown as { __glRefs: WeakRef<WebGL2RenderingContext>[] }).__glRefs;
		return {
			liveContexts: refs.map((r) => r.deref()).filter((c) => c && !c.isContextLost()).length,
			canvases: document.querySelectorAll('canvas').length,
			domNodes: document.getElementsByTagName('*').length,
			mapState: document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? '?'
		};
	});
	return {
		loop,
		heapMB: Math.round((metric('JSHeapUsedSize') / 1048576) * 100) / 100,
		v8Nodes: metric('Nodes'),
		listeners: metric('JSEventListeners'),
		...inPage
	};
}

async function main() {
	if (!existsSync('build/kiosk.html')) {
		console.error('build/kiosk.html is missing: run `npm run build` first.');
		process.exit(2);
	}
	const preview = await startPreview(PORT);
	const browser = await chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, '--js-flags=--expose-gc'] });
	const errors: string[] = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
		await context.addInitScript(trackContexts);
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const started = Date.now();
		await page.goto(`${BASE}/kiosk?speed=${SPEED}&debug`);
		await page.locator('[data-map-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
		const loopCount = async () => Number(await page.locator('main.kiosk').getAttribute('data-loop-count'));
		const waitForLoop = async (n: number) => {
			while ((await loopCount()) < n) await page.waitForTimeout(100);
		};
		await waitForLoop(2);
		const first = await sample(page, cdp, await loopCount());
		// A sample every 10 loops in between shows whether the heap plateaus (caches warming) or keeps climbing.
		const samples = [first];
		for (let n = 10; n < LOOPS; n += 10) {
			await waitForLoop(n);
			samples.push(await sample(page, cdp, await loopCount()));
		}
		await waitForLoop(LOOPS);
		const last = await sample(page, cdp, await loopCount());
		samples.push(last);
		const lastError = await page.locator('[data-testid="kiosk-status"] dd').nth(3).textContent();
		const seconds = Math.round((Date.now() - started) / 100) / 10;

		console.log(`\nKiosk soak: ${LOOPS} loops at speed ${SPEED} in ${seconds} s (1920x1080, headless Chromium, SwiftShader)\n`);
		console.table(samples);
		const growth = (last.heapMB - first.heapMB) / first.heapMB;
		console.log(`JS heap after GC: ${first.heapMB} MB at loop ${first.loop} -> ${last.heapMB} MB at loop ${last.loop} (${(growth * 100).toFixed(1)} %)`);
		console.log(`live WebGL contexts: ${last.liveContexts}; canvases in the document: ${last.canvases}`);
		console.log(`DOM nodes: ${first.domNodes} -> ${last.domNodes} (document); ${first.v8Nodes} -> ${last.v8Nodes} (all live)`);
		console.log(`event listeners: ${first.listeners} -> ${last.listeners}`);
		console.log(`status corner, last error: ${lastError}`);
		console.log(errors.length ? `errors (${errors.length}):\n  ${errors.join('\n  ')}` : 'errors: none');
		const mid = samples[Math.floor(samples.length / 2)]!;
		console.log(`JS heap, second half only: ${mid.heapMB} MB at loop ${mid.loop} -> ${last.heapMB} MB (${(((last.heapMB - mid.heapMB) / mid.heapMB) * 100).toFixed(1)} %)`);
		if (errors.length > 0 || last.liveContexts > 1 || last.domNodes > first.domNodes) process.exitCode = 1;
	} finally {
		await browser.close();
		preview.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
