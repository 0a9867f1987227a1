import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cutFaces, hangulOutsideKorean, NAMES_FAMILY, unicodeRange } from './cut-faces';
import { parseFaces, siteCodePoints, usedFaces } from './used-faces';
import { LOCALES } from '$lib/i18n/locales';

const PKG = 'node_modules/@fontsource-variable/noto-sans-kr';
const css = readFileSync(`${PKG}/index.css`, 'utf8');
const codes = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));
const rangeOf = (rule: string) => /unicode-range:\s*([^;]+);/.exec(rule)?.[1];

describe('unicode ranges', () => {
	it('merges consecutive code points and keeps single ones', () => {
		expect(unicodeRange([0x41, 0x42, 0x43, 0x45, 0xac00])).toBe('U+41-43,U+45,U+ac00');
		expect(unicodeRange([])).toBe('');
	});
});

describe('faces cut to the characters a page can show', () => {
	it("cuts each slice that holds one of the characters to those characters, as its unicode range says", async () => {
		const faces = await cutFaces(css, `${PKG}/files`, codes('은평구A'), { suffix: 'test' });
		// 'A' is in the latin slice; the three syllables are spread over Hangul slices.
		expect(faces.length).toBeGreaterThanOrEqual(2);
		const covered = faces.flatMap((f) => parseFaces(f.css).flatMap((p) => p.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))));
		expect(new Set(covered)).toEqual(codes('은평구A'));
		for (const face of faces) {
			expect(face.file).toMatch(/^noto-sans-kr-[\w-]+-test\.woff2$/);
			expect(face.css).toContain(`url(./${face.file})`);
			expect(face.css).toContain("font-family: 'Noto Sans KR Variable'");
			// A woff2 file, a fraction of the whole slice (15-40 KB).
			expect(new TextDecoder().decode(face.bytes.slice(0, 4))).toBe('wOF2');
			expect(face.bytes.length).toBeLessThan(8_000);
		}
	});

	it('gives the same bytes for the same input (a deterministic build)', async () => {
		const [a, b] = await Promise.all([1, 2].map(() => cutFaces(css, `${PKG}/files`, codes('한국어'), { suffix: 'x' })));
		expect(a!.map((f) => [f.file, Buffer.from(f.bytes).toString('base64')])).toEqual(b!.map((f) => [f.file, Buffer.from(f.bytes).toString('base64')]));
	});

	it('renames the family for the names cut', async () => {
		const [face] = await cutFaces(css, `${PKG}/files`, codes('은'), { suffix: 'names', family: NAMES_FAMILY });
		expect(face!.css).toContain(`font-family: '${NAMES_FAMILY}'`);
	});

	it("loses none of the site's characters that the font has", async () => {
		const points = siteCodePoints('src', LOCALES);
		const used = usedFaces(css, points);
		const inFont = [...points].filter((c) => used.some((f) => f.ranges.some(([a, b]) => c >= a && c <= b)));
		const cut = await cutFaces(used.map((f) => f.css).join('\n'), `${PKG}/files`, points, { suffix: 'site' });
		const ranges = cut.flatMap((f) => parseFaces(f.css).flatMap((p) => p.ranges));
		for (const c of inFont) expect(ranges.some(([a, b]) => c >= a && c <= b), String.fromCodePoint(c)).toBe(true);
		expect(cut.every((f) => rangeOf(f.css))).toBe(true);
	}, 30_000);
});

describe('the Hangul that pages in other languages show', () => {
	const names = hangulOutsideKorean('src');

	it("holds the delegation's names and the Korean language's own name", () => {
		for (const c of '은평구광명시수원시공주시서구안성시부안군안양시김미경박승원한국어') expect(names.has(c.codePointAt(0)!), c).toBe(true);
	});

	it("leaves out what only the Korean catalog says", () => {
		const korean = readFileSync('src/lib/i18n/messages/ko.json', 'utf8');
		const koreanOnly = [...codes(korean)].filter((c) => c >= 0xac00 && c <= 0xd7a3 && !names.has(c));
		// Hundreds of syllables of Korean copy; the names are about a hundred.
		expect(koreanOnly.length).toBeGreaterThan(200);
		expect(names.size).toBeLessThan(200);
	});
});
