// sitemap.xml's text (src/routes/sitemap.xml): every public page in every language, each with its hreflang
// alternates (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap). The
// kiosk and the bare embed are not listed: they are for event screens and iframes, not for search results.
import { LOCALES, DEFAULT_LOCALE, localizePath } from './locales';
import { absolute } from '$lib/site';

/** The pages a search engine should know, as English (root) paths. */
export const SITEMAP_PAGES = ['/', '/data', '/embed-code'] as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(): string {
	const urls = SITEMAP_PAGES.flatMap((path) => {
		const links = [
			...LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escape(absolute(localizePath(path, l)))}"/>`),
			`    <xhtml:link rel="alternate" hreflang="x-default" href="${escape(absolute(localizePath(path, DEFAULT_LOCALE)))}"/>`
		].join('\n');
		return LOCALES.map((l) => `  <url>\n    <loc>${escape(absolute(localizePath(path, l)))}</loc>\n${links}\n  </url>`);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		urls.join('\n') +
		'\n</urlset>\n'
	);
}
