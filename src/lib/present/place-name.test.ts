import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { placeById } from '$lib/story';
import { hangulBeside, placeName } from './place-name';

describe('hangulBeside', () => {
	const eunpyeong = placeById('eunpyeong')!;

	it('shows the Hangul name beside a Latin display name', () => {
		const t = translator('en');
		expect(placeName(t, eunpyeong)).not.toBe('은평구');
		expect(hangulBeside(t, eunpyeong)).toBe('은평구');
	});

	it('shows nothing beside a display name that already holds the Hangul name (Korean pages)', () => {
		const t = translator('ko');
		expect(placeName(t, eunpyeong)).toContain('은평구');
		expect(hangulBeside(t, eunpyeong)).toBeUndefined();
	});

	it('shows nothing for a place without a Hangul name', () => {
		expect(hangulBeside(translator('ko'), placeById('uil')!)).toBeUndefined();
	});
});
