import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '$lib/story';
import { ORIENTATION_PLACES, orientationPlaces } from './orientation-places';

interface NePlace {
	properties: { name: string; scalerank: number };
	geometry: { coordinates: [number, number] };
}
const ne = JSON.parse(
	readFileSync(new URL('../../../data/geo-src/natural-earth/ne_10m_populated_places_simple_subset.geojson', import.meta.url), 'utf8')
) as { features: NePlace[] };

describe('orientation places', () => {
	it('are Natural Earth places, with its coordinates and scalerank', () => {
		for (const [chapter, places] of Object.entries(ORIENTATION_PLACES)) {
			for (const place of places) {
				const match = ne.features.find((f) => f.properties.name === place.name);
				expect(match, `${chapter}: ${place.name}`).toBeDefined();
				expect(match!.properties.scalerank).toBe(place.scalerank);
				expect(match!.geometry.coordinates[0]).toBeCloseTo(place.lonLat[0], 4);
				expect(match!.geometry.coordinates[1]).toBeCloseTo(place.lonLat[1], 4);
			}
		}
	});

	it('belong to real chapters, are numbered 1..n by priority, best rank first', () => {
		const ids = CHAPTERS.map((c) => c.id);
		for (const [chapter, places] of Object.entries(ORIENTATION_PLACES)) {
			expect(ids).toContain(chapter);
			expect(places.map((p) => p.priority)).toEqual(places.map((_, i) => i + 1));
			expect(places.length).toBeLessThanOrEqual(5);
		}
		expect(orientationPlaces('flight')).toEqual([]);
		expect(orientationPlaces('no-such-chapter')).toEqual([]);
	});
});
