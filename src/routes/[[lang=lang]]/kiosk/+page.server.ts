import { DEFAULT_LOCALE, LOCALES, isLocale, localePrefix } from '$lib/i18n/locales';
import { qrCode } from '$lib/present/kiosk-qr';
import { absolute } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerender the kiosk in every locale (/kiosk, /ko/kiosk …); the default locale lives at the root.
export const entries: EntryGenerator = () => [
	{ lang: undefined },
	...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang }))
];

// At prerender only (a server load): the QR code to the story in this locale, at PUBLIC_SITE_ORIGIN.
export const load: PageServerLoad = ({ params }) => {
	const locale = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
	return { qr: qrCode(absolute(localePrefix(locale) || '/')) };
};
