// Bounds on MapLibre's start (issue 12 #1), kept apart from create-map.ts: a map that cannot start must end in
// the drawn map (`fallback`) within a bounded time instead of `loading` for ever.
//  - A document with an opaque origin (<iframe sandbox="allow-scripts"> without allow-same-origin) may not start
//    MapLibre's worker (a worker must be same-origin, and worker-src 'self' matches nothing): known at once.
//  - Anything else that hangs (a worker that never answers, a style that never loads) is cut off by a timeout
//    long enough for SwiftShader on a busy two-core machine.

/** How long MapLibre may take from construction to `load` before the drawn map stays as the map. */
export const MAP_LOAD_TIMEOUT_MS = 60_000;

/** True where this document's origin is opaque ("null"), so no same-origin worker can start. */
export function hasOpaqueOrigin(): boolean {
	try {
		return typeof window !== 'undefined' && window.origin === 'null';
	} catch {
		return true;
	}
}

/** `promise`, or the error `onTimeout` makes if it has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(onTimeout()), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
