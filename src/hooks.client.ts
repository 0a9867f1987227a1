// Client errors. An unknown path is served the prerendered 404.html; the client router then finds no route and
// reports a 404 through here: that is the expected outcome of a mistyped link, not a bug, so it is not logged.
// Anything else goes to the console for developers; the reader sees +error.svelte's sentence, never the detail.
import type { HandleClientError } from '@sveltejs/kit';
import { webglProbe } from '$lib/map/webgl-probe';

// A page whose prerendered HTML holds a map starts the GPU side now, off the main thread, while the app hydrates
// (lib/map/webgl-probe.ts); createMap picks up the same probe. /data and the error page hold no map.
if (document.querySelector('[data-map-state]')) void webglProbe();

// The first use of Intl sets up ICU's locale data: 18-32 ms on this project's test machines, every later call under
// 0.1 ms (measured: Intl.NumberFormat.supportedLocalesOf, first call against the next five). The messages'
// formatters make that first call inside hydration, the load's longest task; made here, in a task of its own while
// the page's modules still download, it is paid where the main thread waits anyway (docs/PERFORMANCE.md, stop 34).
setTimeout(() => {
	try {
		const locale = Intl.NumberFormat.supportedLocalesOf(document.documentElement.lang || 'en')[0] ?? 'en';
		new Intl.Locale(locale);
		new Intl.DateTimeFormat(locale);
	} catch {
		// Nothing to warm up: the formatters will say what is missing.
	}
}, 0);

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
