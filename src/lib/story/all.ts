// The whole story definition in one object, as validate.ts checks it: for the build (hooks.server.ts) and tests.
import { CHAPTERS, DISCREPANCIES, HTTP_ONLY_SOURCE_IDS, PLACES, QUOTES, SOURCES, type StoryData } from './index';
import { FIGURES } from './figures';

export const STORY: StoryData = {
	sources: SOURCES,
	places: PLACES,
	figures: FIGURES,
	chapters: CHAPTERS,
	discrepancies: DISCREPANCIES,
	quotes: QUOTES,
	httpOnlySourceIds: HTTP_ONLY_SOURCE_IDS
};
