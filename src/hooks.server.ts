// Runs at prerender time: sets <html lang> from the path's locale segment and inlines the design tokens.
import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';
import { tokensToCss } from '$lib/design/tokens';
import { layoutToCss } from '$lib/design/layout';
import { assertValidStory } from '$lib/story';
import { STORY } from '$lib/story/all';
import en from '$lib/i18n/messages/en.json';

// The story data is checked against the English catalog once, when the prerender loads this module: a bad record
// stops the build with a message naming it. (Server-only, so no page ships en.json for it.)
assertValidStory(STORY, en);

// The design tokens as CSS custom properties, written into every page's <head> (no flash of unstyled colours).
const TOKENS = tokensToCss().replace(/}$/, layoutToCss() + '}');

export const handle: Handle = ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1];
	const lang = isLocale(first) ? first : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%lcj.tokens%', TOKENS) });
};
