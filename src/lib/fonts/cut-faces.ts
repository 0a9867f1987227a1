// Build-time only (vite.config.ts siteFonts): Fontsource's font files cut to the characters this site shows.
// Noto Sans/Serif KR come as unicode-range slices of 15-40 KB; a page fetches each slice it shows one character of,
// with every glyph in it. The site's text (sources, catalogs, what Intl writes: used-faces.ts siteCodePoints) uses
// 649 characters, so each slice is cut to the ones it holds (subset-font: HarfBuzz's subsetter, the weight axis
// kept) and declared with exactly those as its unicode range: the fonts a page can use shrink from 1.6 MB to
// about 430 KB, and a Korean page's first view loads a fraction of what it did.
// A character outside the cut (text the sources do not hold) falls back to the next font of the stack.
import subsetFont from 'subset-font';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFaces, sourceTexts } from './used-faces';

export interface CutFace {
	/** The file the face's `src` points to, beside the stylesheet. */
	file: string;
	bytes: Uint8Array;
	css: string;
}

/** `U+ac00-ac02,U+ac05`: code points (sorted, unique) as a unicode-range value, consecutive ones merged. */
export function unicodeRange(points: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < points.length; i++) {
		let j = i;
		while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
		const hex = (c: number) => c.toString(16);
		parts.push(j === i ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
		i = j;
	}
	return parts.join(',');
}

/**
 * One face per face of `css` (a Fontsource stylesheet) that holds some of `points`: its file cut to those glyphs,
 * with exactly those code points as its unicode range. `filesDir` is where the stylesheet's `url(./files/...)`
 * point; `family` renames the faces (the names family below); `suffix` goes into the cut files' names.
 */
export async function cutFaces(
	css: string,
	filesDir: string,
	points: ReadonlySet<number>,
	options: { suffix: string; family?: string }
): Promise<CutFace[]> {
	const faces: CutFace[] = [];
	for (const face of parseFaces(css)) {
		const mine = [...points].filter((c) => face.ranges.some(([a, b]) => c >= a && c <= b)).sort((a, b) => a - b);
		if (mine.length === 0) continue;
		const source = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face.css)?.[1];
		if (!source) throw new Error(`a face without a woff2 file: ${face.css}`);
		const bytes = await subsetFont(readFileSync(join(filesDir, source)), String.fromCodePoint(...mine), {
			targetFormat: 'woff2'
		});
		const file = source.replace(/\.woff2$/, `-${options.suffix}.woff2`);
		let rule = face.css
			.replace(/url\(\.\/files\/[^)]+\)/, `url(./${file})`)
			.replace(/unicode-range:[^;]+;/, `unicode-range: ${unicodeRange(mine)};`);
		if (options.family) rule = rule.replace(/font-family:[^;]+;/, `font-family: '${options.family}';`);
		faces.push({ file, bytes, css: rule });
	}
	return faces;
}

// Pages in English, German and French show Hangul only in names: the delegation's cities and mayors (map labels,
// lists), "한국어" in the language switch, the titles of Korean sources. About 120 syllables, yet in the site's cut
// they share slices with the Korean pages' syllables. For those pages they are cut once more, on their own, as the
// family 'Noto Sans KR Names', which app.css puts first on every page not in Korean (tokens.ts font.sansNames):
// the embed's Hangul went from 94 KB of whole slices to 22 KB.
export const NAMES_FAMILY = 'Noto Sans KR Names';

const isHangulSyllable = (code: number) => code >= 0xac00 && code <= 0xd7a3;

/** The Hangul syllables in the site's sources other than the Korean catalog: what other languages' pages show. */
export function hangulOutsideKorean(srcDir: string): Set<number> {
	const points = new Set<number>();
	for (const { path, text } of sourceTexts(srcDir)) {
		if (/[\\/]messages[\\/]ko\.json$/.test(path)) continue;
		for (const char of text) if (isHangulSyllable(char.codePointAt(0)!)) points.add(char.codePointAt(0)!);
	}
	return points;
}
