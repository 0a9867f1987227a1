// Registers the service worker (src/service-worker.ts) ourselves instead of SvelteKit's automatic
// registration, for two reasons:
//  - in <iframe sandbox="allow-scripts"> (no allow-same-origin) merely reading navigator.serviceWorker throws a
//    SecurityError: every access goes through serviceWorkers(), which says "none" instead;
//  - registering installs the worker, and installing precaches the whole site (issue 13): that waits until the
//    map has settled (data-map-state leaves `loading`) or, on a page without a map, until `load`, and then for an
//    idle moment, so it never competes with a reader's first load.
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { whenIdle } from '$lib/idle';

/** navigator.serviceWorker, or null where there is none or reading it is refused (sandboxed frames). */
export function serviceWorkers(): ServiceWorkerContainer | null {
	try {
		return typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	} catch {
		return null;
	}
}

/** Resolves once the page's map has left `loading` (ready, fallback or error), or at `load` if it has no map. */
export function mapSettled(doc: Document = document): Promise<void> {
	return new Promise((resolve) => {
		const settled = () => {
			const map = doc.querySelector('[data-map-state]');
			return map ? map.getAttribute('data-map-state') !== 'loading' : doc.readyState === 'complete';
		};
		if (settled()) return resolve();
		const observer = new MutationObserver(() => {
			if (!settled()) return;
			observer.disconnect();
			removeEventListener('load', check);
			resolve();
		});
		const check = () => {
			if (settled()) {
				observer.disconnect();
				resolve();
			}
		};
		observer.observe(doc.documentElement, { subtree: true, childList: true, attributeFilter: ['data-map-state'] });
		addEventListener('load', check, { once: true });
	});
}

const idle = () => new Promise<void>((resolve) => whenIdle(resolve, 5000, 200));

/** Registers the service worker once the page has settled and is idle; never throws. */
export async function registerServiceWorkerWhenIdle(): Promise<ServiceWorkerRegistration | null> {
	const container = serviceWorkers();
	if (!container) return null;
	await mapSettled();
	await idle();
	try {
		return await container.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' });
	} catch (error) {
		console.warn('[offline] service worker not registered', error);
		return null;
	}
}
