import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// Prerender /data in every locale; the default locale lives at the root.
export const entries: EntryGenerator = () =>
	LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }));
