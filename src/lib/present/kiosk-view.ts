// The kiosk's view models: story data joined with one language's catalog (like view.ts), for the kiosk's title
// card, captions and place card. Pure functions, tested in Node.
import { CHAPTERS, placeById, sourcesFor } from '$lib/story';
import { figuresFor } from '$lib/story/figure-lookup';
import type { Figure } from '$lib/story/types';
import { kickerParams, placeName, type T } from './view';
import { hangulBeside } from './place-name';
import type { Locale } from '$lib/i18n/locales';
import { formatAsOf, formatValue, isYearUnit } from './figure-text';
import { KIOSK_VISITS, formatDateRange, tripDates } from './kiosk-visits';

export interface KioskTitleCard {
	kicker: string;
	title: string;
	line: string;
	invite: string;
}

/** The title card that opens each loop: what this is (with the trip's dates from the data), and an invitation. */
export function kioskTitleCard(t: T, locale: string): KioskTitleCard {
	const { dateFrom, dateTo } = tripDates();
	return {
		kicker: t('kiosk.titleCard.kicker', { dates: formatDateRange(locale, dateFrom, dateTo) }),
		title: t('kiosk.titleCard.title'),
		line: t('kiosk.titleCard.line'),
		invite: t('kiosk.titleCard.invite')
	};
}

export interface KioskCaption {
	id: string;
	kicker: string;
	title: string;
	line: string;
}

export function kioskCaptions(t: T, locale: Locale = 'en'): KioskCaption[] {
	return CHAPTERS.map((c) => ({
		id: c.id,
		kicker: t(`chapter.${c.id}.kicker`, kickerParams(locale, c)),
		title: t(`chapter.${c.id}.title`),
		line: t(`kiosk.line.${c.id}`)
	}));
}

export interface KioskFact {
	id: string;
	label: string;
	value: string;
	/** "as of 2020", "c. 2024", or '' when the source gives no date (or the value is itself a year). */
	date: string;
}

export interface KioskPlaceCard {
	id: string;
	name: string;
	nameKo?: string;
	/** What happened there and when (the card opens with it; `when` is '' for a place not visited). */
	visit?: { when: string; what: string };
	/** The head of local government (cities) or the host (venues). */
	person?: { label: string; name: string; nameKo?: string; role: string };
	facts: KioskFact[];
	note?: string;
	/** The first few sources, as text: a kiosk does not send visitors off to other sites. */
	sources: { id: string; text: string }[];
	moreSources: number;
}

/** Facts shown on a card, at most; the card must fit a screen without scrolling. */
export const MAX_FACTS = 4;
export const MAX_SOURCES = 2;

/** A figure as the charts and /data say it (one formatter): "1,226,873 people", "as of 27 Apr 2023". */
export function figureText(t: T, locale: string, f: Figure): KioskFact {
	const label = t(f.labelKey ?? `measure.${f.measure}`);
	const value = formatValue(t, f, locale);
	const when = formatAsOf(t, f, locale);
	// A year that is itself the figure (joined 2016) needs no date; undated figures have none.
	const date =
		f.asOf === 'undated' || (isYearUnit(f) && f.asOf === String(f.value))
			? ''
			: f.asOfCirca
				? when
				: t('figure.asOf', { date: when });
	return { id: f.id, label, value, date };
}

/** The card for a tapped place, or null for an unknown id (never throws). */
export function kioskPlaceCard(t: T, locale: string, placeId: string): KioskPlaceCard | null {
	const place = placeById(placeId);
	if (!place) return null;
	const figures = figuresFor(place.id);
	const facts = figures.slice(0, MAX_FACTS).map((f) => figureText(t, locale, f));
	const visit = KIOSK_VISITS[place.id];
	const sourceIds = [
		...new Set([
			...(visit?.sourceIds ?? []),
			...figures.flatMap((f) => f.sourceIds),
			...(place.head?.sourceIds ?? []),
			...place.coordSourceIds
		])
	];
	const sources = sourcesFor(sourceIds).map((s) => ({ id: s.id, text: `${s.publisher}: ${s.title}` }));
	const head = place.head;
	return {
		id: place.id,
		name: placeName(t, place),
		nameKo: hangulBeside(t, place),
		visit: visit && {
			when: visit.dateFrom && visit.dateTo ? formatDateRange(locale, visit.dateFrom, visit.dateTo) : '',
			what: t(visit.textKey)
		},
		person: head && {
			label: t(place.kind === 'venue' ? 'kiosk.host' : 'kiosk.head'),
			name: head.name,
			nameKo: head.nameKo,
			role: t(head.roleKey)
		},
		facts,
		note: place.noteKey ? t(place.noteKey) : undefined,
		sources: sources.slice(0, MAX_SOURCES),
		moreSources: Math.max(0, sources.length - MAX_SOURCES)
	};
}
