// The story definition: one import for the story's pages (`$lib/story`). The figures (figures.ts, 23 KB) are not
// in it: no page's first view shows them, so they stay out of the map's chunk and come with the charts, the data
// page and the kiosk (`$lib/story/figures`, `$lib/story/figure-lookup`).
// The data is validated against the English catalog at build time, not here (that would put en.json in every
// page): hooks.server.ts asserts `$lib/story/all` when the prerender starts, so an invalid record stops the
// build, and validate.test.ts asserts it in the unit tests.
import { CHAPTERS } from './chapters';
import { DISCREPANCIES } from './discrepancies';
import { PLACES } from './places';
import { QUOTES } from './quotes';
import { HTTP_ONLY_SOURCE_IDS, SOURCES } from './sources';
import type { Chapter, ChapterId, Place, Quote, Source } from './types';

export * from './types';
export { CHAPTERS, DISCREPANCIES, PLACES, QUOTES, SOURCES, HTTP_ONLY_SOURCE_IDS };
export { validateStory, assertValidStory, REGION_BOX, MAX_ZOOM_FOR_APPROXIMATE, type StoryData } from './validate';

const placeMap = new Map(PLACES.map((p) => [p.id, p]));
const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));
const chapterMap = new Map(CHAPTERS.map((c) => [c.id, c]));

export function placeById(id: string): Place | undefined {
	return placeMap.get(id);
}

export function sourceById(id: string): Source | undefined {
	return sourceMap.get(id);
}

/** Accepts any string (e.g. from `?chapter=`) and returns undefined for unknown ids, never throws. */
export function chapterById(id: string): Chapter | undefined {
	return chapterMap.get(id as ChapterId);
}

export function quotesFor(chapterId: ChapterId): Quote[] {
	return QUOTES.filter((q) => q.chapterId === chapterId);
}

/** The places of one kind, in data order (e.g. the seven delegation cities). */
export function placesOfKind(kind: Place['kind']): Place[] {
	return PLACES.filter((p) => p.kind === kind);
}

/** The sources of a list of ids, in that order; unknown ids cannot occur (validated at load). */
export function sourcesFor(ids: readonly string[]): Source[] {
	return ids.flatMap((id) => sourceMap.get(id) ?? []);
}
