// Four languages in the built site: every page answers with the right <html lang>, no visible text is English
// where a translation exists, the language switch keeps the reader's place, head tags and per-language
// documents (oEmbed, share image) exist, axe finds nothing serious in any language.
import type { Page } from '@playwright/test';
import { test, expect, axeSerious, drawCharts } from './fixtures';
import { NO_WEBGL } from '../playwright.config';
import { readCatalogs, compileCatalog } from '../src/lib/i18n/compile';
import { LOCALES, localePrefix, type Locale } from '../src/lib/i18n/locales';
import { shareImagePath } from '../src/lib/i18n/share-image';

const catalogs = readCatalogs();
const english = compileCatalog(catalogs.en);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Keys whose text may stay the same in every language (a name, not a phrase to translate). */
const SAME_EVERYWHERE = new Set(['site.name', 'map.attribution']);

/**
 * Text that is shown in its own language on purpose: names (Hôtel de ville, Learning Planet Institute, Seo-gu stay
 * what they are called, beside a translation where one exists) and the verbatim English quotes, whose translation
 * is shown after the original.
 */
const keptInOriginal = (key: string) => SAME_EVERYWHERE.has(key) || key.startsWith('place.') || /^quote\.\w+\.translation$/.test(key);

/** English phrases worth scanning for: plain-text messages (no arguments) of two words or more, per paragraph. */
const phrases = Object.entries(english).flatMap(([key, message]) =>
	typeof message === 'string'
		? message
				.split(/\n\s*\n/)
				.map(norm)
				.filter((p) => p.length >= 12 && p.includes(' '))
				.map((text) => ({ key, text }))
		: []
);

/** The page's visible text, from text nodes (so CSS text-transform does not change it), whitespace-normalized. */
async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		let text = '';
		let previous: Element | null = null;
		// A phrase marked with its own lang (LangText's <span data-lang-run>) is part of the sentence around it:
		// glued without a space, so "시청(Hôtel de ville)을" reads as one phrase, as on screen.
		const sentenceOf = (el: Element) => (el.hasAttribute('data-lang-run') ? el.parentElement : el);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, [aria-hidden="true"]')) continue;
			if (!parent.checkVisibility({ visibilityProperty: true })) continue;
			const glued = previous !== null && sentenceOf(previous) === sentenceOf(parent);
			text += (glued ? '' : ' ') + (node.textContent ?? '');
			previous = parent;
		}
		return text.replace(/\s+/g, ' ');
	});
}

/** English catalog phrases visible on a page in `locale`, each with why it counts as untranslated. */
function untranslated(text: string, locale: Locale): string[] {
	return phrases
		.filter(({ key, text: phrase }) => text.includes(phrase) && !keptInOriginal(key))
		.map(({ key, text: phrase }) =>
			catalogs[locale][key] === catalogs.en[key]
				? `${key}: "${phrase.slice(0, 60)}" (${locale}.json still has the English text)`
				: `${key}: "${phrase.slice(0, 60)}" (translated in ${locale}.json, yet shown in English)`
		);
}

const PAGES = ['', '/kiosk', '/embed', '/embed-code', '/data'];
const at = (locale: Locale, path: string) => localePrefix(locale) + path || '/';

// The text and axe checks are about the copy of each language, not the WebGL map (a11y.e2e.ts and the other specs
// run the real map): without WebGL the page shows the drawn map, with the same labels, and software WebGL's
// minute-long map start stays out of every test here.
// Reduced motion: the charts' cards are drawn at once, so axe never measures a card mid-fade (a transient contrast).
test.use({ launchOptions: NO_WEBGL, reducedMotion: 'reduce' });

async function openHydrated(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'load' });
	await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', 'fallback');
	await expect(page.locator('[data-chapter]').first()).toHaveAttribute('data-chapter', /\w/);
}

