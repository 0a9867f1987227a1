import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFaces, usedFaces, intlSamples, siteCodePoints } from './used-faces';
import { LOCALES } from '$lib/i18n/locales';

const css = readFileSync('node_modules/@fontsource-variable/noto-sans-kr/index.css', 'utf8');
const covers = (faces: ReturnType<typeof parseFaces>, c: number) => faces.some((f) => f.ranges.some(([a, b]) => c >= a && c <= b));

describe('used font faces', () => {
	it('parses every face of the Fontsource stylesheet with its ranges', () => {
		const faces = parseFaces(css);
		expect(faces.length).toBe(124);
		expect(faces.every((f) => f.ranges.length > 0 && f.ranges.every(([a, b]) => a <= b))).toBe(true);
	});

	it('keeps a face only when the text uses one of its characters', () => {
		const hangul = usedFaces(css, new Set([...'은평구'].map((c) => c.codePointAt(0)!)));
		expect(hangul.length).toBeGreaterThan(0);
		expect(hangul.length).toBeLessThan(4);
		for (const c of '은평구') expect(covers(hangul, c.codePointAt(0)!)).toBe(true);
		expect(usedFaces(css, new Set())).toEqual([]);
	});

	it('covers every character of the site and of Intl\'s Korean dates, and drops most slices', () => {
		const points = siteCodePoints('src', LOCALES);
		const kept = usedFaces(css, points);
		for (const c of `${intlSamples(['ko'])} 2022년 11월 13일 일요일 한국어`) {
			const code = c.codePointAt(0)!;
			if (code >= 0xac00 && code <= 0xd7a3) expect(covers(kept, code), c).toBe(true);
		}
		expect(kept.length).toBeLessThan(60);
	});

	it('holds both cases of every letter, for text-transform (the German eyebrow in capitals: STÄDTE)', () => {
		const points = siteCodePoints('src', LOCALES);
		for (const c of 'ÄÖÜÉÈÀÇ') expect(points.has(c.codePointAt(0)!), c).toBe(true);
	});
});
