// Paints the drawn map's basemap into its canvas, in a worker (paint-worker.ts says why). One painter per canvas
// element: a canvas handed to a worker cannot be drawn on here any more, so every later paint of it goes to the same
// worker. Where a canvas cannot be handed over (Safari before 16.4) there is no painter, and the drawn map shows
// its SVG basemap instead (DrawnMap.svg.svelte): the same picture, rasterised by the browser. The painting code is
// in the worker's chunk only, so the page's own JavaScript does not carry it.
import type { BasemapPaint } from './paint-basemap';
import type { DrawnBasemap } from './drawn-basemap';

/** What the main thread posts: the canvas and the outlines with the first paint only (then the worker keeps them). */
export interface PaintRequest {
	id: number;
	canvas?: OffscreenCanvas;
	basemap: DrawnBasemap | null;
	paint: BasemapPaint;
}
/** The canvas is not shown for now: the worker drops its bitmap (the next paint sizes it again). */
export interface ReleaseRequest {
	release: true;
}

export interface BasemapPainter {
	/** Paints; resolves once the bitmap is painted (false: no 2D context). A newer paint supersedes it. */
	paint(basemap: DrawnBasemap, paint: BasemapPaint): Promise<boolean>;
	/** Frees the painted bitmap while the canvas is hidden, and keeps the worker for the next paint: stopping a
	 * worker blocks the main thread while its thread is torn down (150-290 ms, measured right after the map's
	 * ready; docs/PERFORMANCE.md, stop 36). */
	release(): void;
	/** Stops the worker (the canvas left the page). */
	dispose(): void;
}

/** The worker, or null where it cannot start. */
function startWorker(): Worker | null {
	try {
		return new Worker(new URL('./paint-worker.ts', import.meta.url), { type: 'module', name: 'basemap-paint' });
	} catch {
		return null;
	}
}

/** The canvas's painter, or null where the browser cannot hand a canvas to a worker. `onFail`: the worker did not
 * load or failed (its file missing, say); the caller then shows the SVG's basemap. */
export function createBasemapPainter(canvas: HTMLCanvasElement, onFail: () => void = () => {}): BasemapPainter | null {
	if (typeof canvas.transferControlToOffscreen !== 'function' || typeof Worker !== 'function') return null;
	const worker = startWorker();
	if (!worker) return null;

	const offscreen = canvas.transferControlToOffscreen();
	let sent = false;
	let sentBasemap: DrawnBasemap | null = null;
	let next = 0;
	const waiting = new Map<number, (painted: boolean) => void>();
	const settle = (id: number, painted: boolean) => {
		for (const [key, resolve] of waiting) if (key <= id) (waiting.delete(key), resolve(painted));
	};
	worker.onmessage = (event: MessageEvent<{ id: number; painted: boolean }>) => settle(event.data.id, event.data.painted);
	// A worker that fails leaves the canvas blank: the caller shows the SVG's basemap instead, and nothing waits
	// forever for a paint.
	worker.onerror = () => {
		settle(Infinity, false);
		onFail();
	};
	return {
		paint(basemap, paint) {
			const id = ++next;
			// The outlines go over once, and again only when they change (the full set replacing the page's).
			const request: PaintRequest = {
				id,
				paint,
				basemap: basemap === sentBasemap ? null : basemap,
				...(sent ? {} : { canvas: offscreen })
			};
			worker.postMessage(request, sent ? [] : [offscreen]);
			sent = true;
			sentBasemap = basemap;
			return new Promise((resolve) => waiting.set(id, resolve));
		},
		release() {
			if (sent) worker.postMessage({ release: true } satisfies ReleaseRequest);
		},
		dispose() {
			worker.terminate();
			settle(Infinity, false);
		}
	};
}
