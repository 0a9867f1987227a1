import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath } from './locales';
import { sitemapXml } from './sitemap';
import { SITE_ORIGIN } from '$lib/site';

describe('localizePath: the same page in another language', () => {
	it.each([
		['/', 'ko', '/ko'],
		['/', 'en', '/'],
		['/ko', 'en', '/'],
		['/ko', 'de', '/de'],
		['/data', 'fr', '/fr/data'],
		['/fr/data', 'en', '/data'],
		['/de/embed-code', 'ko', '/ko/embed-code'],
		['/kiosk', 'de', '/de/kiosk'],
		['/no-such-page', 'de', '/de/no-such-page']
	] as const)('%s -> %s = %s', (path, locale, expected) => {
		expect(localizePath(path, locale)).toBe(expected);
	});
	it('a path whose first segment is not a locale is English', () => {
		expect(localeOfPath('/xx/kiosk')).toBe('en');
		expect(localeOfPath('/ko/kiosk')).toBe('ko');
	});
});

describe('sitemap.xml', () => {
	const xml = sitemapXml();
	it('lists every public page in every language with its alternates and x-default', () => {
		expect(xml.match(/<url>/g)).toHaveLength(3 * 4);
		expect(xml).toContain(`<loc>${SITE_ORIGIN}/ko/data</loc>`);
		expect(xml.match(/hreflang="x-default"/g)).toHaveLength(12);
		expect(xml).not.toContain('/kiosk');
	});
});
