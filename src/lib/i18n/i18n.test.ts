// i18n completeness: every key the code asks for exists in every language, and every language has exactly the
// English keys. Keys built at run time (chapter.<id>.title …) are listed from the data they come from.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { translate, LOCALES, type Locale } from './index';
import { readCatalogs, checkCatalogs, compileCatalog, argumentNames } from './compile';
import { parse } from '@formatjs/icu-messageformat-parser';
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

const catalogs = readCatalogs();

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
		['charts.facts.count', { n: 1 }, '1 figure'],
		['charts.facts.count', { n: 1234 }, '1,234 figures'],
		['no.such.key', undefined, 'no.such.key']
	])('%s %j', (key, params, expected) => {
		expect(translate('en', key, params)).toBe(expected);
	});

	it('does not read inherited properties as parameters', () => {
		expect(translate('en', 'nav.chapterOf', {} as Record<string, string>)).toContain('{n}');
	});
});

describe('ICU catalogs (what the build checks)', () => {
	it('every message of every locale is valid ICU and the catalogs pass the build check', () => {
		expect(checkCatalogs(catalogs)).toEqual([]);
		for (const locale of LOCALES) expect(() => compileCatalog(catalogs[locale])).not.toThrow();
	});

	const broken = (locale: Locale, patch: Record<string, string | undefined>) => {
		const copy = structuredClone(catalogs);
		for (const [key, value] of Object.entries(patch)) {
			if (value === undefined) delete copy[locale][key];
			else copy[locale][key] = value;
		}
		return checkCatalogs(copy);
	};

	it('a missing key in one locale is a problem', () => {
		expect(broken('de', { 'nav.next': undefined })).toEqual(['de.json: missing key "nav.next"']);
	});
	it('a key English does not have is a problem', () => {
		expect(broken('fr', { 'nav.nope': 'x' })).toEqual(['fr.json: key "nav.nope" is not in en.json']);
	});
	it('a placeholder missing or renamed in one locale is a problem', () => {
		expect(broken('ko', { 'nav.chapterOf': '{n}/{total}장' })[0]).toMatch(/ko\.json "nav\.chapterOf": placeholders \{n\}, \{total\} differ/);
		expect(broken('de', { 'embed.count': '{n} von {gesamt}' })[0]).toMatch(/differ from English \{n\}, \{total\}/);
	});
	it('invalid ICU syntax is a problem', () => {
		expect(broken('fr', { 'nav.chapterOf': 'Chapitre {n de {total}' })[0]).toMatch(/fr\.json "nav\.chapterOf": invalid ICU/);
	});
	it('an empty message is a problem', () => {
		expect(broken('de', { 'nav.next': ' ' })).toEqual(['de.json "nav.next": empty message']);
	});
	it('reads argument names from the AST, inside plural branches too', () => {
		expect(argumentNames(parse('{count, plural, one {# von {total}} other {# von {total}}} {title}'))).toEqual(['count', 'title', 'total']);
	});
	it('plain text compiles to a string, messages with arguments to an AST', () => {
		const compiled = compileCatalog({ a: 'Weiter', b: 'Kapitel {n}', c: "'{'literal'}'" });
		expect(compiled.a).toBe('Weiter');
		expect(Array.isArray(compiled.b)).toBe(true);
		expect(compiled.c).toBe('{literal}');
	});
});
