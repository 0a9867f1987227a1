// Chart 3, what each city counts: the countable infrastructure figures as labelled facts (cards), grouped by
// city. They measure different things (centres, courses, volunteer teachers, partner institutions), so they
// share no axis and no bar length: each is a number with its own unit, label, date and source (decision 7).
import { FIGURES } from '../story/figures';
import type { Figure } from '../story/types';
import { cityOf, place } from './cities';

export interface Fact {
	id: string;
	figure: Figure;
	/** The venue the figure is about, when it is not the city itself (Genopole, Haus der Bildung …). */
	venueId?: string;
}

export interface FactGroup {
	placeId: string;
	country: string;
	facts: Fact[];
}

/**
 * One group per city, in the order given, with every `infrastructure` figure of the city and its venues
 * (alternatives left out: the data page lists them). A city with no figure at all still gets a group with no
 * facts, which the chart shows as "not reported".
 */
export function factGroups(cityIds: readonly string[], figures: readonly Figure[] = FIGURES): FactGroup[] {
	return cityIds.map((cityId) => ({
		placeId: cityId,
		country: place(cityId)?.country ?? '',
		facts: figures
			.filter((f) => f.measure === 'infrastructure' && f.alternativeTo === undefined && cityOf(f.placeId) === cityId)
			.map((figure) => ({
				id: figure.id,
				figure,
				venueId: figure.placeId === cityId ? undefined : figure.placeId
			}))
	}));
}
