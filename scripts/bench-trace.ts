// `npm run bench -- --trace`: one cold load of the story recorded with Chrome's tracing (CDP Tracing), written to
// bench-results/trace.json (open it in chrome://tracing, Perfetto or DevTools' Performance panel), and a summary
// of what fills the main thread's long tasks (> 50 ms) before data-map-state="ready".
import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { data?: { url?: string; functionName?: string; frame?: string }; name?: string };
}

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing',
	'loading',
	// The GPU process: under software GL its frames (SwapBuffers, with the read-back of the whole frame) are what
	// the map's WebGL context and shaders wait behind (docs/PERFORMANCE.md, stop 31).
	'viz',
	'gpu',
	'disabled-by-default-gpu.service'
].join(',');

export async function traceColdLoad(browser: Browser, url: string, file = 'bench-results/trace.json') {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
	await page.goto(url);
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 180_000 });
	const readyAt = await page.evaluate(() => performance.timeOrigin + performance.now());
	await cdp.send('Tracing.end');
	await done;
	await context.close();
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(file, JSON.stringify({ traceEvents: events }));
	return { file, ...summarize(events, readyAt) };
}

/** Long tasks on the renderer's main thread before ready, the script URLs / event kinds inside them, the load
 * marks (lcj:*) and the GPU process's composited frames. */
function summarize(events: TraceEvent[], readyAtMs: number) {
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
	const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
	const start = navigation?.ts ?? Math.min(...onMain.map((e) => e.ts));
	const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
	// Trace timestamps are µs on a monotonic clock; ready is compared by position within the load instead.
	const end = Math.max(...onMain.map((e) => e.ts + (e.dur ?? 0)));
	void readyAtMs;
	const inside = new Map<string, number>();
	for (const task of tasks) {
		for (const e of onMain) {
			if (e === task || e.ts < task.ts || e.ts >= task.ts + task.dur!) continue;
			if (!['FunctionCall', 'EvaluateScript', 'v8.compile', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'MajorGC', 'MinorGC', 'v8.parseOnBackground', 'CompileScript'].includes(e.name)) continue;
			const where = e.args?.data?.url ? e.args.data.url.replace(/^https?:\/\/[^/]+/, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js') : '';
			const key = `${e.name}${where ? ' ' + where : ''}`;
			inside.set(key, (inside.get(key) ?? 0) + e.dur! / 1000);
		}
	}
	// Composited frames in the GPU process until the trace stopped (just after ready): when each began (ms after
	// navigation) and how long it held the GPU main thread.
	const gpuFrames = events
		.filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers' && e.ph === 'X' && e.ts >= start && e.ts <= end)
		.map((e) => ({ atMs: (e.ts - start) / 1000, ms: (e.dur ?? 0) / 1000 }));
	// Marks are instant events; a measure (lcj:basemap-paint) is a begin and an end: listed once, at its begin, with
	// its duration.
	const timing = events.filter((e) => e.name.startsWith('lcj:') && e.ts >= start);
	const marks = timing
		.filter((e) => e.ph !== 'e')
		.map((e) => {
			const end = e.ph === 'b' ? timing.find((x) => x.ph === 'e' && x.name === e.name && x.ts >= e.ts) : undefined;
			return { name: e.name, atMs: (e.ts - start) / 1000, ...(end ? { ms: (end.ts - e.ts) / 1000 } : {}) };
		});
	return {
		gpuFrames,
		marks,
		spanMs: (end - start) / 1000,
		longTasks: tasks.map((t) => ({ atMs: (t.ts - start) / 1000, ms: t.dur! / 1000 })),
		top: [...inside].sort((a, b) => b[1] - a[1]).slice(0, 12)
	};
}
