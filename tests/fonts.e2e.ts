// The fonts the pages draw their text with (vite.config.ts siteFonts): Noto Sans/Serif KR cut to the site's
// characters. Every glyph a page shows must come from them, never from a system font (a character missing from
// the cut would fall back silently); pages not in Korean take their Hangul from the names cut alone.
import type { Page } from '@playwright/test';
import { test, expect, drawCharts } from './fixtures';
import { NO_WEBGL } from '../playwright.config';
import { LOCALES, localePrefix } from '../src/lib/i18n/locales';

// The text and the DOM labels are the subject, not the WebGL map.
test.use({ launchOptions: NO_WEBGL });

/** The fonts Chromium drew each text-bearing, visible element with, per element (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page) {
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const count = await page.evaluate(() => {
		let n = 0;
		for (const el of document.body.querySelectorAll('*')) {
			const text = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
			// Text set in our families (code samples keep the reader's monospace font, on purpose).
			const ours = /Noto/.test(getComputedStyle(el).fontFamily);
			if (text && ours && el.checkVisibility()) el.setAttribute('data-font-probe', String(n++));
		}
		return n;
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
	const fonts: { node: string; family: string; custom: boolean }[] = [];
	for (const nodeId of nodeIds) {
		// A page that moves on by itself (the kiosk's loop) may have replaced the element meanwhile: skip it.
		const probed = await Promise.all([
			cdp.send('CSS.getPlatformFontsForNode', { nodeId }),
			cdp.send('DOM.getOuterHTML', { nodeId })
		]).catch(() => null);
		if (!probed) continue;
		const [{ fonts: used }, { outerHTML }] = probed;
		for (const font of used) fonts.push({ node: outerHTML.slice(0, 120), family: font.familyName, custom: font.isCustomFont });
	}
	await cdp.detach();
	return { count, fonts };
}

for (const locale of LOCALES) {
	test(`every glyph of the ${locale} story is drawn with the site's own fonts`, async ({ page, watch }) => {
		await page.goto(localePrefix(locale) || '/');
		await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', /fallback|ready/);
		// The charts are drawn when the reader nears them: their labels, numbers and readouts are probed too.
		await drawCharts(page);
		const { count, fonts } = await renderedFonts(page);
		expect(count, 'text elements probed').toBeGreaterThan(100);
		expectOwnFonts(fonts);

		const files = watch.requests.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!);
		// The Hangul slices are Fontsource's numbered ones from 100 up; the latin slice is named.
		const hangulSlices = files.filter((f) => /^noto-sans-kr-1\d\d-wght-normal-site\./.test(f));
		const names = files.filter((f) => /-names\./.test(f));
		if (locale === 'ko') {
			expect(hangulSlices.length, 'the Korean story loads its Hangul slices').toBeGreaterThan(3);
			expect(names, 'and not the names cut').toEqual([]);
		} else {
			expect(names.length, 'the names cut holds the Hangul this page shows').toBeGreaterThan(0);
			expect(hangulSlices, 'no whole Hangul slice').toEqual([]);
		}
	});

	// The other pages: the data page (every source's title, Korean ones among them), the kiosk, the embed and
	// its code page, and the 404 page.
	for (const path of ['/data', '/kiosk', '/embed', '/embed-code', '/no-such-page']) {
		test(`every glyph of the ${locale} page ${path} is drawn with the site's own fonts`, async ({ page, watch }) => {
			if (path === '/no-such-page') watch.expectErrors(/404/);
			await page.goto(`${localePrefix(locale)}${path}`);
			// The 404 page is drawn in the browser (404.html has no content of its own).
			await page.waitForFunction(() => document.body.innerText.trim().length > 20);
			const { count, fonts } = await renderedFonts(page);
			expect(count, 'text elements probed').toBeGreaterThan(2);
			expectOwnFonts(fonts);
		});
	}
}

function expectOwnFonts(fonts: { node: string; family: string; custom: boolean }[]) {
	expect(fonts.filter((f) => !f.custom), 'glyphs drawn with a system font').toEqual([]);
	// The cut files keep the fonts' own names (a variable font reports its default instance: "Noto Sans KR Thin").
	expect(fonts.filter((f) => !/^Noto (Sans|Serif) KR\b/.test(f.family)), 'glyphs drawn with another font').toEqual([]);
}
