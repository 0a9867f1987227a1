// The production server (scripts/serve.ts, what `npm start` runs and what this suite's webServer starts): odd
// paths answer 404 with our page and never a stack, and every response carries the headers of
// scripts/deploy/headers.ts. Requests go through node:http so the raw path (`//evil.com`) reaches the server as is.
import { request as httpRequest } from 'node:http';
import { test, expect } from './fixtures';

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

function raw(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
	const { hostname, port } = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest({ hostname, port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end();
	});
}

const ODD_PATHS = ['//evil.com', '//kiosk', '//', '/%2e%2e/', '/..%2f', '/%2e%2e/%2e%2e/etc/passwd', '/geo/..%2f..%2fpackage.json', '/\\evil.com', '/no-such-page'];

for (const path of ODD_PATHS) {
	test(`${path} answers 404 with our 404 page and no stack`, async ({ baseURL }) => {
		const res = await raw(baseURL!, path);
		expect(res.status, path).toBe(404);
		expect(res.headers['content-type']).toMatch(/^text\/html/);
		// Our 404 page (the prerendered fallback; its script renders the "not found" page, see the last test).
		expect(res.body).toBe((await raw(baseURL!, '/404.html')).body);
		expect(res.body).not.toMatch(/at [\w.<>]+ \(|node:internal|Error:/);
		expect(res.headers['x-content-type-options']).toBe('nosniff');
	});
}

test('a page asked for with a trailing slash is sent to its address without one, query kept', async ({ baseURL, page, watch }) => {
	const res = await raw(baseURL!, '/ko/?chapter=bonn');
	expect(res.status).toBe(308);
	expect(res.headers.location).toBe('/ko?chapter=bonn');
	expect((await raw(baseURL!, '/de/data/')).headers.location).toBe('/de/data');
	// In the browser the page then loads whole: its scripts run (the map's state is set) and nothing 404s.
	await page.goto('/fr/');
	expect(new URL(page.url()).pathname).toBe('/fr');
	await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', /ready|fallback/, { timeout: 45_000 });
	expect(watch.errors).toEqual([]);
});

test('a page carries the CSP with frame-ancestors, nosniff, Referrer-Policy and a revalidating cache', async ({ baseURL }) => {
	for (const path of ['/', '/kiosk', '/ko/embed', '/data']) {
		const res = await raw(baseURL!, path);
		expect(res.status, path).toBe(200);
		const csp = String(res.headers['content-security-policy']);
		expect(csp, path).toMatch(/default-src 'self'/);
		expect(csp, path).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(csp, path).toMatch(/frame-ancestors \*/);
		// The header's policy is the page's own <meta> policy (the same script hash), plus frame-ancestors.
		const meta = /http-equiv="content-security-policy" content="([^"]*)"/.exec(res.body)?.[1];
		expect(csp.startsWith(meta!), `${path}: header mirrors the meta CSP`).toBe(true);
		expect(res.headers['x-content-type-options']).toBe('nosniff');
		expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(res.headers['cache-control']).toMatch(/max-age=0, must-revalidate/);
	}
});

test('hashed assets are immutable, the service worker revalidates, data files have their types', async ({ baseURL }) => {
	const html = (await raw(baseURL!, '/')).body;
	const script = /["'](\/?_app\/immutable\/[^"']+\.js)["']/.exec(html)?.[1] ?? /["'](\.\/_app\/immutable\/[^"']+\.js)["']/.exec(html)?.[1];
	const asset = new URL(script!, `${baseURL}/`).pathname;
	expect(asset).toMatch(/^\/_app\/immutable\//);
	expect((await raw(baseURL!, asset)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await raw(baseURL!, '/service-worker.js')).headers['cache-control']).toMatch(/must-revalidate/);
	expect((await raw(baseURL!, '/geo/world.topo.json')).headers['content-type']).toMatch(/^application\/json/);
	expect((await raw(baseURL!, '/data/cities.csv')).headers['content-type']).toMatch(/^text\/csv/);
	expect((await raw(baseURL!, '/data/places.geojson')).headers['content-type']).toMatch(/^application\/geo\+json/);
});

test('text is sent compressed to browsers that accept it', async ({ baseURL }) => {
	const plain = await raw(baseURL!, '/');
	const br = await raw(baseURL!, '/', { 'accept-encoding': 'br' });
	expect(br.headers['content-encoding']).toBe('br');
	expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
	expect(Number(br.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 3);
	expect((await raw(baseURL!, '/', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
});

test('in the browser an unknown path shows our 404 page', async ({ page, watch }) => {
	// Chromium logs the 404 status; SvelteKit's client router logs the unmatched route.
	watch.expectErrors(/status of 404|Not found: \//);
	const response = await page.goto('/nowhere/at/all');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('not found');
});
