import { chromium } from '@playwright/test';
import { NO_WEBGL } from '/work/main/playwright.config';
const b = await chromium.launch(NO_WEBGL);
for (const [w, h, path, name] of [[1440, 900, '/?chapter=hamburg', 'nw-hamburg-1440'], [375, 667, '/de?chapter=bonn', 'nw-bonn-375'], [375, 667, '/embed?chapter=evry', 'nw-embed-375']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto('http://localhost:4173' + path);
  await page.waitForFunction(() => document.querySelector('[data-map-state]')?.getAttribute('data-map-state') === 'fallback');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `shots/${name}.png` });
  await ctx.close();
}
await b.close();
