// View models: the typed data joined with one language's catalog, in the shapes the components take.
// Pure functions of (translator, data), so every language gets the same structure and tests can check it.
import type { MapPlace } from './map-place';
import { hangulBeside, placeName, placeShortName } from './place-name';
import { CHAPTERS, DISCREPANCIES, PLACES, QUOTES, SOURCES } from '$lib/story';
import { ROUTE_STOP_IDS } from '$lib/journey/journey';
import type { Chapter, ChapterId, Place } from '$lib/story/types';
import { formatDates, formatMonth, formatShortDates } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

export type T = (key: string, params?: Record<string, string | number>) => string;

/** A source as a chapter card lists it. */
export interface CardSource {
	id: string;
	title: string;
	/** The title's own language (titles are never translated). */
	titleLang: string;
	publisher: string;
	url: string;
}
/** A verbatim quote on a chapter card. */
export interface CardQuote {
	text: string;
	speaker: string;
	role: string;
	sourceUrl: string;
	/** Our translation, in the page's language (absent in English); shown after the original. */
	translation?: string;
	translationNote?: string;
}

/** A chapter kicker's dates, formatted for the locale: {dates} (a one-day chapter with its weekday), {month}. */
export function kickerParams(locale: Locale, chapter: Pick<Chapter, 'dateFrom' | 'dateTo'>) {
	const oneDay = chapter.dateFrom === chapter.dateTo;
	return {
		dates: formatDates(locale, chapter.dateFrom, chapter.dateTo, { weekday: oneDay }),
		month: formatMonth(locale, chapter.dateFrom)
	};
}

const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));

/**
 * Where each label sits beside its dot, so the Seoul-area cities don't cover each other. The value is MapLibre's
 * marker anchor: 'left' = the label's left edge at the point (text runs east), 'right' = text runs west,
 * 'top' = the label hangs below the point, 'bottom' = it stands above it.
 */
const LABEL_ANCHORS: Record<string, MapPlace['anchor']> = {
	eunpyeong: 'bottom',
	gwangmyeong: 'right',
	anyang: 'left',
	suwon: 'top',
	anseong: 'left',
	gongju: 'left',
	'seo-gu-gwangju': 'left',
	buan: 'right',
	'hamburg-rathaus': 'left',
	uil: 'right',
	'bonn-altes-rathaus': 'left',
	'bonn-haus-der-bildung': 'right',
	'evry-hotel-de-ville': 'right',
	genopole: 'left',
	'universite-evry': 'top',
	'learning-planet-institute': 'right',
	'unesco-hq': 'left',
	icn: 'right'
};

export { placeName };

/**
 * The chapters a place's marker shows in. Stops of the route (Incheon, the host cities) stay marked in every
 * chapter after they first appear, so the reached stops show along the route; a host city's own dot is left
 * out of its own chapter, where its venues and outline say more and the dot would sit on top of them.
 */
function chaptersOf(place: Place): string[] {
	const listed = CHAPTERS.filter((c) => c.placeIds.includes(place.id)).map((c) => c.id);
	if (!(ROUTE_STOP_IDS as readonly string[]).includes(place.id)) return listed;
	const first = CHAPTERS.findIndex((c) => listed.includes(c.id));
	return CHAPTERS.slice(Math.max(0, first))
		.map((c) => c.id)
		.filter((id) => id !== place.id);
}

/** "Évry-Courcouronnes: Hôtel de ville, Université d’Évry, Genopole": a city's venues under one label. */
function groupLabel(t: T, cityId: string): string | undefined {
	const city = PLACES.find((p) => p.id === cityId);
	const venues = PLACES.filter((p) => p.cityId === cityId && chaptersOf(p).length > 0);
	if (!city || venues.length < 2) return undefined;
	return t('map.label.group', { city: placeShortName(t, city), names: venues.map((v) => placeShortName(t, v)).join(', ') });
}

export function mapPlaces(t: T): MapPlace[] {
	return PLACES.filter((p) => chaptersOf(p).length > 0).map((place) => ({
		id: place.id,
		lonLat: place.lonLat,
		kind: place.kind,
		name: placeShortName(t, place),
		fullName: placeName(t, place),
		nameKo: hangulBeside(t, place),
		// The Korean cities are named with their heads (issue: "named, with their mayors").
		detail: place.kind === 'delegation-city' && place.head ? place.head.name : undefined,
		approximate: place.approximate,
		chapterIds: chaptersOf(place),
		anchor: LABEL_ANCHORS[place.id] ?? 'left',
		...(place.cityId && groupLabel(t, place.cityId)
			? { group: place.cityId, groupLabel: groupLabel(t, place.cityId) }
			: {})
	}));
}

