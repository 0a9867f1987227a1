// What a chart says about one figure when its mark is hovered, tapped or focused: the same words for every chart.
import { SOURCES } from '../story/sources';
import type { Figure } from '../story/types';
import { formatAsOf, formatValue, type T } from './format';
import { placeName } from '$lib/present/place-name';

export interface ReadoutSource {
	id: string;
	title: string;
	publisher: string;
	url: string;
}

export interface Readout {
	figureId: string;
	placeId: string;
	city: string;
	/** What is measured ("Joined UNESCO's Global Network of Learning Cities", "Lifelong learning centres"). */
	label: string;
	value: string;
	date: string;
	missing: boolean;
	note?: string;
	sources: ReadoutSource[];
}

const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));

export function cityName(t: T, placeId: string): string {
	return placeName(t, placeId);
}

export function sourcesOf(ids: readonly string[]): ReadoutSource[] {
	return ids.flatMap((id) => {
		const s = sourceMap.get(id);
		return s ? [{ id: s.id, title: s.title, publisher: s.publisher, url: s.url }] : [];
	});
}

/** The distinct sources of a set of figures, in first-seen order: a chart's source line. */
export function sourcesOfFigures(figures: readonly Figure[]): ReadoutSource[] {
	const ids = [...new Set(figures.flatMap((f) => f.sourceIds))];
	return sourcesOf(ids);
}

export function readoutFor(t: T, figure: Figure, cityId: string, locale = 'en'): Readout {
	return {
		figureId: figure.id,
		placeId: cityId,
		city: cityName(t, cityId),
		label: figure.labelKey ? t(figure.labelKey) : t(`measure.${figure.measure}`),
		value: formatValue(t, figure, locale),
		date: formatAsOf(t, figure, locale),
		missing: figure.value === null,
		note: figure.noteKey ? t(figure.noteKey) : undefined,
		sources: sourcesOf(figure.sourceIds)
	};
}

/** One sentence for a mark's accessible name: "Suwon. Joined …: 2016 (May 2016). Source: UIL." */
export function readoutSentence(t: T, r: Readout): string {
	const publishers = [...new Set(r.sources.map((s) => s.publisher))].join('; ');
	return t('charts.mark.label', {
		city: r.city,
		label: r.label,
		value: r.value,
		date: r.date,
		sources: publishers || t('charts.noSource')
	});
}
