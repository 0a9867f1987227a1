import { describe, expect, it } from 'vitest';
import { formatDates, formatMonth, formatNumber, formatShortDates } from './format';

describe('Intl formatting per locale', () => {
	it.each([
		['en', '13 – 17 November 2022'],
		['ko', '2022년 11월 13일~17일'],
		['de', '13.–17. November 2022'],
		['fr', '13–17 novembre 2022']
	] as const)('%s: a day range', (locale, expected) => {
		expect(formatDates(locale, '2022-11-13', '2022-11-17').replace(/\s/g, ' ')).toBe(expected.replace(/\s/g, ' '));
	});
	it('a single day in Korean date form, with its weekday where asked', () => {
		expect(formatDates('ko', '2022-11-13')).toBe('2022년 11월 13일');
		expect(formatDates('en', '2022-11-15', '2022-11-15', { weekday: true })).toBe('Tuesday, 15 November 2022');
		expect(formatDates('de', '2022-11-15', undefined, { weekday: true })).toBe('Dienstag, 15. November 2022');
	});
	it('months', () => {
		expect(formatMonth('ko', '2022-11-12')).toBe('2022년 11월');
		expect(formatMonth('fr', '2022-11-12')).toBe('novembre 2022');
	});
	it('numbers use each locale\'s separators', () => {
		expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
		expect(formatNumber('de', 1234567.5)).toBe('1.234.567,5');
		expect(formatNumber('fr', 1234567.5)).toBe('1\u202f234\u202f567,5');
		expect(formatNumber('ko', 1234567.5)).toBe('1,234,567.5');
	});
	it('short ranges for the rail', () => {
		expect(formatShortDates('en', '2022-11-13', '2022-11-14').replace(/\s/g, ' ')).toBe('13 – 14 Nov');
		expect(formatShortDates('ko', '2022-11-13', '2022-11-14')).toMatch(/^11월 13일\s?~\s?14일$/);
	});
});
