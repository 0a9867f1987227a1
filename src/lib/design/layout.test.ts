// Media queries cannot read custom properties, so the one source of layout widths is checked here: every
// `@media` width in src/ is a breakpoint of layout.ts (min-width: N, or max-width: N - 1).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { breakpoint, layoutToCss, panelExtentPx, remScale, rootFontPx } from './layout';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(svelte|css)$/.test(name) ? [path] : [];
	});
}

describe('layout tokens', () => {
	it('every @media width in src/ is a layout breakpoint', () => {
		const allowed = new Set(Object.values(breakpoint).flatMap((n) => [`min-width: ${n}px`, `max-width: ${n - 1}px`]));
		const strays: string[] = [];
		for (const file of files('src')) {
			for (const match of readFileSync(file, 'utf8').matchAll(/@media[^{]*?\((min|max)-width:\s*(\d+)px\)/g)) {
				const query = `${match[1]}-width: ${match[2]}px`;
				if (!allowed.has(query)) strays.push(`${file}: ${query}`);
			}
		}
		expect(strays, 'add the width to design/layout.ts breakpoint, or use one that is there').toEqual([]);
	});

	it('scales the root font and the text column with the width on big screens only', () => {
		expect(rootFontPx(1440)).toBe(16);
		expect(rootFontPx(2400)).toBe(24);
		// The maps' lines and labels grow by the same factor as the rem.
		expect(remScale(1440)).toBe(1);
		expect(remScale(3840)).toBe(rootFontPx(3840) / rootFontPx(1440));
		expect(rootFontPx(3840)).toBe(32);
		// 1440: 30rem card + 3vw margin; 3840: the column stays about a quarter of the width, not a strip.
		expect(panelExtentPx(1440)).toBe(480 + 43);
		expect(panelExtentPx(3840) / 3840).toBeGreaterThan(0.25);
		expect(panelExtentPx(3840) / 3840).toBeLessThan(0.4);
		expect(layoutToCss()).toContain('--layout-nav-dock: 76px;');
	});
});
