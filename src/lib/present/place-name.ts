// The ONE place-name composer: a place's display name in a language (venues have a translated name in the
// catalog, `place.<id>.name`; cities keep their own), and the short form labels use (`place.<id>.short`).
// The map labels, the kiosk's cards, the charts' readouts and /data all name places through here.
import { placeById } from '$lib/story';
import type { Place } from '$lib/story/types';

export type T = (key: string, params?: Record<string, string | number>) => string;

/** A place (or its id) by its display name; an unknown id is returned as it is. */
export function placeName(t: T, place: Place | string): string {
	const record = typeof place === 'string' ? placeById(place) : place;
	const id = typeof place === 'string' ? place : place.id;
	const key = `place.${id}.name`;
	const name = t(key);
	return name === key ? (record?.name ?? id) : name;
}

/** The Hangul name shown beside the display name, unless the display name already holds it (Korean pages). */
export function hangulBeside(t: T, place: Place): string | undefined {
	const ko = place.nameKo;
	return ko && !placeName(t, place).includes(ko) && !placeShortName(t, place).includes(ko) ? ko : undefined;
}

/** The label's text: a short form where the catalog has one (venues with long official names). */
export function placeShortName(t: T, place: Place): string {
	const key = `place.${place.id}.short`;
	const short = t(key);
	return short === key ? placeName(t, place) : short;
}
