// Build-time half of the i18n runtime (Node only: the Vite plugin and the unit tests import it, the client never
// does). It reads src/lib/i18n/messages/<locale>.json, checks every locale against English and pre-parses each ICU
// message to its AST, so the browser ships intl-messageformat's formatter without its parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES, DEFAULT_LOCALE, type Locale } from './locales';

export const MESSAGES_DIR = 'src/lib/i18n/messages';

/** A compiled message: plain text stays a string (smaller, no formatter needed); anything else is its ICU AST. */
export type CompiledMessage = string | MessageFormatElement[];
export type CompiledCatalog = Record<string, CompiledMessage>;

export function readCatalog(locale: Locale, dir = MESSAGES_DIR): Record<string, string> {
	return JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Record<string, string>;
}

export function readCatalogs(dir = MESSAGES_DIR): Record<Locale, Record<string, string>> {
	return Object.fromEntries(LOCALES.map((l) => [l, readCatalog(l, dir)])) as Record<Locale, Record<string, string>>;
}

/** The names of a message's arguments ({name}, {count, plural, ...}), nested ones included, sorted. */
export function argumentNames(ast: MessageFormatElement[]): string[] {
	const names = new Set<string>();
	const walk = (elements: MessageFormatElement[]) => {
		for (const el of elements) {
			if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
			if (el.type === TYPE.tag) {
				walk(el.children);
				continue;
			}
			names.add(el.value);
			if (el.type === TYPE.plural || el.type === TYPE.select) {
				for (const option of Object.values(el.options)) walk(option.value);
			}
		}
	};
	walk(ast);
	return [...names].sort();
}

/** Every problem of the catalogs, one line each: ICU syntax, missing/extra/empty keys, argument names unlike English. */
export function checkCatalogs(catalogs: Record<Locale, Record<string, string>>): string[] {
	const problems: string[] = [];
	const source = catalogs[DEFAULT_LOCALE];
	const sourceArgs = new Map<string, string[]>();
	for (const [key, text] of Object.entries(source)) {
		try {
			sourceArgs.set(key, argumentNames(parse(text)));
		} catch (error) {
			problems.push(`${DEFAULT_LOCALE}.json "${key}": invalid ICU message (${(error as Error).message})`);
		}
	}
	for (const locale of LOCALES) {
		const catalog = catalogs[locale];
		for (const key of Object.keys(source)) {
			if (!(key in catalog)) problems.push(`${locale}.json: missing key "${key}"`);
		}
		for (const [key, text] of Object.entries(catalog)) {
			if (!(key in source)) {
				problems.push(`${locale}.json: key "${key}" is not in ${DEFAULT_LOCALE}.json`);
				continue;
			}
			if (typeof text !== 'string' || text.trim() === '') {
				problems.push(`${locale}.json "${key}": empty message`);
				continue;
			}
			if (locale === DEFAULT_LOCALE) continue;
			let args: string[];
			try {
				args = argumentNames(parse(text));
			} catch (error) {
				problems.push(`${locale}.json "${key}": invalid ICU message (${(error as Error).message})`);
				continue;
			}
			const expected = sourceArgs.get(key);
			if (expected && args.join(',') !== expected.join(',')) {
				problems.push(
					`${locale}.json "${key}": placeholders {${args.join('}, {')}} differ from English {${expected.join('}, {')}}`
				);
			}
		}
	}
	return problems;
}

/** Throws one error listing every problem (the build and the tests stop on it). */
export function assertValidCatalogs(catalogs: Record<Locale, Record<string, string>>): void {
	const problems = checkCatalogs(catalogs);
	if (problems.length > 0) {
		throw new Error(`Message catalogs: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
	}
}

/**
 * The catalog's parts, one chunk each per locale:
 * - 'extra': what only the /data page, the kiosk and the embed-code page show, about a third of the catalog;
 * - 'figures': the charts' and the figures' words (labels, units, qualifiers), loaded with the charts' code, by the
 *   /data page and by the kiosk's fact cards;
 * - 'main': the rest, what the story's and the embed's first view show (issue 13: the JavaScript before a usable
 *   map). catalog-parts.test.ts checks that no key is used where its part is not loaded.
 */
export const CATALOG_PARTS = ['main', 'extra', 'figures'] as const;
export type CatalogPart = (typeof CATALOG_PARTS)[number];
export const EXTRA_PREFIXES = ['data.', 'kiosk.', 'embedCode.'] as const;
export const FIGURES_PREFIXES = ['charts.', 'figure.', 'measure.', 'unit.', 'qualifier.'] as const;

export function catalogPart(key: string): CatalogPart {
	if (EXTRA_PREFIXES.some((prefix) => key.startsWith(prefix))) return 'extra';
	if (FIGURES_PREFIXES.some((prefix) => key.startsWith(prefix))) return 'figures';
	return 'main';
}

/** The messages of one part. */
export function partOf<T>(messages: Record<string, T>, part: CatalogPart): Record<string, T> {
	return Object.fromEntries(Object.entries(messages).filter(([key]) => catalogPart(key) === part));
}

/** A catalog with each message pre-parsed; a message that is only text stays a string. */
export function compileCatalog(messages: Record<string, string>): CompiledCatalog {
	const out: CompiledCatalog = {};
	for (const [key, text] of Object.entries(messages)) {
		const ast = parse(text);
		const only = ast[0];
		out[key] = ast.length === 0 ? '' : ast.length === 1 && only?.type === TYPE.literal ? only.value : ast;
	}
	return out;
}
