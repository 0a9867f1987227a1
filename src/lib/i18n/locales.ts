// The languages the app ships. Languages are URL paths (/, /ko/, /de/, /fr/), never a query parameter.
// English is the default and lives at the root. More locales are added here and get a catalog folder.
export const LOCALES = ['en', 'ko', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The path prefix of a locale: '' for the default, '/ko' for Korean. */
export function localePrefix(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}
