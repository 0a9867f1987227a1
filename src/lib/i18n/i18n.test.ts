// i18n completeness: every key the code asks for exists in every language, and every language has exactly the
// English keys. Keys built at run time (chapter.<id>.title …) are listed from the data they come from.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs, translate, LOCALES } from './index';
import { CHAPTER_IDS } from '$lib/story/types';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

/** Literal keys passed to t('…') or translate(locale, '…') anywhere in src/. */
function literalKeys(): Set<string> {
	const keys = new Set<string>();
	for (const file of sourceFiles('src')) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) keys.add(m[1]!);
		for (const m of text.matchAll(/\btranslate\(\s*[\w.]+\s*,\s*'([a-zA-Z0-9_.-]+)'/g)) keys.add(m[1]!);
	}
	return keys;
}

const dynamicKeys = CHAPTER_IDS.flatMap((id) => [
	`chapter.${id}.kicker`,
	`chapter.${id}.title`,
	`chapter.${id}.body`,
	`rail.${id}`,
	`kiosk.line.${id}`
]);

describe('message catalogs', () => {
	const used = [...literalKeys(), ...dynamicKeys];

	it('finds the keys the code uses (the scan itself works)', () => {
		expect(used.length).toBeGreaterThan(30);
		expect(used).toContain('nav.next');
	});

	for (const locale of LOCALES) {
		it(`${locale}: has every key the code uses`, () => {
			const catalog = catalogs[locale] as Record<string, string>;
			expect(used.filter((k) => !(k in catalog))).toEqual([]);
		});
		it(`${locale}: has exactly the English keys, none empty`, () => {
			const catalog = catalogs[locale] as Record<string, string>;
			expect(Object.keys(catalog).sort()).toEqual(Object.keys(catalogs.en).sort());
			expect(Object.entries(catalog).filter(([, v]) => v.trim() === '')).toEqual([]);
		});
	}
});

describe('translate', () => {
	it.each([
		['nav.chapterOf', { n: 2, total: 6, title: 'The flight' }, 'Chapter 2 of 6: The flight'],
		['nav.chapterOf', { n: 2 }, 'Chapter 2 of {total}: {title}'],
		['no.such.key', undefined, 'no.such.key']
	])('%s %j', (key, params, expected) => {
		expect(translate('en', key, params)).toBe(expected);
	});

	it('does not read inherited properties as parameters', () => {
		expect(translate('en', 'nav.chapterOf', {} as Record<string, string>)).toContain('{n}');
	});
});
