// Build-time only (vite.config.ts): the @font-face rules of a Fontsource package that this site's text can use.
// Noto Sans/Serif KR come as 124 unicode-range slices each; linking them all put 248 rules (161 KB) in the
// render-blocking stylesheet of every page, although the copy, the data and what Intl writes touch ~22 slices.
// The browser still fetches only the slices a page shows; it just no longer parses the rules of the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Face {
	css: string;
	ranges: [number, number][];
}

/** The `@font-face { ... }` blocks of a Fontsource stylesheet with their unicode ranges. */
export function parseFaces(css: string): Face[] {
	return [...css.matchAll(/@font-face\s*{[^}]*}/g)].map(([block]) => {
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? 'U+0-10FFFF';
		const ranges = range.split(',').map((part): [number, number] => {
			const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from!, 16), parseInt(to!, 16)];
		});
		return { css: block, ranges };
	});
}

/** Only the faces whose ranges hold at least one of `codePoints`, in their original order. */
export function usedFaces(css: string, codePoints: ReadonlySet<number>): Face[] {
	return parseFaces(css).filter((face) => [...codePoints].some((c) => face.ranges.some(([a, b]) => c >= a && c <= b)));
}

/** Text that Intl writes at run time in our locales (Korean dates and weekdays, compact numbers, language names). */
export function intlSamples(locales: readonly string[]): string {
	const parts: string[] = [];
	const dates = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2022, m, 13 + (m % 7))));
	const dateOptions: Intl.DateTimeFormatOptions[] = [
		{ dateStyle: 'full' },
		{ day: 'numeric', month: 'long', year: 'numeric' },
		{ day: 'numeric', month: 'short', year: 'numeric' },
		{ month: 'long', year: 'numeric' },
		{ month: 'short', year: 'numeric' },
		{ weekday: 'short', day: 'numeric', month: 'short' },
		{ hour: 'numeric', minute: 'numeric' }
	];
	for (const locale of locales) {
		for (const options of dateOptions) {
			const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
			for (const date of dates) parts.push(format.format(date), format.formatRange(date, new Date(+date + 3 * 864e5)));
		}
		const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
		for (let n = 1; n <= 1e12; n *= 10) parts.push(compact.format(n * 1.5), new Intl.NumberFormat(locale).format(n * 1.5));
		parts.push(...locales.map((l) => new Intl.DisplayNames([locale], { type: 'language' }).of(l) ?? ''));
	}
	return parts.join(' ');
}

/** The text of the site's sources (copy, data, components; not tests), file by file. */
export function sourceTexts(srcDir: string): { path: string; text: string }[] {
	return readdirSync(srcDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|svelte|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path, text: readFileSync(path, 'utf8') };
		});
}

/** Every character in the site's sources (in both cases) and in what Intl writes, plus printable ASCII. */
export function siteCodePoints(srcDir: string, locales: readonly string[]): Set<number> {
	const points = new Set<number>();
	const add = (text: string) => {
		for (const char of text) points.add(char.codePointAt(0)!);
	};
	for (const { text } of sourceTexts(srcDir)) {
		// CSS text-transform shows letters the sources do not hold: the eyebrows' uppercase Ä, É, Ü.
		add(text);
		add(text.toUpperCase());
		add(text.toLowerCase());
	}
	add(intlSamples(locales));
	for (let c = 0x20; c < 0x7f; c++) points.add(c);
	return points;
}
