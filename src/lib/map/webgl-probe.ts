// Is WebGL there? Asked of a worker first, so the question does not block the page.
// The first WebGL context a page creates starts the GPU side of the browser (under software GL that is most of a
// second of blocked main thread, measured with a CPU profile of a cold load). Created on an OffscreenCanvas in a
// worker, that start happens off the main thread while MapLibre downloads, and MapLibre's own context then comes
// cheap. A worker's "no" is not final (some browsers have WebGL but not on an OffscreenCanvas in a worker): then
// the main thread asks itself (hasWebGL).

/** The worker's whole program: one context, one answer. */
const PROBE_SOURCE = `let ok = false;
try { const c = new OffscreenCanvas(1, 1); ok = Boolean(c.getContext('webgl2') || c.getContext('webgl')); } catch {}
postMessage(ok);`;

/** The worker's answer if it gives one within `timeoutMs`: true only when it created a WebGL context. */
export function probeWebGLOffThread(timeoutMs = 10_000): Promise<boolean> {
	if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(false);
	return new Promise((resolve) => {
		let worker: Worker;
		let url = '';
		const done = (ok: boolean) => {
			clearTimeout(timer);
			worker?.terminate();
			if (url) URL.revokeObjectURL(url);
			resolve(ok);
		};
		const timer = setTimeout(() => done(false), timeoutMs);
		try {
			// A blob: worker (the CSP's worker-src allows blob:, as MapLibre's own worker needs): no file to fetch.
			url = URL.createObjectURL(new Blob([PROBE_SOURCE], { type: 'text/javascript' }));
			worker = new Worker(url);
			worker.onmessage = (event) => done(event.data === true);
			worker.onerror = () => done(false);
		} catch {
			done(false);
		}
	});
}

let started: Promise<boolean> | null = null;

/** The page's one off-thread probe, started at most once: by hooks.client.ts as the app starts on a page that
 * holds a map (the GPU side then starts while the page hydrates), or else by the first createMap.
 * `lcj:*` performance marks time the load (docs/PERFORMANCE.md; DevTools shows them under Timings). */
export function webglProbe(): Promise<boolean> {
	if (!started) {
		performance.mark('lcj:probe-start');
		started = probeWebGLOffThread().then((ok) => (performance.mark('lcj:probe-done'), ok));
	}
	return started;
}

/** True when the main thread can create a WebGL context (MapLibre 4 uses WebGL 2, or WebGL 1). Blocks while the
 * GPU side starts if nothing started it before: run it only after the first paint. */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
