// The service worker: the kiosk keeps running, and survives a reload, with the network gone (DESIGN.md).
// SvelteKit builds it and registers it on every page. One cache per build (`version`), old ones deleted.
//   - install: precache the app shell (JS, CSS), the static files (the geo data), and the prerendered pages.
//     Fonts (65 unicode-range slices cut to the site's characters, ~460 KB) are NOT precached for every reader:
//     pages cache the slices they use as they go, and the kiosk asks for all of them with a `lcj:precache-all`
//     message.
//   - immutable build assets and static files: cache first (both are versioned with the cache).
//   - pages and anything else of ours: network first, so a new build's HTML is never hidden behind a stale copy;
//     the cache answers only when the network fails or hangs (offline). Every file of this static site is the
//     same whatever its query (`/kiosk?speed=20` is the prerendered `/kiosk`), so entries are keyed by path alone:
//     a kiosk that runs all day with many queries keeps one copy of each page.
//   - offline, a page we do not have answers with our 404 page, not the browser's "no connection" page.
// It is registered after the first view has settled (src/lib/offline/register.ts), so install's precache never
// competes with a first load.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lcj-${version}`;
/** adapter-static's fallback page (svelte.config.js): our 404 page, in no list of $service-worker. */
const NOT_FOUND = `${base}/404.html`;
const isFont = (path: string) => /\.(woff2?|ttf|otf)$/.test(path);

const SHELL = [...build.filter((p) => !isFont(p)), ...files, ...prerendered];
const FONTS = build.filter(isFont);
/** Cache-first: hashed build output and the static files of this version. */
const VERSIONED = new Set([...build, ...files]);
/** A navigation waits this long for the network before the cached page answers. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(SHELL);
			// $env/dynamic/public lives in /_app/env.js, which is in none of the lists above (and not hashed, so it
			// is fetched network-first like a page). Optional: a build that does not use it has no such file.
			await cache.add(`${base}/_app/env.js`).catch(() => {});
			await cache.add(NOT_FOUND).catch(() => {});
			// A new build takes over at once: its pages are network-first, and it carries every asset they need.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// Control the page that installed us, so a kiosk is offline-ready after its first load.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type !== 'lcj:precache-all') return;
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const missing: string[] = [];
			for (const path of FONTS) if (!(await cache.match(path))) missing.push(path);
			// One by one in small batches: a failure (offline) leaves what was cached and is retried on the next load.
			for (let i = 0; i < missing.length; i += 8) {
				await Promise.all(missing.slice(i, i + 8).map((p) => cache.add(p).catch(() => {})));
			}
		})()
	);
});

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(path);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.status === 200) await cache.put(path, response.clone());
	return response;
}

/** The cache key of a URL of ours: its path, without query or fragment. */
const keyOf = (url: URL) => `${url.origin}${url.pathname}`;

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = keyOf(url);
	try {
		const response = await Promise.race([
			fetch(request),
			new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS))
		]);
		if (response.status === 200 && response.type === 'basic') await cache.put(key, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(key);
		if (cached) return cached;
		if (request.mode === 'navigate') {
			// Offline on a path we never had: our 404 page, with its status (its script renders "not found").
			const notFound = await cache.match(NOT_FOUND);
			if (notFound) return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only our own origin; range requests (media) are left to the browser.
	if (url.origin !== sw.location.origin || request.headers.has('range')) return;
	const path = url.pathname;
	if (VERSIONED.has(path)) return event.respondWith(cacheFirst(request, path));
	event.respondWith(networkFirst(request, url));
});
