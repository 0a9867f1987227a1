import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// The embed code page in every locale.
export const entries: EntryGenerator = () =>
	LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }));
