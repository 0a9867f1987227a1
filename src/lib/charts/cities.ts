// Which places the charts compare, and in which order: the seven Korean cities of the delegation, then the four
// European stops. Anyang (listed only by the source article) stays on the /data page, not in the comparison.
import { PLACES } from '../story/places';
import type { Figure, Place } from '../story/types';

export const KOREAN_CITY_IDS: readonly string[] = PLACES.filter((p) => p.kind === 'delegation-city').map((p) => p.id);
export const EUROPEAN_CITY_IDS: readonly string[] = PLACES.filter((p) => p.kind === 'host-city').map((p) => p.id);
export const CHART_CITY_IDS: readonly string[] = [...KOREAN_CITY_IDS, ...EUROPEAN_CITY_IDS];

const placeMap = new Map(PLACES.map((p) => [p.id, p]));

export function place(id: string): Place | undefined {
	return placeMap.get(id);
}

/** The city a figure belongs to: the place itself, or for a venue the city it stands in. */
export function cityOf(placeId: string): string {
	return placeMap.get(placeId)?.cityId ?? placeId;
}

/** The one figure a chart shows for a place and measure (the one without `alternativeTo`), or undefined. */
export function mainFigureIn(figures: readonly Figure[], placeId: string, measure: Figure['measure']): Figure | undefined {
	return figures.find((f) => f.placeId === placeId && f.measure === measure && f.alternativeTo === undefined);
}
