// The six chapters in story order (docs/ARCHITECTURE.md, "The page contract"; data/facts/facts.md decision 1 for the route order).
// Text lives in the catalogs under chapter.<id>.kicker / .title / .body; this file holds what the map and the
// rail need: dates, the markers to show, and the places the chapter's end camera must contain.
//
// maxZoom: Korea 8 (seven cities ~300 km apart), the flight 5 (a continent-wide view), the European chapters
// 12. Never above 14: the approximate venues are only good to ±100–500 m (decision 6), and validate.ts checks
// this for every chapter that frames one.
import type { Chapter } from './types';

export const CHAPTERS: readonly Chapter[] = [
	{
		id: 'korea',
		// When the group left is not documented (only Gwangmyeong's mayor's 12–20 November, fnnews), so the rail
		// shows the first documented day of the trip, 13 November in Hamburg, not one mayor's departure.
		dateFrom: '2022-11-13',
		dateTo: '2022-11-13',
		// Anyang is marked (muted) so its note has a place on the map; it is not framed: it was not on the trip.
		placeIds: ['eunpyeong', 'gwangmyeong', 'suwon', 'gongju', 'seo-gu-gwangju', 'anseong', 'buan', 'anyang'],
		frame: {
			placeIds: ['eunpyeong', 'gwangmyeong', 'suwon', 'gongju', 'seo-gu-gwangju', 'anseong', 'buan'],
			maxZoom: 8
		},
		sourceIds: [
			'uil-news-2022-11-30',
			'fnnews-2022-11-21',
			'gunhoon-2022-11-21',
			'ajunews-2022-11-20',
			'kgnews-726288',
			'gitimes-55339',
			'locallife-1065603210690089',
			'uil-gnlc-newsletter-2022-12',
			'bonn-press-2022-11-15',
			'mt-2022-09-22'
		]
	},
	{
		id: 'flight',
		// Gwangmyeong's mayor travelled 12–20 November (local time, fnnews); the Hamburg programme began on the 13th.
		// When the group as a whole left is not documented.
		dateFrom: '2022-11-13',
		dateTo: '2022-11-13',
		placeIds: ['icn', 'hamburg'],
		frame: { placeIds: ['icn', 'hamburg'], maxZoom: 5 },
		sourceIds: ['fnnews-2022-11-21', 'gunhoon-2022-11-21', 'ajunews-2022-11-20', 'ourairports-rksi']
	},
	{
		id: 'hamburg',
		dateFrom: '2022-11-13',
		dateTo: '2022-11-14',
		placeIds: ['hamburg', 'hamburg-rathaus', 'uil'],
		frame: { placeIds: ['hamburg-rathaus', 'uil'], maxZoom: 12 },
		sourceIds: [
			'gunhoon-2022-11-21',
			'ajunews-2022-11-20',
			'uil-news-2022-11-30',
			'uil-pageflow-hamburg',
			'uil-hamburg-joins-gnlc-2019',
			'uil-70th-anniversary',
			'uil-heritage-days-tour'
		]
	},
	{
		id: 'bonn',
		dateFrom: '2022-11-15',
		dateTo: '2022-11-15',
		placeIds: ['bonn', 'bonn-altes-rathaus', 'bonn-haus-der-bildung'],
		frame: { placeIds: ['bonn-altes-rathaus', 'bonn-haus-der-bildung'], maxZoom: 12 },
		sourceIds: [
			'bonn-press-2022-11-15',
			'uil-news-2022-11-30',
			'ga-bonn-haus-der-bildung-2015',
			'ga-bonn-2016'
		]
	},
	{
		id: 'evry',
		// 16–17 November covers Évry-Courcouronnes and Paris; no source splits the two days (facts.md T8).
		dateFrom: '2022-11-16',
		dateTo: '2022-11-17',
		placeIds: ['evry', 'evry-hotel-de-ville', 'genopole', 'universite-evry'],
		frame: { placeIds: ['evry-hotel-de-ville', 'genopole', 'universite-evry'], maxZoom: 12 },
		sourceIds: [
			'uil-news-2022-11-30',
			'gunhoon-2022-11-21',
			'ajunews-2022-11-20',
			'wikipedia-fr-evry-courcouronnes',
			'uil-evry-festival-2020',
			'observatoire-asap-2021-02-05',
			'evry-genopole',
			'clustercollaboration-genopole'
		]
	},
	{
		id: 'paris',
		dateFrom: '2022-11-16',
		dateTo: '2022-11-17',
		placeIds: ['paris', 'learning-planet-institute', 'unesco-hq'],
		frame: { placeIds: ['learning-planet-institute', 'unesco-hq'], maxZoom: 12 },
		sourceIds: [
			'uil-news-2022-11-30',
			'fnnews-2022-11-21',
			'gunhoon-2022-11-21',
			'ajunews-2022-11-20',
			'kgnews-726288',
			'lpi-2021-12-17',
			'wikipedia-unesco-hq',
			'gitimes-55339'
		]
	}
];
