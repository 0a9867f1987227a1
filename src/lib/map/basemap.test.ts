import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYER_IDS, GEO_CREDITS } from './basemap';
import { BASEMAP_SOURCE_IDS } from './style';

describe('basemap', () => {
	it('names a layer per object, as style.ts expects them', () => {
		expect([...BASEMAP_LAYER_IDS].sort()).toEqual([...BASEMAP_SOURCE_IDS].sort());
	});

	it('credits every source, linking BKG as its licence asks', () => {
		expect(GEO_CREDITS.map((c) => c.id)).toEqual(['natural-earth', 'kostat', 'bkg', 'ign-insee']);
		expect(GEO_CREDITS.find((c) => c.id === 'bkg')?.href).toBe('https://www.bkg.bund.de');
	});
});
