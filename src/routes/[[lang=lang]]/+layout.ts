import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '$lib/i18n/locales';
import type { LayoutLoad, EntryGenerator } from './$types';

// Prerender every locale's pages; the default locale lives at the root.
export const entries: EntryGenerator = () =>
	LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }));

export const load: LayoutLoad = ({ params }) => {
	const locale: Locale = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
	return { locale };
};
