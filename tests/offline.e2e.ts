// The service worker on the built site (issue 12 #4, issue 13): it registers only after the map has settled,
// offline an unknown path shows our 404 page, and many query strings of one page keep one cache entry.
import type { Page } from '@playwright/test';
import { test, expect, mapEl } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Records the map's state at the moment the page calls navigator.serviceWorker.register. */
async function recordRegistration(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __swRegisteredAt?: string };
		const original = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof original>) {
			w.__swRegisteredAt = document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? 'no map';
			return original.apply(this, args);
		};
	});
	return () => page.evaluate(() => (window as unknown as { __swRegisteredAt?: string }).__swRegisteredAt);
}

async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

test('the service worker registers only after the map is ready', async ({ page }) => {
	// SwiftShader on a busy machine can take long to a ready map; the assertion is about order, not time.
	test.setTimeout(180_000);
	const registeredAt = await recordRegistration(page);
	await page.goto('/');
	await expect(mapEl(page)).toHaveAttribute('data-map-state', 'ready', { timeout: 150_000 });
	await expect.poll(registeredAt, { message: 'register() was called', timeout: 30_000 }).toBeDefined();
	expect(await registeredAt()).toBe('ready');
});

// The next two use /data, a page without a map: the worker registers at load (and idle).
test('offline, an unknown path shows our 404 page', async ({ page, context, watch }) => {
	// Offline, the path itself is a failed fetch the worker answers with 404.html; Chromium logs that failure too.
	watch.expectErrors(/status of 404|Not found: \/|net::ERR_FAILED/);
	await page.goto('/data');
	await controlled(page);
	await context.setOffline(true);
	const response = await page.goto('/never/was/here');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('not found');
	await context.setOffline(false);
});

test('fifteen query strings of one page keep one cache entry, without its query', async ({ page }) => {
	await page.goto('/data');
	await controlled(page);
	const entries = await page.evaluate(async () => {
		for (let i = 0; i < 15; i++) await fetch(`/kiosk?speed=${i}&debug=${i}`);
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls.filter((url) => new URL(url).pathname === '/kiosk');
	});
	expect(entries.map((url) => new URL(url).search)).toEqual(['']);
});
