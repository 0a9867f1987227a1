import { chromium } from '@playwright/test';
const args = ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const variants = {
  full: (s) => s,
  noLand: (s) => s.replace(/<path class="land [^>]*>/g, ''),
  landNoStroke: (s) => s.replace('</head>', '<style>.drawn-map .land{stroke:none!important}</style></head>'),
  optimizeSpeed: (s) => s.replace('</head>', '<style>.drawn-map{shape-rendering:optimizeSpeed}</style></head>'),
  geometricPrecision: (s) => s.replace('</head>', '<style>.drawn-map{shape-rendering:geometricPrecision}</style></head>'),
};
const res = {};
for (let i = 0; i < 3; i++) for (const [k, f] of Object.entries(variants)) {
  const ctx = await b.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  const p = await ctx.newPage();
  await p.route('http://localhost:4320/', async (route) => { const r = await route.fetch(); await route.fulfill({ response: r, body: f(await r.text()) }); });
  await p.route(/maplibre|BUwiJpK_/, (r) => r.abort());
  await p.goto('http://localhost:4320/');
  await p.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
  (res[k] ??= []).push(await p.evaluate(() => Math.round(performance.getEntriesByType('paint')[0].startTime)));
  await ctx.close();
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(14), v.join(' '));
await b.close();
