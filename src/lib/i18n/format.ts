// Numbers and dates for readers, per locale, always through Intl (never string concatenation): one module, so
// every page says a date or a number the same way. English uses British forms (13 November 2022, 1,234.5).
import { dateLocale, type Locale } from './index';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A number in the locale's digits and separators (1,234.5 · 1.234,5 · 1 234,5 · 1,234.5). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
	return new Intl.NumberFormat(dateLocale(locale), { maximumFractionDigits: 2, ...options }).format(value);
}

/** A day range: "13–17 November 2022", "2022년 11월 13일~17일", "13.–17. November 2022", "13–17 novembre 2022";
 * one day when from equals to. `weekday` adds the day's name ("Tuesday 15 November 2022"). */
export function formatDates(locale: Locale, from: string, to = from, options: { weekday?: boolean } = {}): string {
	const format = new Intl.DateTimeFormat(dateLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...(options.weekday && { weekday: 'long' }),
		timeZone: 'UTC'
	});
	return from === to ? format.format(day(from)) : format.formatRange(day(from), day(to));
}

/** A month: "November 2022", "2022년 11월", "November 2022", "novembre 2022". */
export function formatMonth(locale: Locale, iso: string): string {
	return new Intl.DateTimeFormat(dateLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day(iso));
}

/** A short day range for the rail: "13–14 Nov", "11월 13일~14일". */
export function formatShortDates(locale: Locale, from: string, to = from): string {
	const format = new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' });
	return from === to ? format.format(day(from)) : format.formatRange(day(from), day(to));
}

/** The trip's dates, for the story's eyebrow. */
export const TRIP = { from: '2022-11-13', to: '2022-11-17' } as const;
