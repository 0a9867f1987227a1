// Every page is prerendered (adapter-static); nothing is rendered on a server at run time.
import { DEFAULT_LOCALE, isLocale, loadLocale, type CatalogPart, type Locale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The catalog's parts a page shows (i18n/compile.ts CATALOG_PARTS); the story loads 'figures' with its charts. */
function partsOf(routeId: string): CatalogPart[] {
	if (/\/(data|kiosk)$/.test(routeId)) return ['main', 'extra', 'figures'];
	if (/\/embed-code$/.test(routeId)) return ['main', 'extra'];
	return ['main'];
}

// The page's locale (from the [[lang]] segment, or the path for an error page, which has no params) is loaded
// before any component renders, so translators are synchronous; only this locale's copy is fetched, and the
// 'extra' part only on the pages that show it (reading route.id makes SvelteKit run this again on navigation).
export const load: LayoutLoad = async ({ params, url, route }) => {
	const segment = 'lang' in params ? params.lang : url.pathname.split('/')[1];
	const locale: Locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
	await loadLocale(locale, partsOf(route.id ?? ''));
	return { locale };
};
