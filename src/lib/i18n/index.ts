// Message lookup at run time. Catalogs are ICU MessageFormat (src/lib/i18n/messages/<locale>.json), pre-parsed at
// build time (compile.ts via the Vite plugin `virtual:lcj-messages/<locale>/<part>`), so the client ships the
// formatter without a parser. A page loads only its own locale, and only the parts it shows (compile.ts
// CATALOG_PARTS): the root +layout.ts awaits `loadLocale(locale, parts)` before any component renders, so
// `translator(locale)` stays synchronous.
// The text is always rendered as text by Svelte (never {@html}), so a catalog or a parameter cannot inject markup.
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type en from './messages/en.json';
import { type Locale } from './locales';
import type { CatalogPart } from './compile';
// For each locale and part, the function that imports it, each its own chunk (vite.config.ts messageCatalogs).
import loaders from 'virtual:lcj-messages/loaders';

export type { CatalogPart };

/** The English keys (a type only: importing it ships no text). */
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
type Compiled = Record<string, string | MessageFormatElement[]>;

/** Each locale's messages, the parts loaded so far merged (their keys never overlap). */
const catalogs = new Map<Locale, Compiled>();
const loadedParts = new Set<string>();
const formatters = new Map<string, { format: IntlMessageFormat; args: string[] }>();

/**
 * Loads and registers parts of a locale's catalog (each once); every page's layout awaits it before rendering.
 * Every part by default (the build-time endpoints and the tests); pages pass the parts they show.
 */
export async function loadLocale(locale: Locale, parts: readonly CatalogPart[] = ['main', 'extra', 'figures']): Promise<void> {
	const missing = parts.filter((part) => !loadedParts.has(`${locale}/${part}`));
	const modules = await Promise.all(missing.map((part) => loaders[locale][part]()));
	modules.forEach((module, i) => {
		loadedParts.add(`${locale}/${missing[i]}`);
		catalogs.set(locale, { ...catalogs.get(locale), ...module.default });
	});
}

export function isLoaded(locale: Locale, part: CatalogPart = 'main'): boolean {
	return loadedParts.has(`${locale}/${part}`);
}

/** The top-level argument names of an AST (not literals, which also carry a value) (to show a missing parameter as `{name}` instead of throwing). */
function topArgs(ast: MessageFormatElement[]): string[] {
	return ast.flatMap((el) => (el.type !== 0 && 'value' in el ? [String(el.value)] : []));
}

export function translate(locale: Locale, key: string, params?: Params): string {
	const message = catalogs.get(locale)?.[key];
	if (message === undefined) return key; // a missing key shows itself; the build and the tests catch it first
	if (typeof message === 'string') return message;
	const id = `${locale}\u0000${key}`;
	let entry = formatters.get(id);
	if (!entry) {
		entry = { format: new IntlMessageFormat(message, dateLocale(locale)), args: topArgs(message) };
		formatters.set(id, entry);
	}
	// Own properties only; a parameter the caller forgot reads as `{name}` (visible, never an exception).
	const values: Params = {};
	for (const name of entry.args) values[name] = params && Object.hasOwn(params, name) ? params[name]! : `{${name}}`;
	try {
		return String(entry.format.format(values));
	} catch {
		return key;
	}
}

/** A translator bound to one locale, for components: `const t = translator(locale); t('nav.next')`. */
export function translator(locale: Locale) {
	return (key: string, params?: Params) => translate(locale, key, params);
}

/** English reads in the story's British forms (13 November 2022); other locales are their own Intl locale. */
export function dateLocale(locale: Locale): string {
	return locale === 'en' ? 'en-GB' : locale;
}

export { LOCALES, DEFAULT_LOCALE, isLocale, localePrefix, type Locale } from './locales';
