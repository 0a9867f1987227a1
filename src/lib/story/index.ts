// The story definition: one import for the app (`$lib/story`). The data is validated against the English catalog
// at build time, not here (that would put en.json in every page): hooks.server.ts asserts it when the prerender
// starts, so an invalid record stops the build, and validate.test.ts asserts it in the unit tests.
import { CHAPTERS } from './chapters';
import { DISCREPANCIES } from './discrepancies';
import { FIGURES } from './figures';
import { PLACES } from './places';
import { QUOTES } from './quotes';
import { HTTP_ONLY_SOURCE_IDS, SOURCES } from './sources';
import type { Chapter, ChapterId, Figure, Measure, Place, Quote, Source } from './types';
import type { StoryData } from './validate';

export * from './types';
export { CHAPTERS, DISCREPANCIES, FIGURES, PLACES, QUOTES, SOURCES, HTTP_ONLY_SOURCE_IDS };
export { validateStory, assertValidStory, REGION_BOX, MAX_ZOOM_FOR_APPROXIMATE, type StoryData } from './validate';

export const STORY: StoryData = {
	sources: SOURCES,
	places: PLACES,
	figures: FIGURES,
	chapters: CHAPTERS,
	discrepancies: DISCREPANCIES,
	quotes: QUOTES,
	httpOnlySourceIds: HTTP_ONLY_SOURCE_IDS
};

const placeMap = new Map(PLACES.map((p) => [p.id, p]));
const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));
const chapterMap = new Map(CHAPTERS.map((c) => [c.id, c]));
const figureMap = new Map(FIGURES.map((f) => [f.id, f]));

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

export function figureById(id: string): Figure | undefined {
	return figureMap.get(id);
}

/**
 * The figures of one place, in data order. With `measure`, only that measure. Alternatives (another date or
 * source for the same value) are left out unless `withAlternatives` is set: charts want one value per city.
 */
export function figuresFor(
	placeId: string,
	options: { measure?: Measure; withAlternatives?: boolean } = {}
): Figure[] {
	return FIGURES.filter(
		(f) =>
			f.placeId === placeId &&
			(options.measure === undefined || f.measure === options.measure) &&
			(options.withAlternatives || f.alternativeTo === undefined)
	);
}

/** The main figure for a place and measure (e.g. population), or undefined when there is none. */
export function mainFigure(placeId: string, measure: Exclude<Measure, 'infrastructure'>): Figure | undefined {
	return FIGURES.find((f) => f.placeId === placeId && f.measure === measure && f.alternativeTo === undefined);
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
