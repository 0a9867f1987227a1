// A few neighbouring places per chapter, named on the map for orientation (issue 10): the reader sees where a
// city lies, not only its outline. Taken from Natural Earth's 10m populated places (data/geo-src/natural-earth/
// ne_10m_populated_places_simple_subset.geojson; checked against it by orientation-places.test.ts): the places
// nearest each chapter's view, best Natural Earth scalerank first, the chapter's own places left out.
// The label placement step draws them after the chapter's own places and hides them first when space runs out.
import type { LonLat } from '$lib/story/types';

export interface OrientationPlace {
	/** Natural Earth's `name` (a proper name: not translated). */
	name: string;
	lonLat: LonLat;
	/** Natural Earth's scalerank: 0 = world city, 10 = village. */
	scalerank: number;
	/** 1 = placed first; the label step drops the highest numbers first. */
	priority: number;
}

/** By chapter id. The flight has none: its origin and destination are the labels that matter. */
export const ORIENTATION_PLACES: Readonly<Record<string, readonly OrientationPlace[]>> = {
	korea: [
		{ name: 'Busan', lonLat: [129.0081, 35.097], scalerank: 4, priority: 1 },
		{ name: 'Incheon', lonLat: [126.64029, 37.47809], scalerank: 4, priority: 2 },
		{ name: 'Daejeon', lonLat: [127.42308, 36.33749], scalerank: 4, priority: 3 },
		{ name: 'Daegu', lonLat: [128.60503, 35.86873], scalerank: 6, priority: 4 },
		{ name: 'Ulsan', lonLat: [129.31501, 35.54868], scalerank: 6, priority: 5 },
	],
	hamburg: [
		{ name: 'Bremen', lonLat: [8.80002, 53.08], scalerank: 6, priority: 1 },
		{ name: 'Hannover', lonLat: [9.71666, 52.36697], scalerank: 7, priority: 2 },
		{ name: 'Kiel', lonLat: [10.13002, 54.33039], scalerank: 7, priority: 3 },
		{ name: 'Lübeck', lonLat: [10.66998, 53.87039], scalerank: 7, priority: 4 },
		{ name: 'Rostock', lonLat: [12.15, 54.07038], scalerank: 7, priority: 5 },
	],
	bonn: [
		{ name: 'Cologne', lonLat: [6.94806, 50.93195], scalerank: 6, priority: 1 },
		{ name: 'Düsseldorf', lonLat: [6.77999, 51.22037], scalerank: 7, priority: 2 },
		{ name: 'Wiesbaden', lonLat: [8.25003, 50.08039], scalerank: 7, priority: 3 },
		{ name: 'Koblenz', lonLat: [7.59999, 50.35048], scalerank: 7, priority: 4 },
		{ name: 'Gießen', lonLat: [8.65, 50.58372], scalerank: 7, priority: 5 },
	],
	evry: [
		{ name: 'Paris', lonLat: [2.33139, 48.86864], scalerank: 0, priority: 1 },
		{ name: 'Versailles', lonLat: [2.13335, 48.80047], scalerank: 7, priority: 2 },
		{ name: 'Melun', lonLat: [2.66665, 48.5333], scalerank: 8, priority: 3 },
	],
	paris: [
		{ name: 'Versailles', lonLat: [2.13335, 48.80047], scalerank: 7, priority: 1 },
		{ name: 'Melun', lonLat: [2.66665, 48.5333], scalerank: 8, priority: 2 },
	],
};

export const orientationPlaces = (chapterId: string): readonly OrientationPlace[] => ORIENTATION_PLACES[chapterId] ?? [];
