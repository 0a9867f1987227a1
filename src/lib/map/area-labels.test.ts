import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '$lib/story';
import { storyTimeline } from '$lib/journey/journey';
import { contains, panelViewport } from '$lib/journey/camera';
import { LOCALES } from '$lib/i18n/locales';
import en from '$lib/i18n/messages/en.json';
import de from '$lib/i18n/messages/de.json';
import fr from '$lib/i18n/messages/fr.json';
import ko from '$lib/i18n/messages/ko.json';
import { AREA_LABELS, areaLabels, areaName } from './area-labels';

const CATALOGS: Record<string, Record<string, string>> = { en, de, fr, ko };
const geoSrc = (file: string) =>
	JSON.parse(readFileSync(new URL(`../../../data/geo-src/${file}`, import.meta.url), 'utf8')) as GeoJSON.FeatureCollection;

/** Even-odd ray casting over every ring (lon/lat as a plane: the areas are small; holes count out). */
function inPolygon(geometry: GeoJSON.Geometry, [x, y]: [number, number]): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	let inside = false;
	for (const ring of polygons.flat())
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
		}
	return inside;
}

describe('area labels', () => {
	it('the point test: inside a square, outside it, outside its hole', () => {
		const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]] };
		expect(inPolygon(square, [3, 3])).toBe(true);
		expect(inPolygon(square, [5, 3])).toBe(false);
		expect(inPolygon(square, [1.5, 1.5])).toBe(false);
	});

	it('name a feature of their boundary file, and lie inside it', () => {
		for (const [chapter, areas] of Object.entries(AREA_LABELS)) {
			for (const area of areas) {
				const { file, key, value } = area.source;
				const feature = geoSrc(file).features.find((f) => f.properties?.[key] === value);
				expect(feature, `${chapter}: ${area.name} in ${file}`).toBeDefined();
				expect(value).toBe(area.name);
				expect(inPolygon(feature!.geometry, area.lonLat), `${chapter}: ${area.name} at ${area.lonLat}`).toBe(true);
			}
		}
	});

	it("lie in their chapter's end view on a laptop and a 4K screen", () => {
		for (const [width, height] of [[1440, 900], [3840, 2160]] as const) {
			const viewport = panelViewport(width, height);
			for (const [index, chapter] of CHAPTERS.entries()) {
				const { camera } = storyTimeline.storyAtChapter(index, 1, viewport);
				for (const area of areaLabels(chapter.id))
					expect(contains(camera, viewport, area.lonLat), `${chapter.id} ${width}: ${area.name}`).toBe(true);
			}
		}
	});

	it("name a host city as the story's catalog does, in every language", () => {
		const cityIds: Record<string, string> = { Hamburg: 'hamburg', Bonn: 'bonn', Paris: 'paris' };
		const cities = Object.values(AREA_LABELS).flat().filter((a) => a.kind === 'city');
		expect(cities.map((c) => c.name).sort()).toEqual(['Bonn', 'Hamburg', 'Paris']);
		for (const city of cities)
			for (const locale of LOCALES) expect(areaName(city, locale), `${city.name} ${locale}`).toBe(CATALOGS[locale]![`place.${cityIds[city.name]}.name`]);
	});

	it('belong to real chapters; none for Korea, the flight or an unknown chapter', () => {
		const ids = CHAPTERS.map((c) => c.id);
		for (const chapter of Object.keys(AREA_LABELS)) expect(ids).toContain(chapter);
		expect(areaLabels('korea')).toEqual([]);
		expect(areaLabels('flight')).toEqual([]);
		expect(areaLabels('nope')).toEqual([]);
		expect(areaName(areaLabels('bonn')[1]!, 'en')).toBe('North Rhine-Westphalia');
		expect(areaName(areaLabels('bonn')[1]!, 'de')).toBe('Nordrhein-Westfalen');
	});
});
