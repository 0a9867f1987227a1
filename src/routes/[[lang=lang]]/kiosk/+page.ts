import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// Prerender the kiosk in every locale (/kiosk, /ko/kiosk …); the default locale lives at the root.
export const entries: EntryGenerator = () => [
	{ lang: undefined },
	...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }))
];
