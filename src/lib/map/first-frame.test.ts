import { describe, expect, it } from 'vitest';
import { drawFirstFrameWhenLoaded } from './first-frame';

/** A map with a painter that counts its draws, and a `loaded()` the test sets. */
function fakeMap() {
	const draws: unknown[][] = [];
	const painter: { name: string; style?: unknown; render: (...args: unknown[]) => unknown } = {
		name: 'painter',
		render(this: { name: string }, ...args: unknown[]) {
			draws.push([this.name, ...args]);
			return 'drawn';
		}
	};
	const map = { painter, isLoaded: false, loaded: () => map.isLoaded };
	return { map, painter, draws, original: painter.render };
}

describe('drawFirstFrameWhenLoaded', () => {
	it('draws nothing until the map has loaded, then draws that frame and every one after', () => {
		const { map, painter, draws, original } = fakeMap();
		expect(drawFirstFrameWhenLoaded(map)).toBe(true);
		expect(painter.render('style', { a: 1 })).toBeUndefined();
		expect(painter.render('style', { a: 2 })).toBeUndefined();
		expect(draws).toEqual([]);
		// What a held frame leaves: the style, which the tiles arriving meanwhile are read against.
		expect((painter as { style?: unknown }).style).toBe('style');
		map.isLoaded = true;
		expect(painter.render('style', { a: 3 })).toBe('drawn');
		expect(draws).toEqual([['painter', 'style', { a: 3 }]]);
		// Handed back as it was: no check on later frames (a chapter's new tiles draw as they come).
		expect(painter.render).toBe(original);
		map.isLoaded = false;
		painter.render('style', { a: 4 });
		expect(draws).toHaveLength(2);
	});

	it('leaves a map without a painter alone', () => {
		expect(drawFirstFrameWhenLoaded({ loaded: () => false })).toBe(false);
		expect(drawFirstFrameWhenLoaded({ loaded: () => false, painter: {} } as never)).toBe(false);
	});
});
