// Renders static/share.png (1200 x 630, Open Graph / Twitter card / oEmbed thumbnail) from the BUILT site's
// first paint: the story's drawn map and title with scripts off, exactly what the prerendered HTML shows.
// After `npm run build`, with the site previewed (`npm run preview`, or E2E_PORT's server):
//   BASE=http://localhost:4173 npx tsx scripts/share-image.ts
// No network beyond that local server.
import { chromium } from '@playwright/test';
import { LAUNCH } from '../playwright.config';

const BASE = process.env.BASE ?? 'http://localhost:4173';

async function main() {
	const browser = await chromium.launch(LAUNCH);
	try {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 630 } });
		const page = await context.newPage();
		// Scripts are off, so the controls are hidden by editing the HTML on its way in (addStyleTag needs scripts).
		await page.route(`${BASE}/`, async (route) => {
			const response = await route.fetch();
			const css = '<style>.nav-dock, .skip-link, .byline, .hint { display: none !important; }</style>';
			await route.fulfill({ response, body: (await response.text()).replace('</head>', `${css}</head>`) });
		});
		await page.goto(`${BASE}/`);
		await page.screenshot({ path: 'static/share.png' });
		console.log('wrote static/share.png');
	} finally {
		await browser.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
