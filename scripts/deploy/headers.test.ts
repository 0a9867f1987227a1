import { describe, expect, it } from 'vitest';
import { baseCsp, cacheControl, headersFor, pageCsp, pagePaths } from './headers';
import { netlifyHeaders, nginxConf } from './write-headers';
import { isOddPath } from '../serve';

describe('the header description', () => {
	it('mirrors kit.csp and adds frame-ancestors (configurable)', () => {
		expect(baseCsp({})).toMatch(/^default-src 'self'; script-src 'self'; .*object-src 'none'.*; frame-ancestors \*$/);
		expect(baseCsp({ FRAME_ANCESTORS: "'self' https://news.example.org" })).toMatch(/frame-ancestors 'self' https:\/\/news\.example\.org$/);
	});
	it("takes a page's CSP from its meta tag, with its script hash", () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
		expect(pageCsp(html, {})).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors *");
		expect(pageCsp('<p>no meta</p>', {})).toBeNull();
	});
	it('caches hashed assets for good and revalidates the rest', () => {
		expect(cacheControl('/_app/immutable/chunks/a.js')).toMatch(/immutable/);
		for (const path of ['/', '/kiosk', '/service-worker.js', '/geo/world.topo.json', '/_app/version.json']) {
			expect(cacheControl(path), path).toMatch(/must-revalidate/);
		}
	});
	it('gives tiles and data their types', () => {
		expect(headersFor('/tiles/3/4/2.pbf', 'x')['Content-Type']).toBe('application/x-protobuf');
		expect(headersFor('/basemap.pmtiles', 'x')['Content-Type']).toBe('application/octet-stream');
		expect(headersFor('/data/places.geojson', 'x')['Content-Type']).toMatch(/^application\/geo\+json/);
		expect(headersFor('/data/cities.csv', 'x')['Content-Type']).toMatch(/^text\/csv/);
		expect(headersFor('/x.json', 'x')['X-Content-Type-Options']).toBe('nosniff');
	});
	it('maps built page files to the paths they answer', () => {
		expect(pagePaths('index.html')).toEqual(['/', '/index.html']);
		expect(pagePaths('ko/kiosk.html')).toEqual(['/ko/kiosk', '/ko/kiosk.html']);
	});
	it('writes _headers and nginx rules without a header set twice on one path', () => {
		const rules = [{ path: '/kiosk', headers: headersFor('/kiosk', "default-src 'self'; frame-ancestors *") }];
		const netlify = netlifyHeaders(rules);
		expect(netlify).toContain('/_app/immutable/*\n  Cache-Control: public, max-age=31536000, immutable');
		expect(netlify).toContain("/kiosk\n  Content-Security-Policy: default-src 'self'; frame-ancestors *");
		// The catch-all rule must not set CSP or Cache-Control (hosts join the values of overlapping rules).
		const catchAll = netlify.split('\n\n').find((block) => block.startsWith('/*'))!;
		expect(catchAll).not.toMatch(/Content-Security-Policy|Cache-Control/);
		const nginx = nginxConf(rules);
		expect(nginx).toContain('location = /kiosk {');
		expect(nginx).toContain('application/x-protobuf pbf;');
	});
});

describe('odd paths', () => {
	it('are refused before any file lookup', () => {
		for (const path of ['//evil.com', '//kiosk', '//', '/%2e%2e/', '/..%2f', '/a/../b', '/%E0%A4%A', '/\\x', '/a%00']) {
			expect(isOddPath(path), path).toBe(true);
		}
		for (const path of ['/', '/kiosk', '/kiosk?speed=20', '/ko/embed', '/_app/immutable/chunks/a.js', '/data/cities.csv']) {
			expect(isOddPath(path), path).toBe(false);
		}
	});
});