for (const locale of LOCALES) {
	test.describe(`${locale}`, () => {
		test(`${locale}: every page answers 200 with lang="${locale}", the 404 page 404`, async ({ page, request, watch }) => {
			// The served documents (lang is set at prerender time); the scan below checks it again after hydration.
			for (const path of PAGES) {
				const response = await request.get(at(locale, path));
				expect(response.status(), at(locale, path)).toBe(200);
				expect(/<html[^>]*\blang="([^"]+)"/.exec(await response.text())?.[1], at(locale, path)).toBe(locale);
			}
			watch.expectErrors(/status of 404/);
			const missing = await page.goto(`${localePrefix(locale)}/no-such-page`);
			expect(missing?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html'), 'the 404 page in the path\'s language').toHaveAttribute('lang', locale);
		});

		// One page load per page: the text scan (story, kiosk, embed) and axe on the same page. axe leaves out what
		// another spec checks: the English story (a11y.e2e.ts, over the real map), the kiosk (kiosk.e2e.ts) and the
		// English /data (charts-phone.e2e.ts, at 375 px; the other languages' /data cover 1440 px).
		for (const path of PAGES) {
			const scan = ['', '/kiosk', '/embed'].includes(path);
			const axe = path !== '/kiosk' && !(locale === 'en' && (path === '' || path === '/data'));
			if (!scan && !axe) continue;
			test(`${locale}${path || '/'}: ${[scan && 'no visible English where a translation exists', axe && 'axe finds nothing serious'].filter(Boolean).join('; ')}`, async ({ page }) => {
				await page.setViewportSize({ width: 1440, height: 900 });
				if (scan) await openHydrated(page, at(locale, path));
				else await page.goto(at(locale, path));
				await expect(page.locator('html'), 'lang after hydration').toHaveAttribute('lang', locale);
				// The story's charts are drawn as the reader nears them: scan and check them too, every time.
				if (path === '') await drawCharts(page, '#chart-milestones svg');
				if (scan) {
					const text = await visibleText(page);
					if (locale === 'en') {
						// The scan itself works: the English page shows catalog phrases it would report elsewhere.
						expect(phrases.filter((p) => text.includes(p.text)).length, 'catalog phrases found on the English page').toBeGreaterThan(3);
					} else {
						expect.soft(untranslated(text, locale), `English text on the ${locale} page ${at(locale, path)}`).toEqual([]);
					}
				}
				if (axe) expect(await axeSerious(page)).toEqual([]);
			});
		}

		// The head as served (prerendered): read from the document, no page load needed.
		test(`${locale}: head carries hreflang alternates, x-default, og:locale and this language's oEmbed`, async ({ request }) => {
			const html = await (await request.get(at(locale, ''))).text();
			const tags = [...html.slice(0, html.indexOf('</head>')).matchAll(/<(?:link|meta)\b[^>]*>/g)].map((m) => m[0]);
			const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');
			const find = (pattern: RegExp) => tags.filter((tag) => pattern.test(tag));
			const path = (url: string | undefined) => new URL(url!).pathname;
			expect(find(/rel="alternate"[^>]*hreflang=|hreflang=[^>]*rel="alternate"/)).toHaveLength(LOCALES.length + 1);
			for (const other of LOCALES) {
				const [link] = find(new RegExp(`hreflang="${other}"`));
				expect(path(attr(link!, 'href')), other).toBe(at(other, ''));
			}
			expect(path(attr(find(/hreflang="x-default"/)[0]!, 'href'))).toBe('/');
			expect(attr(find(/property="og:locale"/)[0]!, 'content')).toMatch(new RegExp(`^${locale}_`));
			expect(find(/property="og:locale:alternate"/)).toHaveLength(LOCALES.length - 1);
			const oembedPath = path(attr(find(/type="application\/json\+oembed"/)[0]!, 'href'));
			expect(oembedPath).toBe(`${localePrefix(locale)}/oembed.json`);
			const oembed = await (await request.get(oembedPath)).json();
			expect(oembed.title).toBe(catalogs[locale]['story.title']);
			expect(oembed.html).toContain(`${localePrefix(locale)}/embed"`);
			// This language's share image (its title in its own script), in og:image, twitter:image and oEmbed.
			const image = shareImagePath(locale);
			for (const meta of [/property="og:image"/, /name="twitter:image"/]) {
				expect(path(attr(find(meta)[0]!, 'content')), String(meta)).toBe(image);
			}
			expect(new URL(oembed.thumbnail_url).pathname).toBe(image);
			const png = await request.get(image);
			expect(png.status(), image).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
		});

	});
}

