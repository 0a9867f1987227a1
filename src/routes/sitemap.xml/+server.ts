// sitemap.xml, written at build time (the text: src/lib/i18n/sitemap.ts).
import { sitemapXml } from '$lib/i18n/sitemap';

export const prerender = true;

export function GET() {
	return new Response(sitemapXml(), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
