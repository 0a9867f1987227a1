// Numbers and dates for readers, per locale, always through Intl (never string concatenation): one module, so
// every page says a date or a number the same way. English uses British forms (13 November 2022, 1,234.5).
import { dateLocale, type Locale } from './index';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Month names in full (the story's dates) or short (a figure's date: "Oct 2022"). */
type MonthStyle = 'long' | 'short';

/**
 * One Intl.DateTimeFormat per locale and options: making one costs about a millisecond (ICU loads the locale's
 * patterns), and the story formats a dozen dates as it hydrates, its longest task.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(dateLocale(locale), options);
		dateFormats.set(key, format);
	}
	return format;
}

/** A number in the locale's digits and separators (1,234.5 · 1.234,5 · 1 234,5 · 1,234.5). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
	return new Intl.NumberFormat(dateLocale(locale), { maximumFractionDigits: 2, ...options }).format(value);
}

/** A day range: "13–17 November 2022", "2022년 11월 13일~17일", "13.–17. November 2022", "13–17 novembre 2022";
 * one day when from equals to. `weekday` adds the day's name ("Tuesday 15 November 2022"). */
export function formatDates(
	locale: Locale,
	from: string,
	to = from,
	options: { weekday?: boolean; month?: MonthStyle } = {}
): string {
	const format = dateFormat(locale, {
		day: 'numeric',
		month: options.month ?? 'long',
		year: 'numeric',
		...(options.weekday && { weekday: 'long' }),
		timeZone: 'UTC'
	});
	return from === to ? format.format(day(from)) : format.formatRange(day(from), day(to));
}

/** A month: "November 2022", "2022년 11월", "November 2022", "novembre 2022" (`iso` is any day of it). */
export function formatMonth(locale: Locale, iso: string, { month = 'long' }: { month?: MonthStyle } = {}): string {
	return dateFormat(locale, { month, year: 'numeric', timeZone: 'UTC' }).format(day(iso));
}

/** A short day range for the rail: "13–14 Nov", "11월 13일~14일". */
export function formatShortDates(locale: Locale, from: string, to = from): string {
	const format = dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
	return from === to ? format.format(day(from)) : format.formatRange(day(from), day(to));
}

/** The trip's dates, for the story's eyebrow. */
export const TRIP = { from: '2022-11-13', to: '2022-11-17' } as const;