/** Which discrepancy notes each chapter shows (facts.md T7, decisions). */
const CHAPTER_NOTES: Partial<Record<ChapterId, string[]>> = {
	korea: ['seven-not-eight', 'anyang-mayor', 'gnlc-members-2022'],
	flight: ['route-order', 'travel'],
	hamburg: ['hamburg-gnlc-date'],
	paris: ['unesco-hq', 'paris-venue']
};

export interface ChapterCardModel {
	id: ChapterId;
	kicker: string;
	title: string;
	body: string;
	quote?: CardQuote;
	notes: string[];
	sources: CardSource[];
}

export function chapterCards(t: T, locale: Locale = 'en'): ChapterCardModel[] {
	return CHAPTERS.map((chapter) => {
		const quote = QUOTES.find((q) => q.chapterId === chapter.id);
		const notes = (CHAPTER_NOTES[chapter.id] ?? [])
			.filter((id) => DISCREPANCIES.some((d) => d.id === id))
			.map((id) => `${t(`discrepancy.${id}.title`)}: ${t(`discrepancy.${id}.verdict`)}`);
		if (quote?.noteKey) notes.push(t(quote.noteKey));
		const sources = chapter.sourceIds.flatMap((id) => {
			const s = sourceMap.get(id);
			return s ? [{ id: s.id, title: s.title, titleLang: s.titleLang ?? 'en', publisher: s.publisher, url: s.url }] : [];
		});
		return {
			id: chapter.id,
			kicker: t(`chapter.${chapter.id}.kicker`, kickerParams(locale, chapter)),
			title: t(`chapter.${chapter.id}.title`),
			body: t(`chapter.${chapter.id}.body`),
			quote: quote && {
				text: quote.text,
				speaker: quote.speaker,
				role: t(quote.roleKey),
				// The quote stays verbatim in English; a locale whose catalog translates it shows that, marked as ours.
				...(t(`quote.${quote.id}.translation`) !== quote.text && {
					translation: t(`quote.${quote.id}.translation`),
					translationNote: t('quote.translationNote')
				}),
				sourceUrl: sourceMap.get(quote.sourceIds[0] ?? '')?.url ?? ''
			},
			notes,
			sources
		};
	});
}

export function delegationRows(t: T) {
	return PLACES.filter((p) => p.kind === 'delegation-city').map((p) => ({
		id: p.id,
		city: p.name,
		cityKo: p.nameKo ?? '',
		person: p.head?.name ?? '',
		personKo: p.head?.nameKo ?? '',
		role: p.head ? t(p.head.roleKey) : ''
	}));
}

/** The rail: one stop per chapter with its dates, formatted for the locale. */
export function railStops(t: T, locale: Locale) {
	return CHAPTERS.map((c) => ({ id: c.id, name: t(`rail.${c.id}`), date: formatShortDates(locale, c.dateFrom, c.dateTo) }));
}

/**
 * The flight's readout: km flown of the leg's great-circle total (route.ts, from the sourced coordinates of
 * Incheon airport and Hamburg City Hall), rounded to 10 km, and the day the group met in Hamburg (its chapter's
 * first date), both formatted for the locale.
 */
export function flightReadout(t: T, locale: string) {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const arrival = CHAPTERS.find((c) => c.id === 'hamburg')?.dateFrom;
	const round10 = (km: number) => Math.round(Math.max(0, km) / 10) * 10;
	return (flownKm: number, totalKm: number) => ({
		distance: t('map.flight.readout', {
			flown: number.format(round10(Math.min(flownKm, totalKm))),
			total: number.format(round10(totalKm))
		}),
		arrival: arrival ? t('map.flight.arrival', { date: date.format(new Date(`${arrival}T00:00:00Z`)) }) : ''
	});
}

/** The scale bar's distance ("10 km", "500 m", "10km" in Korean), in the page's language. */
function scaleText(locale: string) {
	const km = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', unitDisplay: 'short', maximumFractionDigits: 0 });
	const m = new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', unitDisplay: 'short', maximumFractionDigits: 0 });
	return (metres: number) => (metres >= 1000 ? km.format(metres / 1000) : m.format(metres));
}

/** The map's own words (status, fallback, credit line), the same on every page that shows the map. */
export function mapText(t: T, locale = 'en') {
	return {
		flight: flightReadout(t, locale),
		scale: scaleText(locale),
		loading: t('map.loading'),
		fallback: t('map.fallback'),
		geo: t('map.error.geo'),
		other: t('map.error.other'),
		approximate: t('map.approximate'),
		plane: t('map.plane'),
		attribution: t('map.attribution'),
		contextLost: t('map.contextLost')
	};
}
