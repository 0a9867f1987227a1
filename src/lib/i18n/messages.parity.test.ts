// Translation parity: ko/de/fr carry exactly the English keys, in the same order, with the same placeholder names,
// and follow the typographic rules the ICU runtime and each language need. Reads the JSON files translators edit.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Catalog = Record<string, string>;
const load = (locale: string): Catalog =>
	JSON.parse(readFileSync(`src/lib/i18n/messages/${locale}.json`, 'utf8')) as Catalog;

const en = load('en');
const TRANSLATED = ['ko', 'de', 'fr'] as const;
/** Messages that may read exactly as in English in some language: proper names, the award's official name. */
const SAME_AS_ENGLISH = new Set([
	// A city's name and a date placeholder read the same in several languages („Bonn · {dates}“).
	'chapter.korea.kicker',
	'chapter.hamburg.kicker',
	'chapter.bonn.kicker',
	'chapter.evry.kicker',
	'chapter.paris.kicker',
	'map.label.group', // „{city}: {names}“
	'map.flight.arrival', // „Hamburg, {date}“
	'measure.learningCityAward',
	'charts.milestones.legend.learningCityAward'
]);

/** Top-level argument names: `{name}` and `{name, plural, …}`; plural branches (`one {# x}`) are not arguments. */
function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

/** ICU quoting: '{…}' prints literal braces (the embed code sample); any other ' is a typo for ’. */
function withoutIcuQuotes(text: string): string {
	return text.replace(/'\{[^{}]*\}'/g, '');
}

/** Braces balance (a cheap ICU syntax guard until the ICU parser is in the tree). */
function bracesBalance(text: string): boolean {
	let depth = 0;
	for (const ch of text) {
		if (ch === '{') depth++;
		if (ch === '}' && --depth < 0) return false;
	}
	return depth === 0;
}

describe('placeholder extraction', () => {
	it('reads plain and plural arguments but not plural branches', () => {
		expect(placeholders('{n} von {total}')).toEqual(['n', 'total']);
		expect(placeholders('{count, plural, one {# Quelle} other {# Quellen}} für {city}')).toEqual(['city', 'count']);
		expect(placeholders('{type: "lcj:height", height}')).toEqual([]);
	});
	it('allows an apostrophe only as ICU quoting around a literal brace group', () => {
		expect(withoutIcuQuotes(`sendet '{type: "lcj:goto", id}' an`)).not.toContain("'");
		expect(withoutIcuQuotes('l\'intégration')).toContain("'");
	});
});

describe.each(TRANSLATED)('%s catalog', (locale) => {
	const catalog = load(locale);

	it('has the English keys in the English order', () => {
		expect(Object.keys(catalog)).toEqual(Object.keys(en));
	});

	it('keeps every placeholder name of each English message', () => {
		const mismatched = Object.keys(en).filter(
			(key) => JSON.stringify(placeholders(catalog[key] ?? '')) !== JSON.stringify(placeholders(en[key]!))
		);
		expect(mismatched).toEqual([]);
	});

	it('has no empty message, no straight apostrophe except ICU quoting of a literal {…}, balanced braces', () => {
		const bad = Object.entries(catalog).filter(
			([, v]) => v.trim() === '' || withoutIcuQuotes(v).includes("'") || !bracesBalance(v)
		);
		expect(bad).toEqual([]);
	});

	it('writes plurals with an other branch', () => {
		const bad = Object.entries(catalog).filter(([, v]) => /,\s*plural\s*,/.test(v) && !/\bother\s*\{/.test(v));
		expect(bad).toEqual([]);
	});

	it('is translated, not a copy of English (except names that stay the same)', () => {
		const same = Object.keys(en).filter(
			(key) =>
				catalog[key] === en[key] &&
				en[key]!.includes(' ') &&
				!key.startsWith('place.') &&
				!SAME_AS_ENGLISH.has(key)
		);
		expect(same).toEqual([]);
	});
});

describe('French spacing', () => {
	const fr = load('fr');
	it('puts a narrow no-break space before ; ! ? and a no-break space before : (not in URLs or code)', () => {
		const bad = Object.entries(fr).filter(([key, v]) => {
			if (key === 'embedCode.messages.body') return false; // code sample kept verbatim
			const prose = v.replace(/\b[a-z]+:\/\/\S+/g, '').replace(/\b(blob|data):/g, '').replace(/\?chapter=/g, ''); // URLs, CSP sources, query strings
			return /[^\u202f\s][;!?]/.test(prose) || /[^\u00a0\s]:/.test(prose) || /[ ][;!?:]/.test(prose);
		});
		expect(bad).toEqual([]);
	});
	it('uses « » with no-break spaces inside', () => {
		const bad = Object.values(fr).filter((v) => /«[^\u00a0]|[^\u00a0]»/.test(v) || /[“”"]/.test(v.replace(/\{type[^}]*\}/g, '')));
		expect(bad).toEqual([]);
	});
});

describe('German quotes', () => {
	it('uses „…“ and no English quotes', () => {
		const de = load('de');
		const bad = Object.entries(de).filter(
			([key, v]) => key !== 'embedCode.messages.body' && (/[”‘]/.test(v) || /"/.test(v))
		);
		expect(bad).toEqual([]);
	});
});
