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

/** Each language named in itself, as a reader looking for their own language expects to find it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어', de: 'Deutsch', fr: 'Français' };

/** Open Graph locales (language_TERRITORY); English is the story's British English. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ko: 'ko_KR', de: 'de_DE', fr: 'fr_FR' };

/** The locale a root-relative path belongs to ('/ko/data' -> 'ko', '/data' -> 'en'). */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same page in another locale: '/ko/data' -> '/de/data', '/ko' -> '/', '/' -> '/fr'. */
export function localizePath(pathname: string, locale: Locale): string {
	const rest = localeOfPath(pathname) === DEFAULT_LOCALE ? pathname : pathname.replace(/^\/[^/]+/, '');
	const path = `${localePrefix(locale)}${rest === '/' ? '' : rest}`;
	return path || '/';
}
