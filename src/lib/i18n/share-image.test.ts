// Each language's share image has its own path, English keeps the one links already point at, and every file exists.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { shareImagePath } from './share-image';

describe('shareImagePath', () => {
	it('keeps /share.png for English and gives each other locale its own file', () => {
		expect(shareImagePath('en')).toBe('/share.png');
		expect(shareImagePath('ko')).toBe('/share-ko.png');
		expect(new Set(LOCALES.map(shareImagePath)).size).toBe(LOCALES.length);
	});
	it.each(LOCALES)('%s: the image ships in static/', (locale) => {
		expect(existsSync(`static${shareImagePath(locale)}`), `static${shareImagePath(locale)}`).toBe(true);
	});
});
