// Renders the link-preview images (1200 x 630, Open Graph / Twitter card / oEmbed thumbnail), one per language:
// static/share.png (English), static/share-ko.png, share-de.png, share-fr.png (src/lib/i18n/share-image.ts). Each
// is the BUILT page's first paint in that language: the drawn map and the title with scripts off, exactly what the
// prerendered HTML shows, set in the fonts the site ships (Noto Sans KR / Noto Serif KR cover Hangul).
// After `npm run build`, with the site previewed (`npm run preview`, or E2E_PORT's server):
//   BASE=http://localhost:4173 npx tsx scripts/share-image.ts
// No network beyond that local server; same build, same pixels.
import { chromium } from '@playwright/test';
import { LAUNCH } from '../playwright.config';
import { LOCALES, localizePath } from '../src/lib/i18n/locales';
import { SHARE_IMAGE_SIZE, shareImagePath } from '../src/lib/i18n/share-image';

const BASE = process.env.BASE ?? 'http://localhost:4173';
// The controls, the language links and the hints mean nothing in a still image; the title is set a little smaller than on the page so the
// longest word of every language (French "d’apprentissage", German "Bürgermeister,") fits the card unbroken.
const HIDE =
	'<style>.nav-dock, .skip-link, .byline, .hint, .language-switch { display: none !important; }' +
	' h1 { font-size: min(var(--size-display), 52px) !important; }</style>';

async function main() {
	const browser = await chromium.launch(LAUNCH);
	try {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: SHARE_IMAGE_SIZE });
		for (const locale of LOCALES) {
			const page = await context.newPage();
			const url = `${BASE}${localizePath('/', locale)}`; // '/', '/ko': no trailing slash (relative asset paths)
			// Scripts are off, so the controls are hidden by editing the HTML on its way in (addStyleTag needs scripts).
			await page.route(url, async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, body: (await response.text()).replace('</head>', `${HIDE}</head>`) });
			});
			// Off-origin requests would make the image depend on the network: refuse them.
			await page.route((u) => !u.href.startsWith(BASE), (route) => route.abort());
			await page.goto(url);
			await page.evaluate(() => document.fonts.ready);
			const file = `static${shareImagePath(locale)}`;
			await page.screenshot({ path: file });
			console.log(`wrote ${file}`);
			await page.close();
		}
	} finally {
		await browser.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
