// The orientation towns' names in the page's language (issue 10: "Cologne" on the German page read as a
// foreign map). Natural Earth's subset here carries English names only, so the usual exonyms are written out:
// German and French as their atlases write these towns, Korean in the National Institute of Korean Language's
// loanword spelling (Korean cities in Hangul). A town or language not listed keeps Natural Earth's name.
import type { Locale } from '$lib/i18n/locales';

type Names = Partial<Record<Exclude<Locale, 'en'>, string>>;

/** By Natural Earth's `name` (as in orientation-places.ts). */
export const ORIENTATION_NAMES: Readonly<Record<string, Names>> = {
	Busan: { ko: '부산' },
	Incheon: { ko: '인천' },
	Daejeon: { ko: '대전' },
	Daegu: { ko: '대구' },
	Ulsan: { ko: '울산' },
	Bremen: { ko: '브레멘', fr: 'Brême' },
	Hannover: { ko: '하노버', fr: 'Hanovre' },
	Kiel: { ko: '킬' },
	Lübeck: { ko: '뤼베크' },
	Rostock: { ko: '로스토크' },
	Cologne: { ko: '쾰른', de: 'Köln' },
	Düsseldorf: { ko: '뒤셀도르프' },
	Wiesbaden: { ko: '비스바덴' },
	Koblenz: { ko: '코블렌츠', fr: 'Coblence' },
	Gießen: { ko: '기센', fr: 'Giessen' },
	Paris: { ko: '파리' },
	Versailles: { ko: '베르사유' },
	Melun: { ko: '믈룅' }
};

/** The name a reader of `locale` knows the town by. */
export function orientationName(name: string, locale: Locale): string {
	return (locale === 'en' ? undefined : ORIENTATION_NAMES[name]?.[locale]) ?? name;
}
