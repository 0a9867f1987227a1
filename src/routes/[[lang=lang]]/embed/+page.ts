import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// The embed in every locale (/embed, /ko/embed …); ?chapter and ?autoplay are read in the browser.
export const entries: EntryGenerator = () =>
	LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }));
