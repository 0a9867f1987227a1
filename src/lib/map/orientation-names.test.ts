import { describe, expect, it } from 'vitest';
import { ORIENTATION_PLACES } from './orientation-places';
import { ORIENTATION_NAMES, orientationName } from './orientation-names';

describe('orientation names', () => {
	const towns = new Set(Object.values(ORIENTATION_PLACES).flatMap((list) => list.map((p) => p.name)));

	it('every orientation town has its Korean name, and only those towns are listed', () => {
		for (const name of towns) expect(ORIENTATION_NAMES[name]?.ko, name).toMatch(/^[\uac00-\ud7a3]+$/);
		for (const name of Object.keys(ORIENTATION_NAMES)) expect(towns.has(name), name).toBe(true);
	});

	it('gives the exonym where a language has one, else Natural Earth’s name', () => {
		expect(orientationName('Cologne', 'de')).toBe('Köln');
		expect(orientationName('Cologne', 'en')).toBe('Cologne');
		expect(orientationName('Cologne', 'fr')).toBe('Cologne');
		expect(orientationName('Koblenz', 'fr')).toBe('Coblence');
		expect(orientationName('Busan', 'ko')).toBe('부산');
		expect(orientationName('Nowhere', 'ko')).toBe('Nowhere');
	});
});
