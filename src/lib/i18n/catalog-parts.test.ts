// The catalog's 'extra' part (data., kiosk., embedCode.) is loaded only by the pages that show it (routes/+layout.ts):
// a key of it used anywhere else would show as the key itself. This scans the source for such uses.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPart, partOf, readCatalogs, EXTRA_PREFIXES } from './compile';
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
			const parts = [partOf(catalogs[locale], 'main'), partOf(catalogs[locale], 'extra')];
			expect(parts.reduce((n, p) => n + Object.keys(p).length, 0)).toBe(all.length);
			expect(Object.keys(parts[1]!).sort()).toEqual(Object.keys(partOf(catalogs.en, 'extra')).sort());
		}
		expect(catalogPart('kiosk.title')).toBe('extra');
		expect(catalogPart('chapter.flight.title')).toBe('main');
	});

	it("are used where they are loaded: no 'extra' key outside the data, kiosk and embed-code pages", () => {
		const pattern = new RegExp(`['"\`](${EXTRA_PREFIXES.map((p) => p.replace('.', '\\.')).join('|')})[A-Za-z]`, 'g');
		const outside = sources('src')
			.filter((file) => !EXTRA_HOMES.some((home) => file.startsWith(home)))
			.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => `${file}: ${m[0]}`));
		expect(outside).toEqual([]);
	});
});
