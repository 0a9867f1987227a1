// The story's layout over the drawn map (no WebGL: the layout is the subject, and the drawn map takes the same
// place on the page): at 375, 1440 and 3840 px the controls and the credit line never cover the title block, and at
// 4K the text column and the control rail keep their proportions (issue 10 #2, #10).
import { test, expect } from './fixtures';
import { NO_WEBGL } from '../playwright.config';

test.use({ launchOptions: NO_WEBGL });

for (const [width, height] of [
	[375, 667],
	[1440, 900],
	[3840, 2160]
] as const) {
	test(`${width}x${height}: the controls and the credit line never cover the title block`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'korea');
		const covered = await page.evaluate(() => {
			const texts = [...document.querySelectorAll('.intro > *')];
			const nav = document.querySelector('.nav-dock')!.getBoundingClientRect();
			const credit = document.querySelector('.attribution')!;
			const problems: string[] = [];
			for (const el of texts) {
				const r = el.getBoundingClientRect();
				if (r.bottom < 0 || r.top > innerHeight) continue;
				// The topmost element at the text's corners and centre is the text itself (or its block).
				for (const [x, y] of [
					[r.left + 2, r.top + 2],
					[r.right - 2, r.top + 2],
					[(r.left + r.right) / 2, (r.top + r.bottom) / 2]
				]) {
					const top = document.elementFromPoint(x!, y!);
					if (top && !top.closest('.intro')) problems.push(`${el.className || el.tagName} under ${top.className || top.tagName}`);
				}
				const n = r;
				if (Math.min(n.right, nav.right) - Math.max(n.left, nav.left) > 1 && Math.min(n.bottom, nav.bottom) - Math.max(n.top, nav.top) > 1)
					problems.push(`${el.tagName} overlaps the control bar`);
			}
			// The credit line may sit under the title block, but must not show through it.
			const introBg = getComputedStyle(document.querySelector('.intro')!).backgroundColor;
			const creditRect = credit.getBoundingClientRect();
			const introRect = document.querySelector('.intro')!.getBoundingClientRect();
			const under = Math.min(creditRect.right, introRect.right) > Math.max(creditRect.left, introRect.left) &&
				Math.min(creditRect.bottom, introRect.bottom) > Math.max(creditRect.top, introRect.top);
			if (under && /rgba\(.*,\s*0?\.\d+\)$/.test(introBg)) problems.push(`the credit line shows through the title (${introBg})`);
			return problems;
		});
		expect(covered).toEqual([]);
	});
}

test('3840 px: the text column and the control rail are in proportion, not a strip and a 3000 px bar', async ({ page }) => {
	await page.setViewportSize({ width: 3840, height: 2160 });
	await page.goto('/?chapter=hamburg');
	await expect(page.locator('.story')).toHaveAttribute('data-chapter', 'hamburg');
	const sizes = await page.evaluate(() => ({
		card: document.querySelector('#hamburg .card')!.getBoundingClientRect().width,
		rail: document.querySelector('.nav-dock')!.getBoundingClientRect().width,
		body: parseFloat(getComputedStyle(document.querySelector('#hamburg .card > p:not(.kicker)')!).fontSize)
	}));
	expect(sizes.card / 3840, 'text column share of the width').toBeGreaterThan(0.24);
	expect(sizes.card / 3840).toBeLessThan(0.4);
	expect(sizes.rail, 'control rail width').toBeLessThanOrEqual(2100);
	expect(sizes.body, 'body text px at 4K').toBeGreaterThanOrEqual(30);
});

// The flight's readout goes under the credit line, in each shell's own place for it (the embed had it over the
// credit line: a unitless 0 made the readout's calc() invalid).
for (const [path, width] of [
	['/embed?chapter=flight', 375],
	['/embed?chapter=flight', 1000],
	['/?chapter=flight', 375],
	['/?chapter=flight', 1440]
] as const) {
	test(`${path} at ${width} px: the flight readout sits under the credit line`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(path);
		const readout = page.getByTestId('flight-readout');
		await expect(readout).toBeVisible();
		const credit = (await page.locator('.attribution').first().boundingBox())!;
		const box = (await readout.boundingBox())!;
		expect(box.y, `readout top ${box.y} vs credit bottom ${credit.y + credit.height}`).toBeGreaterThanOrEqual(credit.y + credit.height);
	});
}