test('the language switch keeps the chapter in the story', async ({ page }) => {
	await page.goto('/?chapter=hamburg');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	await page.locator('.intro .language-switch').getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(/\/de\?chapter=hamburg$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	await page.locator('.intro .language-switch').getByRole('link', { name: '한국어' }).click();
	await expect(page).toHaveURL(/\/ko\?chapter=hamburg$/);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
});

test("the charts follow a language switch: their words come with the new language", async ({ page }) => {
	const german = compileCatalog(catalogs.de);
	await page.goto('/?chapter=hamburg');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	await drawCharts(page);
	await expect(page.locator('#charts')).toContainText(String(english['charts.section.kicker']));
	await page.locator('.intro .language-switch').getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	// Drawn again in German: no English left, no key showing in place of a word (the 'figures' part is loaded).
	await drawCharts(page);
	await expect(page.locator('#charts')).toContainText(String(german['charts.section.kicker']));
	await expect(page.locator('#charts')).not.toContainText(/\b(charts|figure|measure|unit|qualifier)\.[a-z]/);
	await expect(page.locator('#charts')).not.toContainText(String(english['charts.section.kicker']));
});

test('the language switch follows the chapter the reader moved to', async ({ page }) => {
	await page.goto('/fr?chapter=bonn');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'bonn');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry');
	await page.locator('.intro .language-switch').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/\?chapter=evry$/);
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'evry');
});

test('the language switch in the embed keeps the chapter and the play state', async ({ page }) => {
	await page.goto('/embed?chapter=bonn');
	await expect(page.locator('.embed')).toHaveAttribute('data-chapter', 'bonn');
	await page.locator('.embed .language-switch').getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/embed\?chapter=bonn$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('.embed')).toHaveAttribute('data-chapter', 'bonn');

	// Played at full dwell times from the first chapter (this file otherwise prefers reduced motion, whose 4 s
	// dwells could end the journey before the switch on a busy machine): the play state is what is under test.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/embed?chapter=korea&autoplay=1');
	await expect(page.getByRole('button', { name: catalogs.en['nav.pause'] })).toBeVisible();
	await page.locator('.embed .language-switch').getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(/\/de\/embed\?chapter=\w+&autoplay=1$/);
	await expect(page.getByRole('button', { name: catalogs.de['nav.pause'] })).toBeVisible();
});

test('data and 404 pages switch language on the same path', async ({ page, watch }) => {
	watch.expectErrors(/status of 404/);
	await page.goto('/ko/data');
	await page.locator('.language-switch').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/data$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/no-such-page');
	await page.locator('.language-switch').getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(/\/de\/no-such-page$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('sitemap.xml lists every language with alternates', async ({ request }) => {
	const response = await request.get('/sitemap.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	for (const locale of LOCALES) expect(xml).toContain(`hreflang="${locale}"`);
	expect(xml).toContain('hreflang="x-default"');
	expect(xml.match(/<url>/g)?.length).toBe(12);
});

test.describe('a reader whose browser prefers German', () => {
	test.use({ locale: 'de-DE' });
	test('sees a quiet suggestion on the English story, not a redirect, and can dismiss it for good', async ({ page }) => {
		await page.goto('/?chapter=bonn');
		await expect(page).toHaveURL(/\/\?chapter=bonn$/);
		const hint = page.locator('aside.suggestion');
		await expect(hint.getByRole('link')).toHaveAttribute('href', '/de?chapter=bonn');
		await expect(hint.getByRole('link')).toContainText('Deutsch');
		await hint.getByRole('button').click();
		await expect(hint).toHaveCount(0);
		await page.reload();
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'bonn');
		await expect(page.locator('.intro .language-switch')).toBeVisible();
		await expect(hint).toHaveCount(0);
	});
	test('sees no suggestion on the German page', async ({ page }) => {
		await page.goto('/de');
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
		await expect(page.locator('.intro .language-switch')).toBeVisible();
		await expect(page.locator('aside.suggestion')).toHaveCount(0);
	});
});

test('phrases in another language carry their own lang in the built pages', async ({ page }) => {
	// Korean text: the French and German names it quotes, and romanized Latin words, are marked.
	await page.goto('/ko');
	await expect(page.locator('#evry [lang="fr"]', { hasText: 'Hôtel de ville' }).first()).toBeAttached();
	await expect(page.locator('#bonn [lang="de"]', { hasText: 'Altes Rathaus' }).first()).toBeAttached();
	await expect(page.locator('#paris [lang="en"]', { hasText: 'Learning Planet Institute' }).first()).toBeAttached();
	// English text: the Hangul names are Korean, the German name in "Old Town Hall (Altes Rathaus)" German.
	await page.goto('/');
	await expect(page.locator('.delegation [lang="ko"]', { hasText: '수원시' }).first()).toBeAttached();
	await expect(page.locator('#bonn [lang="de"]', { hasText: 'Altes Rathaus' }).first()).toBeAttached();
});
