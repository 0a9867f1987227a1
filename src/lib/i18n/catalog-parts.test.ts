// The catalog's 'extra' part (data., kiosk., embedCode.) is loaded only by the pages that show it, its 'figures'
// part (charts., figure., measure., unit., qualifier.) by those pages and the story's charts (routes/+layout.ts,
// LazyCharts.svelte): a key used anywhere else would show as the key itself. This scans the source for such uses.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPart, partOf, readCatalogs, CATALOG_PARTS, EXTRA_PREFIXES, FIGURES_PREFIXES } from './compile';
import { LOCALES } from './locales';

/** Where 'extra' keys may be used: the pages that load that part, and their own components. */
const EXTRA_HOMES = [
	'src/lib/components/data/',
	'src/lib/components/kiosk/',
	'src/lib/present/kiosk-',
	'src/routes/[[lang=lang]]/data/',
	'src/routes/[[lang=lang]]/kiosk/',
	'src/routes/[[lang=lang]]/embed-code/'
];

/** Where 'figures' keys may be used: the charts (drawn after their part is loaded), the data page and the kiosk,
 * and the figures' own definitions (keys as data, checked at build time). */
const FIGURES_HOMES = [
	'src/lib/components/charts/',
	'src/lib/charts/',
	'src/lib/components/data/',
	'src/lib/components/kiosk/',
	'src/lib/present/kiosk-',
	'src/lib/present/figure-text.ts',
	'src/lib/story/figures.ts',
	'src/lib/story/types.ts',
	'src/lib/story/validate.ts',
	'src/routes/[[lang=lang]]/data/',
	'src/routes/[[lang=lang]]/kiosk/'
];

/** Uses of keys with one of `prefixes` in files outside `homes`. */
function usesOutside(prefixes: readonly string[], homes: readonly string[]): string[] {
	const pattern = new RegExp(`['"\`](${prefixes.map((p) => p.replace('.', '\\.')).join('|')})[A-Za-z$]`, 'g');
	return sources('src')
		.filter((file) => !homes.some((home) => file.startsWith(home)))
		.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => `${file}: ${m[0]}`));
}

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('the catalog parts', () => {
	it('put every key in one part, the same in every locale', () => {
		const catalogs = readCatalogs();
		for (const locale of LOCALES) {
			const all = Object.keys(catalogs[locale]);
			const parts = CATALOG_PARTS.map((part) => partOf(catalogs[locale], part));
			expect(parts.reduce((n, p) => n + Object.keys(p).length, 0)).toBe(all.length);
			for (const [i, part] of CATALOG_PARTS.entries()) {
				expect(Object.keys(parts[i]!).sort()).toEqual(Object.keys(partOf(catalogs.en, part)).sort());
			}
		}
		expect(catalogPart('kiosk.title')).toBe('extra');
		expect(catalogPart('charts.section.title')).toBe('figures');
		expect(catalogPart('measure.population')).toBe('figures');
		expect(catalogPart('chapter.flight.title')).toBe('main');
	});

	it("are used where they are loaded: no 'extra' key outside the data, kiosk and embed-code pages", () => {
		expect(usesOutside(EXTRA_PREFIXES, EXTRA_HOMES)).toEqual([]);
	});

	it("are used where they are loaded: no 'figures' key outside the charts, the data page and the kiosk", () => {
		expect(usesOutside(FIGURES_PREFIXES, FIGURES_HOMES)).toEqual([]);
	});
});
