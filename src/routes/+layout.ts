// Every page is prerendered (adapter-static); nothing is rendered on a server at run time.
import { DEFAULT_LOCALE, isLocale, loadLocale, type Locale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The pages that show the catalog's 'extra' part (i18n/compile.ts EXTRA_PREFIXES: data., kiosk., embedCode.). */
const EXTRA_PAGES = /\/(data|kiosk|embed-code)$/;

// The page's locale (from the [[lang]] segment, or the path for an error page, which has no params) is loaded
// before any component renders, so translators are synchronous; only this locale's copy is fetched, and the
// 'extra' part only on the pages that show it (reading route.id makes SvelteKit run this again on navigation).
export const load: LayoutLoad = async ({ params, url, route }) => {
	const segment = 'lang' in params ? params.lang : url.pathname.split('/')[1];
	const locale: Locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
	await loadLocale(locale, EXTRA_PAGES.test(route.id ?? '') ? ['main', 'extra'] : ['main']);
	return { locale };
};
