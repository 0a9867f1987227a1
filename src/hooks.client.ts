// Client errors. An unknown path is served the prerendered 404.html; the client router then finds no route and
// reports a 404 through here: that is the expected outcome of a mistyped link, not a bug, so it is not logged.
// Anything else goes to the console for developers; the reader sees +error.svelte's sentence, never the detail.
import type { HandleClientError } from '@sveltejs/kit';
import { webglProbe } from '$lib/map/webgl-probe';

// A page whose prerendered HTML holds a map starts the GPU side now, off the main thread, while the app hydrates
// (lib/map/webgl-probe.ts); createMap picks up the same probe. /data and the error page hold no map.
if (document.querySelector('[data-map-state]')) void webglProbe();

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
