// The story's timeline, built once from the typed data: the route's stops, which chapter travels each leg,
// and each chapter's frame. Everything the map shows is storyTimeline.storyAtChapter(index, progress, viewport).
import { createTimeline } from '$lib/journey/timeline';
import { CHAPTERS, PLACES } from '$lib/story';
import type { LonLat } from '$lib/story/types';

const lonLatOf = (id: string): LonLat => {
	const place = PLACES.find((p) => p.id === id);
	if (!place) throw new Error(`journey: place "${id}" does not exist`);
	return place.lonLat;
};

/** Travel order (facts.md decision 1): Incheon, then the four host cities. */
export const ROUTE_STOP_IDS = ['icn', 'hamburg', 'bonn', 'evry', 'paris'] as const;

/**
 * Where the route touches each stop: the first venue the stop's chapter frames (Hamburg City Hall, Bonn's Old
 * Town Hall, Évry's Hôtel de ville, the Learning Planet Institute), not the city's centroid, so the legs end
 * where the delegation went. A stop without venues (the airport) is its own point.
 */
export function stopVenueId(stopId: string): string {
	const chapter = CHAPTERS.find((c) => c.id === stopId);
	const venue = chapter?.frame.placeIds.find((id) => PLACES.find((p) => p.id === id)?.cityId === stopId);
	return venue ?? stopId;
}
/** The chapter in which each leg is travelled. */
export const LEG_CHAPTER_IDS = ['flight', 'bonn', 'evry', 'paris'] as const;

export const FLIGHT_INDEX = CHAPTERS.findIndex((c) => c.id === 'flight');

/**
 * The opening shot behind the title: the world from the Atlantic to the antimeridian, centred between Europe and
 * Korea so both ends of the journey show before the camera closes in on Korea.
 */
const WORLD: { points: LonLat[]; maxZoom: number } = {
	// The middle point keeps the fit from taking the shorter way round (fitBounds picks the narrowest box).
	points: [
		[-40, -50],
		[70, 0],
		[179.9, 72]
	],
	maxZoom: 3
};

/**
 * The deepest zoom the basemap's data holds in each city chapter (issue 10): there the median vertex spacing
 * of the city's outline is at most DATA_SPACING_PX, so no outline shows its simplification. Deeper, the city
 * becomes a polygon of visible straight edges. Checked against the data by scripts/geo/data-zoom.test.ts.
 */
export const DATA_SPACING_PX = 3;
export const DATA_MAX_ZOOM: Readonly<Record<string, number>> = { hamburg: 7.3, bonn: 7.1, evry: 8.8, paris: 8.7 };

/** A chapter's zoom cap: its own (approximate venues) or the data's, whichever is lower. */
export const chapterMaxZoom = (id: string, maxZoom: number): number => Math.min(maxZoom, DATA_MAX_ZOOM[id] ?? maxZoom);

export const storyTimeline = createTimeline({
	chapters: CHAPTERS.map((chapter) => ({
		id: chapter.id,
		framePoints: chapter.frame.placeIds.map(lonLatOf),
		maxZoom: chapterMaxZoom(chapter.id, chapter.frame.maxZoom),
		...(chapter.id === 'korea' ? { opening: WORLD } : {})
	})),
	stops: ROUTE_STOP_IDS.map((id) => ({ id, lonLat: lonLatOf(stopVenueId(id)) })),
	legChapterIds: [...LEG_CHAPTER_IDS]
});
