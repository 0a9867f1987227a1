// Client errors. An unknown path is served the prerendered 404.html; the client router then finds no route and
// reports a 404 through here: that is the expected outcome of a mistyped link, not a bug, so it is not logged.
// Anything else goes to the console for developers; the reader sees +error.svelte's sentence, never the detail.
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
