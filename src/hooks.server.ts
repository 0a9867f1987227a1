// Runs at prerender time: sets <html lang> from the path's locale segment and inlines the design tokens.
import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';
import { tokensToCss } from '$lib/design/tokens';
import { layoutToCss } from '$lib/design/layout';

// The design tokens as CSS custom properties, written into every page's <head> (no flash of unstyled colours).
const TOKENS = tokensToCss().replace(/}$/, layoutToCss() + '}');

export const handle: Handle = ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1];
	const lang = isLocale(first) ? first : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%lcj.tokens%', TOKENS) });
};
