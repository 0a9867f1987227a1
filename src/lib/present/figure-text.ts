// Text for figures: values with their qualifier and unit, dates of figures. The ONE formatter: the charts, the
// /data page, the downloads and the kiosk's place cards use it, so every place says a number and a date the same
// way ("Oct 2022", never "2022-10"). Pure functions of (translator, figure, locale).
import type { Figure } from '$lib/story/types';
import { formatDates, formatMonth } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

export type T = (key: string, params?: Record<string, string | number>) => string;

/** A year reads as a year (2016), never with a thousands separator (2,016). */
export function isYearUnit(figure: Pick<Figure, 'unitKey'>): boolean {
	return figure.unitKey === 'unit.year';
}

/** The number alone, in the locale's digits; years without grouping. Null is the translated "not reported". */
export function formatNumber(t: T, figure: Pick<Figure, 'value' | 'unitKey' | 'qualifier'>, locale = 'en'): string {
	if (figure.value === null) return t('figure.notReported');
	const digits = isYearUnit(figure)
		? String(figure.value)
		: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(figure.value);
	return figure.qualifier ? t(`qualifier.${figure.qualifier}`, { value: digits }) : digits;
}

/** Value and unit ("nearly 600 centres", "29.7 km²"); years, plain counts and missing values stand alone. */
export function formatValue(t: T, figure: Pick<Figure, 'value' | 'unitKey' | 'qualifier'>, locale = 'en'): string {
	const number = formatNumber(t, figure, locale);
	if (figure.value === null || isYearUnit(figure) || figure.unitKey === 'unit.count') return number;
	return `${number} ${t(figure.unitKey)}`;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date a figure is true of, for readers: "2020", "Oct 2022", "27 Apr 2023", "2018–2025", "undated". */
export function formatAsOf(t: T, figure: Pick<Figure, 'asOf' | 'asOfCirca'>, locale = 'en'): string {
	const { asOf } = figure;
	let text: string;
	if (asOf === 'undated') return t('charts.undated');
	const day = DAY.exec(asOf);
	const month = MONTH.exec(asOf);
	// The dates themselves come from the site's one date formatter (i18n/format), short months: "Oct 2022".
	// A locale string that is not one of ours still formats (Intl takes any tag), hence the cast.
	if (day) {
		text = formatDates(locale as Locale, asOf, asOf, { month: 'short' });
	} else if (month) {
		text = formatMonth(locale as Locale, `${asOf}-01`, { month: 'short' });
	} else if (asOf.includes('/')) {
		text = asOf.split('/').join('–');
	} else {
		text = asOf;
	}
	return figure.asOfCirca ? t('figure.circa', { date: text }) : text;
}

/**
 * A number and its unit split so the number and the unit's first word can be joined by a no-break space. Words
 * before the number ("more than", "environ") come apart as `lead`: they may wrap onto a line of their own on a
 * narrow card, the number and its unit never part. Only ordinary spaces split (a narrow no-break space inside
 * "2 500" stays in the number).
 */
export function unitWithNumber(number: string, unit: string): { lead: string; number: string; first: string; rest: string } {
	const [first = '', ...rest] = unit.trim().split(/\s+/);
	const cut = number.trimEnd().lastIndexOf(' ');
	return { lead: cut < 0 ? '' : number.slice(0, cut + 1), number: cut < 0 ? number : number.slice(cut + 1), first, rest: rest.join(' ') };
}
