// What happened at each place the kiosk can show, and when: the place card opens with this, so a tapped place
// always tells something, figures or not. Dates come from the chapter the place belongs to (chapters.ts), or
// from the source that dates that one visit (Hamburg City Hall: 14 Nov, ajunews). The text is the catalog's
// `kiosk.visit.<key>`, written from facts.md and the source article; `sourceIds` join the card's sources.
import { CHAPTERS } from '$lib/story';
import type { ChapterId } from '$lib/story/types';

export interface KioskVisit {
	/** Catalog key of what happened there. */
	textKey: string;
	/** ISO dates; absent for a place that was not visited (Anyang, the airport). */
	dateFrom?: string;
	dateTo?: string;
	sourceIds: string[];
}

const chapter = (id: ChapterId) => CHAPTERS.find((c) => c.id === id)!;

/** A chapter's dates, with the sources that give them (the chapter's own). */
function during(id: ChapterId, textKey: string, sourceIds?: string[]): KioskVisit {
	const c = chapter(id);
	return { textKey, dateFrom: c.dateFrom, dateTo: c.dateTo, sourceIds: sourceIds ?? c.sourceIds.slice(0, 2) };
}

/** The trip in Europe: from the first European chapter's first day to the last one's last day (13–17 Nov). */
export function tripDates(): { dateFrom: string; dateTo: string } {
	return { dateFrom: chapter('hamburg').dateFrom, dateTo: chapter('paris').dateTo };
}

const DELEGATION_SOURCES = ['gitimes-55339', 'gunhoon-2022-11-21'];
const delegate = (textKey = 'kiosk.visit.delegation', extra: string[] = []): KioskVisit => ({
	textKey,
	...tripDates(),
	sourceIds: [...DELEGATION_SOURCES, ...extra]
});

export const KIOSK_VISITS: Readonly<Record<string, KioskVisit>> = {
	eunpyeong: delegate(),
	gwangmyeong: delegate('kiosk.visit.gwangmyeong', ['mt-2022-09-22']),
	suwon: delegate(),
	gongju: delegate('kiosk.visit.gongju'),
	'seo-gu-gwangju': delegate(),
	anseong: delegate(),
	buan: delegate(),
	anyang: { textKey: 'kiosk.visit.anyang', sourceIds: ['uil-news-2022-11-30', 'gitimes-55339', 'koreaherald-2023-03-10'] },
	icn: { textKey: 'kiosk.visit.icn', sourceIds: ['ourairports-rksi'] },
	hamburg: during('hamburg', 'kiosk.visit.hamburg', ['gunhoon-2022-11-21', 'ajunews-2022-11-20']),
	'hamburg-rathaus': {
		textKey: 'kiosk.visit.hamburg-rathaus',
		dateFrom: '2022-11-14',
		dateTo: '2022-11-14',
		sourceIds: ['ajunews-2022-11-20', 'uil-news-2022-11-30']
	},
	uil: during('hamburg', 'kiosk.visit.uil', ['ajunews-2022-11-20', 'uil-news-2022-11-30']),
	bonn: during('bonn', 'kiosk.visit.bonn', ['bonn-press-2022-11-15']),
	'bonn-altes-rathaus': during('bonn', 'kiosk.visit.bonn-altes-rathaus', ['bonn-press-2022-11-15', 'uil-news-2022-11-30']),
	'bonn-haus-der-bildung': during('bonn', 'kiosk.visit.bonn-haus-der-bildung', ['bonn-press-2022-11-15']),
	evry: during('evry', 'kiosk.visit.evry', ['uil-news-2022-11-30', 'gunhoon-2022-11-21']),
	'evry-hotel-de-ville': during('evry', 'kiosk.visit.evry-hotel-de-ville', ['gunhoon-2022-11-21', 'ajunews-2022-11-20']),
	genopole: during('evry', 'kiosk.visit.genopole', ['uil-news-2022-11-30']),
	'universite-evry': during('evry', 'kiosk.visit.universite-evry', ['uil-news-2022-11-30']),
	paris: during('paris', 'kiosk.visit.paris', ['uil-news-2022-11-30', 'fnnews-2022-11-21']),
	'learning-planet-institute': during('paris', 'kiosk.visit.learning-planet-institute', [
		'uil-news-2022-11-30',
		'gunhoon-2022-11-21',
		'lpi-2021-12-17'
	]),
	'unesco-hq': during('paris', 'kiosk.visit.unesco-hq', ['uil-news-2022-11-30', 'fnnews-2022-11-21'])
};

/** English dates in the story's British order (13 November 2022), like the charts' formatter. */
const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** "14 November 2022", or a range "13–17 November 2022", formatted by Intl for the locale. */
export function formatDateRange(locale: string, dateFrom: string, dateTo: string): string {
	const format = new Intl.DateTimeFormat(dateLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const from = new Date(`${dateFrom}T00:00:00Z`);
	const to = new Date(`${dateTo}T00:00:00Z`);
	return dateFrom === dateTo ? format.format(from) : format.formatRange(from, to);
}
