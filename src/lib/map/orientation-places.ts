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

/** One place as written below: Natural Earth's name, lon, lat, scalerank. */
type Row = readonly [name: string, lon: number, lat: number, scalerank: number];
/** A chapter's places in the order the label step should try them: the list's order is the priority. */
const ranked = (rows: readonly Row[]): OrientationPlace[] =>
	rows.map(([name, lon, lat, scalerank], i) => ({ name, lonLat: [lon, lat], scalerank, priority: i + 1 }));

/** By chapter id. The flight has none: its origin and destination are the labels that matter. */
export const ORIENTATION_PLACES: Readonly<Record<string, readonly OrientationPlace[]>> = {
	korea: ranked([
		['Busan', 129.0081, 35.097, 4],
		['Incheon', 126.64029, 37.47809, 4],
		['Daejeon', 127.42308, 36.33749, 4],
		['Daegu', 128.60503, 35.86873, 6],
		['Ulsan', 129.31501, 35.54868, 6]
	]),
	hamburg: ranked([
		['Bremen', 8.80002, 53.08, 6],
		['Hannover', 9.71666, 52.36697, 7],
		['Kiel', 10.13002, 54.33039, 7],
		['Lübeck', 10.66998, 53.87039, 7],
		['Rostock', 12.15, 54.07038, 7]
	]),
	bonn: ranked([
		['Cologne', 6.94806, 50.93195, 6],
		['Düsseldorf', 6.77999, 51.22037, 7],
		['Wiesbaden', 8.25003, 50.08039, 7],
		['Koblenz', 7.59999, 50.35048, 7],
		['Gießen', 8.65, 50.58372, 7]
	]),
	evry: ranked([
		['Paris', 2.33139, 48.86864, 0],
		['Versailles', 2.13335, 48.80047, 7],
		['Melun', 2.66665, 48.5333, 8]
	]),
	paris: ranked([
		['Versailles', 2.13335, 48.80047, 7],
		['Melun', 2.66665, 48.5333, 8]
	]),
};

export const orientationPlaces = (chapterId: string): readonly OrientationPlace[] => ORIENTATION_PLACES[chapterId] ?? [];
