// The frame figures of `npm run bench`: one steady scroll through the flight chapter, then, on the same page and
// in the same run, MapLibre's own idle repaint (a `triggerRepaint` loop with the camera still). The idle repaint
// is the yardstick issue 13 sets for the flight: its p95 frame interval at most 1.1x the idle repaint's.
import type { BrowserContext, Page } from '@playwright/test';

export interface FrameFigures {
	frames: number;
	medianMs: number;
	p95Ms: number;
	longTasks: number;
	longestTaskMs: number;
}

/**
 * For `durationMs`, every animation frame either scrolls the page one step through the element `scrollId` or,
 * without it, asks the map found in `globalThis.__benchMap` to draw again; records the frame intervals and the
 * main-thread tasks over 50 ms. Runs in the page.
 */
function sampleFrames({ durationMs, scrollId }: { durationMs: number; scrollId: string | null }): Promise<FrameFigures> {
	const longTasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) longTasks.push(entry.duration);
	});
	observer.observe({ type: 'longtask', buffered: false });
	const target = scrollId ? document.getElementById(scrollId) : null;
	const top = target ? target.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 : 0;
	const distance = target?.offsetHeight ?? 0;
	const map = (globalThis as { __benchMap?: { triggerRepaint(): void } }).__benchMap;
	const frames: number[] = [];
	return new Promise((resolve) => {
		const start = performance.now();
		const step = (now: number) => {
			frames.push(now);
			const k = Math.min(1, (now - start) / durationMs);
			if (target) window.scrollTo(0, top + k * distance);
			else map?.triggerRepaint();
			if (k < 1) return requestAnimationFrame(step);
			observer.disconnect();
			const intervals = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
			const q = (p: number) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))] ?? 0;
			resolve({ frames: frames.length, medianMs: q(0.5), p95Ms: q(0.95), longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) });
		};
		requestAnimationFrame(step);
	});
}

/** Scrolls through the flight chapter in 8 s at a steady pace. */
export async function flightPass(page: Page, base: string): Promise<FrameFigures> {
	// tsx compiles with keepNames, which wraps the functions below in __name(); the page needs a stand-in.
	await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await page.goto(base + '/?chapter=korea');
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
	return page.evaluate(sampleFrames, { durationMs: 8000, scrollId: 'flight' });
}

/**
 * MapLibre redrawing the page's map every frame for `durationMs`, the camera still. The app exposes no map handle
 * (nothing in it needs one), so the bench finds the map through the DevTools protocol: `Runtime.queryObjects`
 * lists the page's objects, and the map is the one with MapLibre's methods and a container. Null when none is
 * found (the map fell back to the drawn one).
 */
export async function idleRepaint(context: BrowserContext, page: Page, durationMs = 4000): Promise<FrameFigures | null> {
	const cdp = await context.newCDPSession(page);
	const prototype = await cdp.send('Runtime.evaluate', { expression: 'Object.prototype' });
	const objects = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
	const found = await cdp.send('Runtime.callFunctionOn', {
		objectId: objects.objects.objectId!,
		functionDeclaration: `function () {
			const map = this.find((o) => o && typeof o.triggerRepaint === 'function' && typeof o.getStyle === 'function' && o._container);
			if (map) globalThis.__benchMap = map;
			return Boolean(map);
		}`,
		returnByValue: true
	});
	await cdp.detach();
	if (found.result.value !== true) return null;
	return page.evaluate(sampleFrames, { durationMs, scrollId: null });
}
