// The drawn map's basemap painted in a worker, on the canvas DrawnMap.svg.svelte handed over
// (transferControlToOffscreen; basemap-painter.ts starts it). On the main thread the paint was one of the load's
// long tasks: the first touch of a canvas's bitmap alone took 10-90 ms there under a busy CPU, the paint 6-15 ms
// more (docs/PERFORMANCE.md, stop 34). Here the main thread only posts a message; the canvas shows the painted
// bitmap when this task ends, as any OffscreenCanvas does.
import { paintBasemap } from './paint-basemap';
import type { PaintRequest, ReleaseRequest } from './basemap-painter';

/** The worker's global scope, typed without the WebWorker lib (the project compiles against the DOM's). */
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<PaintRequest | ReleaseRequest>) => void) | null;
	postMessage(message: unknown): void;
};

let canvas: OffscreenCanvas | null = null;
let basemap: PaintRequest['basemap'] = null;

scope.onmessage = (event) => {
	const request = event.data;
	if ('release' in request) {
		// A 1 px canvas holds no bitmap worth keeping; the next paint sizes it again.
		if (canvas) canvas.width = canvas.height = 1;
		return;
	}
	canvas = request.canvas ?? canvas;
	basemap = request.basemap ?? basemap;
	if (!canvas || !basemap) return;
	const { paint } = request;
	canvas.width = Math.round(paint.width * paint.dpr);
	canvas.height = Math.round(paint.height * paint.dpr);
	// willReadFrequently keeps the canvas on the CPU (see paint-basemap.ts).
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (ctx) paintBasemap(ctx, basemap, paint);
	scope.postMessage({ id: request.id, painted: Boolean(ctx) });
};
