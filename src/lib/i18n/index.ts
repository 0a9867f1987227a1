// Message lookup. Catalogs are flat objects of key -> text; `{name}` placeholders are filled from params.
// The text is always rendered as text by Svelte (never {@html}), so a catalog or a parameter cannot inject markup.
import { en } from './en';
import ko from './messages/ko.json';
import de from './messages/de.json';
import fr from './messages/fr.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

// Placeholder copies of English until the translations land (issue 11 replaces this loader).
export const catalogs: Record<Locale, Catalog> = { en, ko, de, fr };

export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
	const catalog = catalogs[locale] as Record<string, string>;
	const fallback = catalogs[DEFAULT_LOCALE] as Record<string, string>;
	const text = catalog[key] ?? fallback[key];
	if (text === undefined) return key; // a missing key shows itself; the completeness test catches it first
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}

/** A translator bound to one locale, for components: `const t = translator(locale); t('nav.next')`. */
export function translator(locale: Locale) {
	return (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
}

export { LOCALES, DEFAULT_LOCALE, isLocale, localePrefix, type Locale } from './locales';
