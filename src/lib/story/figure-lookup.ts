// Lookups in the figures, apart from the story's index (index.ts says why): the kiosk and the tests use them.
import { FIGURES } from './figures';
import type { Figure, Measure } from './types';

const figureMap = new Map(FIGURES.map((f) => [f.id, f]));

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
