import { describe, expect, it } from 'vitest';
import { fromPage, missesPaths, shapeOf } from './basemap-outlines';
import type { DrawnBasemap } from './drawn-basemap';

const FULL: DrawnBasemap = {
	land: { d: 'M0 0l10 0', scale: 10 },
	koreaLand: { d: 'M1 1l5 5', scale: 100 },
	borders: { d: 'M2 2l3 3', scale: 10 },
	cities: { scale: 1000, paths: [{ id: 'suwon', region: 'korea', d: 'M3 3z' }, { id: 'bonn', region: 'europe', d: 'M4 4z' }] }
};

/** The prerendered defs group, as far as fromPage reads it: paths found by selector, their `d`. */
function world(paths: Record<string, string>) {
	return {
		querySelector: (selector: string) => (selector in paths ? { getAttribute: () => paths[selector]! } : null)
	} as unknown as Element;
}

describe("the drawn map's outlines in the browser", () => {
	const shape = shapeOf(FULL);

	it('ship without their paths, keeping scales and city ids', () => {
		expect(shape.land).toEqual({ d: '', scale: 10 });
		expect(shape.cities.paths).toEqual([
			{ id: 'suwon', region: 'korea', d: '' },
			{ id: 'bonn', region: 'europe', d: '' }
		]);
		expect(JSON.stringify(shape)).not.toContain('M');
	});

	it('read their paths back from the prerendered SVG', () => {
		const page = world({
			'path[data-layer="land"]': FULL.land.d,
			'path[data-layer="koreaLand"]': FULL.koreaLand.d,
			'path[data-layer="borders"]': FULL.borders.d,
			'path[data-drawn-city="suwon"]': 'M3 3z',
			'path[data-drawn-city="bonn"]': 'M4 4z'
		});
		expect(fromPage(shape, page)).toEqual(FULL);
		expect(missesPaths(fromPage(shape, page), ['land', 'koreaLand', 'borders'])).toBe(false);
	});

	it("need the full outlines for a view whose paths the page did not hold", () => {
		// The embed starts on Korea's finer coast: the world's land is not in its HTML.
		const page = world({
			'path[data-layer="koreaLand"]': FULL.koreaLand.d,
			'path[data-layer="borders"]': FULL.borders.d,
			'path[data-drawn-city="suwon"]': 'M3 3z',
			'path[data-drawn-city="bonn"]': 'M4 4z'
		});
		const read = fromPage(shape, page);
		expect(missesPaths(read, ['koreaLand', 'borders'])).toBe(false);
		expect(missesPaths(read, ['land', 'koreaLand', 'borders'])).toBe(true);
		// A page rendered in the browser (client-side navigation) holds none.
		expect(fromPage(shape, null)).toBe(shape);
		expect(missesPaths(shape, [])).toBe(true);
	});
});
