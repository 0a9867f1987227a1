// Every number a chart or card may show, from facts.md T5, T5b, T6 and T6b, each with its sources, its date and
// the confidence facts.md gives. Rules this file follows (data/facts/facts.md, and docs/ARCHITECTURE.md "Data"):
// - Nothing is invented or rounded into a different claim: "nearly 600" stays 600 with qualifier 'nearly'.
// - "Not found" is value null, never 0; the app shows it as "not reported". A null figure cites the source
//   that was checked where there is one (e.g. the award lists); where nothing was found at all it has no
//   source and a noteKey saying so.
// - Population figures come from different years and sources (2014 to 2024): `asOf` always says which.
// - Where facts.md gives a second value for the same thing (another date or source), it is kept with
//   `alternativeTo`, so the charts use one value per city and the data page shows both.
// - Infrastructure counts measure different things in each city (decision 7): each has its own unit and
//   label and must not be put on one axis.
// - Areas have no date in their sources: asOf 'undated'. Where facts.md names no separate source for an area,
//   it is the page the population was read on (the same row of T5/T6).
// - The Buan "28 adult literacy centres / 24 visiting centres" of the seed article is NOT a figure: no source
//   verifies it, and a figure would put an unverified number into charts. It lives in discrepancies.ts.
import type { Figure } from './types';

const AWARD_LISTS = 'uil-learning-city-award';

/** No UNESCO Learning City Award found for this city (facts.md T5/T6 "none found"). */
function noAward(placeId: string, noteKey = 'note.figure.awardNoneFound'): Figure {
	return {
		id: `${placeId}-award`,
		placeId,
		measure: 'learningCityAward',
		value: null,
		unitKey: 'unit.year',
		asOf: 'undated',
		sourceIds: [AWARD_LISTS],
		confidence: 'not found',
		noteKey
	};
}

export const FIGURES: readonly Figure[] = [
	// --- Eunpyeong-gu ---------------------------------------------------------------------------------
	{
		id: 'eunpyeong-population',
		placeId: 'eunpyeong',
		measure: 'population',
		value: 484043,
		unitKey: 'unit.people',
		asOf: '2020',
		sourceIds: ['wiki1-eunpyeong'],
		confidence: 'medium-low'
	},
	{
		id: 'eunpyeong-population-2014',
		placeId: 'eunpyeong',
		measure: 'population',
		value: 503243,
		unitKey: 'unit.people',
		asOf: '2014',
		sourceIds: ['wikizero-gu-of-seoul'],
		confidence: 'medium-low',
		alternativeTo: 'eunpyeong-population'
	},
	{
		id: 'eunpyeong-area',
		placeId: 'eunpyeong',
		measure: 'areaKm2',
		value: 29.7,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wiki1-eunpyeong'],
		confidence: 'medium-low'
	},
	{
		id: 'eunpyeong-gnlc',
		placeId: 'eunpyeong',
		measure: 'gnlcJoined',
		value: 2016,
		unitKey: 'unit.year',
		asOf: '2016',
		sourceIds: ['uil-pageflow-eunpyeong-2024'],
		confidence: 'high'
	},
	{
		id: 'eunpyeong-llc',
		placeId: 'eunpyeong',
		measure: 'nationalLlcDesignated',
		value: 2012,
		unitKey: 'unit.year',
		asOf: '2012',
		sourceIds: ['uil-city-eunpyeong'],
		confidence: 'high'
	},
	{
		id: 'eunpyeong-award',
		placeId: 'eunpyeong',
		measure: 'learningCityAward',
		value: 2024,
		unitKey: 'unit.year',
		asOf: '2024',
		sourceIds: ['uil-pageflow-eunpyeong-2024'],
		confidence: 'high',
		noteKey: 'note.figure.afterTrip'
	},
	{
		// UIL names Eunpyeong's programmes but gives no count: "not reported" rather than leaving a gap.
		id: 'eunpyeong-infrastructure',
		placeId: 'eunpyeong',
		measure: 'infrastructure',
		value: null,
		unitKey: 'unit.count',
		labelKey: 'figure.eunpyeong-infrastructure.label',
		asOf: 'undated',
		sourceIds: ['uil-city-eunpyeong'],
		confidence: 'not found',
		noteKey: 'note.figure.eunpyeongNoCount'
	},

	// --- Gwangmyeong -----------------------------------------------------------------------------------
	{
		id: 'gwangmyeong-population',
		placeId: 'gwangmyeong',
		measure: 'population',
		value: 288366,
		unitKey: 'unit.people',
		asOf: '2022-10',
		sourceIds: ['wikipedia-gwangmyeong'],
		confidence: 'medium'
	},
	{
		id: 'gwangmyeong-area',
		placeId: 'gwangmyeong',
		measure: 'areaKm2',
		value: 38.5,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikipedia-gwangmyeong'],
		confidence: 'medium'
	},
	{
		id: 'gwangmyeong-gnlc',
		placeId: 'gwangmyeong',
		measure: 'gnlcJoined',
		value: 2016,
		unitKey: 'unit.year',
		asOf: '2016-10',
		sourceIds: ['uil-gnlc-korea-thirteen'],
		confidence: 'high'
	},
	{
		id: 'gwangmyeong-llc',
		placeId: 'gwangmyeong',
		measure: 'nationalLlcDesignated',
		value: 2001,
		unitKey: 'unit.year',
		asOf: '2001-09',
		sourceIds: ['kmaeil-200501'],
		confidence: 'medium',
		noteKey: 'note.figure.gwangmyeongLlc'
	},
	noAward('gwangmyeong'),
	{
		id: 'gwangmyeong-learning-centre-opened',
		placeId: 'gwangmyeong',
		measure: 'infrastructure',
		value: 1999,
		unitKey: 'unit.year',
		labelKey: 'figure.gwangmyeong-learning-centre-opened.label',
		asOf: '1999',
		sourceIds: ['kmaeil-200501'],
		confidence: 'medium'
	},
	{
		id: 'gwangmyeong-disability-centre-opened',
		placeId: 'gwangmyeong',
		measure: 'infrastructure',
		value: 2018,
		unitKey: 'unit.year',
		labelKey: 'figure.gwangmyeong-disability-centre-opened.label',
		asOf: '2018-09',
		sourceIds: ['incheonilbo-1040239'],
		confidence: 'medium'
	},
	{
		// The source reports the "17th" festival in 2019; the count of editions is what that number says.
		id: 'gwangmyeong-festival-editions',
		placeId: 'gwangmyeong',
		measure: 'infrastructure',
		value: 17,
		unitKey: 'unit.editions',
		labelKey: 'figure.gwangmyeong-festival-editions.label',
		asOf: '2019',
		sourceIds: ['seonamtoday-2597'],
		confidence: 'medium'
	},
	{
		id: 'gwangmyeong-special-zone-budget',
		placeId: 'gwangmyeong',
		measure: 'infrastructure',
		value: 36.1,
		unitKey: 'unit.krwBillion',
		labelKey: 'figure.gwangmyeong-special-zone-budget.label',
		asOf: '2018/2022',
		sourceIds: ['ajunews-2017-12-26'],
		confidence: 'medium'
	},
	{
		id: 'gwangmyeong-special-zone-projects',
		placeId: 'gwangmyeong',
		measure: 'infrastructure',
		value: 16,
		unitKey: 'unit.projects',
		labelKey: 'figure.gwangmyeong-special-zone-projects.label',
		asOf: '2018/2022',
		sourceIds: ['ajunews-2017-12-26'],
		confidence: 'medium'
	},

	// --- Suwon -----------------------------------------------------------------------------------------
	{
		id: 'suwon-population',
		placeId: 'suwon',
		measure: 'population',
		value: 1226873,
		unitKey: 'unit.people',
		asOf: '2023-04-27',
		sourceIds: ['kiwix-suwon-city-hall-2023-10'],
		confidence: 'medium'
	},
	{
		id: 'suwon-area',
		placeId: 'suwon',
		measure: 'areaKm2',
		value: 121.04,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['kiwix-suwon-city-hall-2023-10'],
		confidence: 'medium'
	},
	{
		id: 'suwon-gnlc',
		placeId: 'suwon',
		measure: 'gnlcJoined',
		value: 2016,
		unitKey: 'unit.year',
		asOf: '2016-05',
		sourceIds: ['uil-suwon-beyond-borders', 'wowtv-2017-09-13'],
		confidence: 'high'
	},
	{
		id: 'suwon-llc',
		placeId: 'suwon',
		measure: 'nationalLlcDesignated',
		value: 2005,
		unitKey: 'unit.year',
		asOf: '2005',
		sourceIds: ['asiae-2021-05-18'],
		confidence: 'medium',
		noteKey: 'note.figure.suwonLlc'
	},
	{
		id: 'suwon-award',
		placeId: 'suwon',
		measure: 'learningCityAward',
		value: 2017,
		unitKey: 'unit.year',
		asOf: '2017',
		sourceIds: ['uil-suwon-beyond-borders', AWARD_LISTS],
		confidence: 'high',
		noteKey: 'note.figure.suwonAward'
	},
	{
		id: 'suwon-learning-centres',
		placeId: 'suwon',
		measure: 'infrastructure',
		value: 600,
		unitKey: 'unit.centres',
		labelKey: 'figure.suwon-learning-centres.label',
		quote: 'nearly 600',
		approximateValue: true,
		qualifier: 'nearly',
		asOf: '2016',
		asOfCirca: true,
		sourceIds: ['uil-city-suwon'],
		confidence: 'high',
		noteKey: 'note.figure.suwonCentres'
	},
	{
		id: 'suwon-institutions-2026',
		placeId: 'suwon',
		measure: 'infrastructure',
		value: 160,
		unitKey: 'unit.institutions',
		labelKey: 'figure.suwon-institutions-2026.label',
		asOf: '2026',
		sourceIds: ['etoday-2554101'],
		confidence: 'medium'
	},
	{
		id: 'suwon-programmes-2026',
		placeId: 'suwon',
		measure: 'infrastructure',
		value: 7847,
		unitKey: 'unit.programmes',
		labelKey: 'figure.suwon-programmes-2026.label',
		asOf: '2026',
		sourceIds: ['etoday-2554101'],
		confidence: 'medium'
	},
	{
		id: 'suwon-dong-learning-centres-2026',
		placeId: 'suwon',
		measure: 'infrastructure',
		value: 44,
		unitKey: 'unit.neighbourhoods',
		labelKey: 'figure.suwon-dong-learning-centres-2026.label',
		asOf: '2026',
		sourceIds: ['etoday-2554101'],
		confidence: 'medium',
		noteKey: 'note.figure.suwonDong'
	},
	{
		id: 'suwon-global-centre-opened',
		placeId: 'suwon',
		measure: 'infrastructure',
		value: 2011,
		unitKey: 'unit.year',
		labelKey: 'figure.suwon-global-centre-opened.label',
		asOf: '2011',
		sourceIds: ['asiae-2021-05-18'],
		confidence: 'medium'
	},

	// --- Gongju ----------------------------------------------------------------------------------------
	{
		id: 'gongju-population',
		placeId: 'gongju',
		measure: 'population',
		value: 101695,
		unitKey: 'unit.people',
		asOf: '2024-09',
		sourceIds: ['wikixio-kongju'],
		confidence: 'medium'
	},
	{
		id: 'gongju-area',
		placeId: 'gongju',
		measure: 'areaKm2',
		value: 864.16,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikixio-kongju'],
		confidence: 'medium'
	},
	{
		id: 'gongju-gnlc',
		placeId: 'gongju',
		measure: 'gnlcJoined',
		value: 2020,
		unitKey: 'unit.year',
		asOf: '2020',
		sourceIds: ['theasian-274489'],
		confidence: 'medium'
	},
	{
		// facts.md T5: Gongju joined as "one of 55 new cities, 27 countries" (2020): what a 2020 membership meant.
		id: 'gongju-gnlc-cohort-cities',
		placeId: 'gongju',
		measure: 'infrastructure',
		value: 55,
		unitKey: 'unit.cities',
		labelKey: 'figure.gongju-gnlc-cohort-cities.label',
		asOf: '2020',
		sourceIds: ['theasian-274489'],
		confidence: 'medium'
	},
	{
		id: 'gongju-gnlc-cohort-countries',
		placeId: 'gongju',
		measure: 'infrastructure',
		value: 27,
		unitKey: 'unit.countries',
		labelKey: 'figure.gongju-gnlc-cohort-countries.label',
		asOf: '2020',
		sourceIds: ['theasian-274489'],
		confidence: 'medium'
	},
	{
		// facts.md T8: the first designation year is a gap. The sources show later re-designations only.
		id: 'gongju-llc',
		placeId: 'gongju',
		measure: 'nationalLlcDesignated',
		value: null,
		unitKey: 'unit.year',
		asOf: 'undated',
		sourceIds: ['ccnewsq-216107', 'joongdo-2024-08-01'],
		confidence: 'not found',
		noteKey: 'note.figure.gongjuLlc'
	},
	noAward('gongju'),
	{
		id: 'gongju-volunteer-teachers',
		placeId: 'gongju',
		measure: 'infrastructure',
		value: 694,
		unitKey: 'unit.volunteerTeachers',
		labelKey: 'figure.gongju-volunteer-teachers.label',
		asOf: '2018/2025',
		sourceIds: ['pedien-988417'],
		confidence: 'medium'
	},
	{
		id: 'gongju-sharing-programmes',
		placeId: 'gongju',
		measure: 'infrastructure',
		value: 427,
		unitKey: 'unit.programmes',
		labelKey: 'figure.gongju-sharing-programmes.label',
		asOf: '2018/2025',
		sourceIds: ['pedien-988417'],
		confidence: 'medium'
	},
	{
		id: 'gongju-learning-hall-programmes',
		placeId: 'gongju',
		measure: 'infrastructure',
		value: 40,
		unitKey: 'unit.programmes',
		labelKey: 'figure.gongju-learning-hall-programmes.label',
		asOf: '2025',
		sourceIds: ['ccnnews-365692'],
		confidence: 'medium'
	},

	// --- Seo-gu (Gwangju) ------------------------------------------------------------------------------
	{
		id: 'seo-gu-gwangju-population',
		placeId: 'seo-gu-gwangju',
		measure: 'population',
		value: 280045,
		unitKey: 'unit.people',
		asOf: '2024',
		sourceIds: ['wikipedia-seo-district-gwangju'],
		confidence: 'medium'
	},
	{
		id: 'seo-gu-gwangju-area',
		placeId: 'seo-gu-gwangju',
		measure: 'areaKm2',
		value: 47.74,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikipedia-seo-district-gwangju'],
		confidence: 'medium'
	},
	{
		id: 'seo-gu-gwangju-gnlc',
		placeId: 'seo-gu-gwangju',
		measure: 'gnlcJoined',
		value: 2024,
		unitKey: 'unit.year',
		asOf: '2024-02-14',
		sourceIds: ['unesco-gnlc-2024-02-14'],
		confidence: 'high',
		noteKey: 'note.figure.afterTrip'
	},
	{
		id: 'seo-gu-gwangju-llc',
		placeId: 'seo-gu-gwangju',
		measure: 'nationalLlcDesignated',
		value: 2015,
		unitKey: 'unit.year',
		asOf: '2015',
		sourceIds: ['newscj-3075524'],
		confidence: 'medium'
	},
	noAward('seo-gu-gwangju'),
	{
		id: 'seo-gu-gwangju-courses-per-year',
		placeId: 'seo-gu-gwangju',
		measure: 'infrastructure',
		value: 50,
		unitKey: 'unit.coursesPerYear',
		labelKey: 'figure.seo-gu-gwangju-courses-per-year.label',
		approximateValue: true,
		qualifier: 'moreThan',
		asOf: '2024',
		asOfCirca: true,
		sourceIds: ['uil-profile-seo-gu-gwangju'],
		confidence: 'high'
	},

	// --- Anseong ---------------------------------------------------------------------------------------
	{
		id: 'anseong-population',
		placeId: 'anseong',
		measure: 'population',
		value: 182784,
		unitKey: 'unit.people',
		asOf: '2017',
		sourceIds: ['dtbse-cities-korea'],
		confidence: 'low-medium'
	},
	{
		id: 'anseong-area',
		placeId: 'anseong',
		measure: 'areaKm2',
		value: 553.47,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['dtbse-cities-korea'],
		confidence: 'low-medium'
	},
	{
		id: 'anseong-gnlc',
		placeId: 'anseong',
		measure: 'gnlcJoined',
		value: 2025,
		unitKey: 'unit.year',
		asOf: '2025-12',
		sourceIds: ['seoul-co-kr-2025-12-05'],
		confidence: 'medium',
		noteKey: 'note.figure.afterTrip'
	},
	{
		id: 'anseong-llc',
		placeId: 'anseong',
		measure: 'nationalLlcDesignated',
		value: 2020,
		unitKey: 'unit.year',
		asOf: '2020-05',
		sourceIds: ['heraldcorp-2020-05-24'],
		confidence: 'medium'
	},
	noAward('anseong'),
	{
		id: 'anseong-partner-institutions',
		placeId: 'anseong',
		measure: 'infrastructure',
		value: 100,
		unitKey: 'unit.institutions',
		labelKey: 'figure.anseong-partner-institutions.label',
		approximateValue: true,
		qualifier: 'about',
		asOf: '2025-07',
		sourceIds: ['newspim-2025-07-07'],
		confidence: 'medium'
	},

	// --- Anyang (not in the delegation; shown in its note) --------------------------------------------
	{
		id: 'anyang-population',
		placeId: 'anyang',
		measure: 'population',
		value: 551136,
		unitKey: 'unit.people',
		asOf: '2021-05',
		sourceIds: ['koreaherald-2021-05-07'],
		confidence: 'medium',
		noteKey: 'note.figure.anyangPopulation'
	},
	{
		id: 'anyang-area',
		placeId: 'anyang',
		measure: 'areaKm2',
		value: 58.46,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikipedia-cities-of-south-korea'],
		confidence: 'medium'
	},
	{
		id: 'anyang-gnlc',
		placeId: 'anyang',
		measure: 'gnlcJoined',
		value: null,
		unitKey: 'unit.year',
		asOf: 'undated',
		sourceIds: [],
		confidence: 'low',
		noteKey: 'note.figure.gnlcNoEvidence'
	},
	{
		id: 'anyang-llc',
		placeId: 'anyang',
		measure: 'nationalLlcDesignated',
		value: 2007,
		unitKey: 'unit.year',
		asOf: '2007',
		sourceIds: ['hangyo-22458', 'busan-fnnews-2021-12-01'],
		confidence: 'medium'
	},
	noAward('anyang'),
	{
		id: 'anyang-infrastructure',
		placeId: 'anyang',
		measure: 'infrastructure',
		value: null,
		unitKey: 'unit.count',
		labelKey: 'figure.anyang-infrastructure.label',
		asOf: 'undated',
		sourceIds: ['busan-fnnews-2021-12-01'],
		confidence: 'not found',
		noteKey: 'note.figure.anyangNoCount'
	},

	// --- Buan-gun -------------------------------------------------------------------------------------
	{
		id: 'buan-population',
		placeId: 'buan',
		measure: 'population',
		value: 50615,
		unitKey: 'unit.people',
		asOf: '2022-03',
		sourceIds: ['kiwix-buan-2023-10'],
		confidence: 'medium'
	},
	{
		id: 'buan-population-uil',
		placeId: 'buan',
		measure: 'population',
		value: 50122,
		unitKey: 'unit.people',
		asOf: '2024',
		asOfCirca: true,
		sourceIds: ['uil-profile-buan'],
		confidence: 'high',
		alternativeTo: 'buan-population'
	},
	{
		id: 'buan-area',
		placeId: 'buan',
		measure: 'areaKm2',
		value: 493.35,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['kiwix-buan-2023-10'],
		confidence: 'medium'
	},
	{
		id: 'buan-gnlc',
		placeId: 'buan',
		measure: 'gnlcJoined',
		value: 2024,
		unitKey: 'unit.year',
		asOf: '2024-02-14',
		sourceIds: ['joongdo-2024-02-16', 'unesco-gnlc-2024-02-14'],
		confidence: 'high',
		noteKey: 'note.figure.afterTrip'
	},
	{
		id: 'buan-llc',
		placeId: 'buan',
		measure: 'nationalLlcDesignated',
		value: 2017,
		unitKey: 'unit.year',
		asOf: '2017',
		sourceIds: ['joongdo-2024-02-16'],
		confidence: 'medium',
		noteKey: 'note.figure.buanLlc'
	},
	noAward('buan'),
	{
		id: 'buan-literacy-school-locations',
		placeId: 'buan',
		measure: 'infrastructure',
		value: 18,
		unitKey: 'unit.locations',
		labelKey: 'figure.buan-literacy-school-locations.label',
		asOf: '2024',
		asOfCirca: true,
		sourceIds: ['uil-profile-buan'],
		confidence: 'high',
		noteKey: 'note.figure.buanLiteracy'
	},

	// --- Hamburg ---------------------------------------------------------------------------------------
	{
		id: 'hamburg-population',
		placeId: 'hamburg',
		measure: 'population',
		value: 1853935,
		unitKey: 'unit.people',
		asOf: '2021-12-31',
		sourceIds: ['wikiwand-de-hamburg'],
		confidence: 'medium'
	},
	{
		id: 'hamburg-population-2022',
		placeId: 'hamburg',
		measure: 'population',
		value: 1892122,
		unitKey: 'unit.people',
		asOf: '2022-12-31',
		sourceIds: ['kinderweltreise-hamburg'],
		confidence: 'medium',
		alternativeTo: 'hamburg-population'
	},
	{
		id: 'hamburg-population-uil',
		placeId: 'hamburg',
		measure: 'population',
		value: 1800000,
		unitKey: 'unit.people',
		quote: 'approximately 1.8 million',
		approximateValue: true,
		qualifier: 'about',
		asOf: 'undated',
		sourceIds: ['uil-pageflow-hamburg'],
		confidence: 'high',
		alternativeTo: 'hamburg-population'
	},
	{
		id: 'hamburg-area',
		placeId: 'hamburg',
		measure: 'areaKm2',
		value: 755.09,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikiwand-de-hamburg'],
		confidence: 'medium'
	},
	{
		id: 'hamburg-gnlc',
		placeId: 'hamburg',
		measure: 'gnlcJoined',
		value: 2019,
		unitKey: 'unit.year',
		asOf: '2019-07-18',
		sourceIds: ['uil-hamburg-joins-gnlc-2019'],
		confidence: 'high',
		noteKey: 'note.figure.hamburgGnlc'
	},
	noAward('hamburg', 'note.figure.awardHamburg'),
	{
		id: 'hamburg-esd-masterplan-approved',
		placeId: 'hamburg',
		measure: 'infrastructure',
		value: 2021,
		unitKey: 'unit.year',
		labelKey: 'figure.hamburg-esd-masterplan-approved.label',
		asOf: '2021-06',
		sourceIds: ['uil-pageflow-hamburg'],
		confidence: 'high'
	},
	{
		id: 'hamburg-esd-activities',
		placeId: 'hamburg',
		measure: 'infrastructure',
		value: 100,
		unitKey: 'unit.activities',
		labelKey: 'figure.hamburg-esd-activities.label',
		approximateValue: true,
		qualifier: 'about',
		asOf: '2021/2030',
		sourceIds: ['uil-pageflow-hamburg'],
		confidence: 'high'
	},
	{
		id: 'hamburg-learns-sustainability-projects',
		placeId: 'hamburg',
		measure: 'infrastructure',
		value: 200,
		unitKey: 'unit.projects',
		labelKey: 'figure.hamburg-learns-sustainability-projects.label',
		approximateValue: true,
		qualifier: 'moreThan',
		asOf: '2021/2022',
		sourceIds: ['uil-pageflow-hamburg'],
		confidence: 'high'
	},
	{
		// facts.md gives UIL's page and ajunews for this row without saying which one has the 190; both cited,
		// and medium rather than the row's "high (UIL)".
		id: 'hamburg-renewable-energy-companies',
		placeId: 'hamburg',
		measure: 'infrastructure',
		value: 190,
		unitKey: 'unit.companies',
		labelKey: 'figure.hamburg-renewable-energy-companies.label',
		asOf: '2021/2022',
		sourceIds: ['uil-pageflow-hamburg', 'ajunews-2022-11-20'],
		confidence: 'medium'
	},

	// --- UNESCO Institute for Lifelong Learning (Hamburg) ---------------------------------------------
	{
		id: 'uil-founded',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 1952,
		unitKey: 'unit.year',
		labelKey: 'figure.uil-founded.label',
		asOf: '1952',
		sourceIds: ['uil-70th-anniversary'],
		confidence: 'high'
	},
	{
		id: 'uil-villa-ballin-since',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 1978,
		unitKey: 'unit.year',
		labelKey: 'figure.uil-villa-ballin-since.label',
		asOf: '1978',
		sourceIds: ['uil-heritage-days-tour'],
		confidence: 'high'
	},
	{
		id: 'uil-gnlc-cities-2022',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 294,
		unitKey: 'unit.cities',
		labelKey: 'figure.uil-gnlc-cities-2022.label',
		asOf: '2022',
		sourceIds: ['unesco-bangkok-gnlc-2022'],
		confidence: 'high'
	},
	{
		id: 'uil-gnlc-countries-2022',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 76,
		unitKey: 'unit.countries',
		labelKey: 'figure.uil-gnlc-countries-2022.label',
		asOf: '2022',
		sourceIds: ['unesco-bangkok-gnlc-2022'],
		confidence: 'high'
	},
	{
		// facts.md T1: the 294 members of 2022 include the 77 added that year.
		id: 'uil-gnlc-joined-2022',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 77,
		unitKey: 'unit.cities',
		labelKey: 'figure.uil-gnlc-joined-2022.label',
		asOf: '2022',
		sourceIds: ['unesco-bangkok-gnlc-2022'],
		confidence: 'high'
	},
	{
		// facts.md T6b cites both UIL pages for this row; we cannot tell which one says "nearly 300".
		id: 'uil-gnlc-cities-2022-10',
		placeId: 'uil',
		measure: 'infrastructure',
		value: 300,
		unitKey: 'unit.cities',
		labelKey: 'figure.uil-gnlc-cities-2022.label',
		approximateValue: true,
		qualifier: 'nearly',
		quote: 'nearly 300',
		asOf: '2022-10',
		sourceIds: ['uil-70th-anniversary', 'uil-heritage-days-tour'],
		confidence: 'high',
		alternativeTo: 'uil-gnlc-cities-2022'
	},

	// --- Bonn ------------------------------------------------------------------------------------------
	{
		id: 'bonn-population',
		placeId: 'bonn',
		measure: 'population',
		value: 331885,
		unitKey: 'unit.people',
		asOf: '2021-12-31',
		sourceIds: ['wikiwand-bonn'],
		confidence: 'medium'
	},
	{
		id: 'bonn-area',
		placeId: 'bonn',
		measure: 'areaKm2',
		value: 141.06,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikiwand-bonn'],
		confidence: 'medium'
	},
	{
		id: 'bonn-gnlc',
		placeId: 'bonn',
		measure: 'gnlcJoined',
		value: 2020,
		unitKey: 'unit.year',
		asOf: '2020-09',
		sourceIds: ['bonn-press-2022-11-15'],
		confidence: 'high'
	},
	{
		// Bonn's press release of the visit day (facts.md T1): the chapter's "more than 50" and "three".
		id: 'bonn-korean-gnlc-cities',
		placeId: 'bonn',
		measure: 'infrastructure',
		value: 50,
		unitKey: 'unit.cities',
		labelKey: 'figure.bonn-korean-gnlc-cities.label',
		approximateValue: true,
		qualifier: 'moreThan',
		quote: 'more than 50',
		asOf: '2022-11-15',
		sourceIds: ['bonn-press-2022-11-15'],
		confidence: 'high'
	},
	{
		id: 'bonn-german-gnlc-cities',
		placeId: 'bonn',
		measure: 'infrastructure',
		value: 3,
		unitKey: 'unit.cities',
		labelKey: 'figure.bonn-german-gnlc-cities.label',
		asOf: '2022-11-15',
		sourceIds: ['bonn-press-2022-11-15'],
		confidence: 'high'
	},
	noAward('bonn', 'note.figure.awardBonn'),

	// --- Haus der Bildung, Bonn ------------------------------------------------------------------------
	{
		id: 'bonn-haus-der-bildung-cost',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 26.4,
		unitKey: 'unit.eurMillion',
		labelKey: 'figure.bonn-haus-der-bildung-cost.label',
		asOf: '2015',
		sourceIds: ['ga-bonn-haus-der-bildung-2015', 'trek-zone-altes-stadthaus-bonn'],
		confidence: 'medium'
	},
	{
		id: 'bonn-haus-der-bildung-opened',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 2015,
		unitKey: 'unit.year',
		labelKey: 'figure.bonn-haus-der-bildung-opened.label',
		asOf: '2015-08-21',
		sourceIds: ['ga-bonn-haus-der-bildung-2015', 'trek-zone-altes-stadthaus-bonn'],
		confidence: 'medium'
	},
	{
		id: 'bonn-vhs-visitors',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 30000,
		unitKey: 'unit.visitorsPerYear',
		labelKey: 'figure.bonn-vhs-visitors.label',
		approximateValue: true,
		qualifier: 'about',
		asOf: '2016',
		sourceIds: ['ga-bonn-2016'],
		confidence: 'medium'
	},
	{
		id: 'bonn-vhs-events',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 1350,
		unitKey: 'unit.events',
		labelKey: 'figure.bonn-vhs-events.label',
		asOf: '2015/2016',
		sourceIds: ['ga-bonn-2016'],
		confidence: 'medium'
	},
	{
		id: 'bonn-haus-der-bildung-floor-new',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 4600,
		unitKey: 'unit.m2',
		labelKey: 'figure.bonn-haus-der-bildung-floor-new.label',
		asOf: '2017',
		sourceIds: ['ak-berlin-haus-der-bildung'],
		confidence: 'medium'
	},
	{
		id: 'bonn-haus-der-bildung-floor-old',
		placeId: 'bonn-haus-der-bildung',
		measure: 'infrastructure',
		value: 10700,
		unitKey: 'unit.m2',
		labelKey: 'figure.bonn-haus-der-bildung-floor-old.label',
		asOf: '2017',
		sourceIds: ['ak-berlin-haus-der-bildung'],
		confidence: 'medium'
	},

	// --- Évry-Courcouronnes ----------------------------------------------------------------------------
	{
		id: 'evry-population',
		placeId: 'evry',
		measure: 'population',
		value: 66177,
		unitKey: 'unit.people',
		asOf: '2021',
		sourceIds: ['wikipedia-fr-evry-courcouronnes'],
		confidence: 'medium',
		noteKey: 'note.figure.evryPopulation'
	},
	{
		id: 'evry-area',
		placeId: 'evry',
		measure: 'areaKm2',
		value: 12.7,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikipedia-fr-evry-courcouronnes'],
		confidence: 'medium'
	},
	{
		id: 'evry-gnlc',
		placeId: 'evry',
		measure: 'gnlcJoined',
		value: 2019,
		unitKey: 'unit.year',
		asOf: '2019-07-05',
		sourceIds: ['uil-evry-festival-2020', 'resolis-evry'],
		confidence: 'high'
	},
	{
		// facts.md T6: UIL's archive dates the city's first learning-city event.
		id: 'evry-first-learning-city-event',
		placeId: 'evry',
		measure: 'infrastructure',
		value: 2020,
		unitKey: 'unit.year',
		labelKey: 'figure.evry-first-learning-city-event.label',
		asOf: '2020-09-19',
		sourceIds: ['uil-evry-festival-2020'],
		confidence: 'high'
	},
	noAward('evry'),

	// --- Genopole and Université d'Évry ----------------------------------------------------------------
	{
		id: 'genopole-founded',
		placeId: 'genopole',
		measure: 'infrastructure',
		value: 1998,
		unitKey: 'unit.year',
		labelKey: 'figure.genopole-founded.label',
		asOf: '1998-10-23',
		sourceIds: ['evry-genopole', 'clustercollaboration-genopole', 'genopole-parrains'],
		confidence: 'high'
	},
	{
		id: 'genopole-companies',
		placeId: 'genopole',
		measure: 'infrastructure',
		value: 86,
		unitKey: 'unit.companies',
		labelKey: 'figure.genopole-companies.label',
		asOf: '2017/2019',
		asOfCirca: true,
		sourceIds: ['evry-genopole', 'clustercollaboration-genopole', 'genopole-parrains'],
		confidence: 'high',
		noteKey: 'note.figure.genopoleUndated'
	},
	{
		id: 'genopole-laboratories',
		placeId: 'genopole',
		measure: 'infrastructure',
		value: 19,
		unitKey: 'unit.laboratories',
		labelKey: 'figure.genopole-laboratories.label',
		asOf: '2017/2019',
		asOfCirca: true,
		sourceIds: ['evry-genopole', 'clustercollaboration-genopole', 'genopole-parrains'],
		confidence: 'high',
		noteKey: 'note.figure.genopoleUndated'
	},
	{
		id: 'genopole-platforms',
		placeId: 'genopole',
		measure: 'infrastructure',
		value: 25,
		unitKey: 'unit.platforms',
		labelKey: 'figure.genopole-platforms.label',
		asOf: '2017/2019',
		asOfCirca: true,
		sourceIds: ['evry-genopole', 'clustercollaboration-genopole', 'genopole-parrains'],
		confidence: 'high',
		noteKey: 'note.figure.genopoleUndated'
	},
	{
		id: 'genopole-employees',
		placeId: 'genopole',
		measure: 'infrastructure',
		value: 2500,
		unitKey: 'unit.employees',
		labelKey: 'figure.genopole-employees.label',
		approximateValue: true,
		qualifier: 'about',
		asOf: '2017/2019',
		asOfCirca: true,
		sourceIds: ['evry-genopole', 'clustercollaboration-genopole', 'genopole-parrains'],
		confidence: 'high',
		noteKey: 'note.figure.genopoleUndated'
	},
	{
		id: 'universite-evry-students',
		placeId: 'universite-evry',
		measure: 'infrastructure',
		value: 10000,
		unitKey: 'unit.students',
		labelKey: 'figure.universite-evry-students.label',
		approximateValue: true,
		qualifier: 'about',
		asOf: '2016',
		sourceIds: ['essonneinfo-2016'],
		confidence: 'medium'
	},

	// --- Paris -----------------------------------------------------------------------------------------
	{
		id: 'paris-population',
		placeId: 'paris',
		measure: 'population',
		value: 2175601,
		unitKey: 'unit.people',
		asOf: '2021-01-01',
		sourceIds: ['travelizta-paris'],
		confidence: 'low',
		noteKey: 'note.figure.parisPopulation'
	},
	{
		id: 'paris-area',
		placeId: 'paris',
		measure: 'areaKm2',
		value: 105.4,
		unitKey: 'unit.km2',
		asOf: 'undated',
		sourceIds: ['wikipedia-paris'],
		confidence: 'low'
	},
	{
		id: 'paris-gnlc',
		placeId: 'paris',
		measure: 'gnlcJoined',
		value: null,
		unitKey: 'unit.year',
		asOf: 'undated',
		sourceIds: [],
		confidence: 'low',
		noteKey: 'note.figure.gnlcNoEvidence'
	},
	noAward('paris'),

	// --- Learning Planet Institute (all from its own announcement, December 2021) ----------------------
	{
		id: 'lpi-founded',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 2006,
		unitKey: 'unit.year',
		labelKey: 'figure.lpi-founded.label',
		asOf: '2006',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-campus-area',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 7000,
		unitKey: 'unit.m2',
		labelKey: 'figure.lpi-campus-area.label',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-students',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 2500,
		unitKey: 'unit.students',
		labelKey: 'figure.lpi-students.label',
		approximateValue: true,
		qualifier: 'moreThan',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-pupils',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 35000,
		unitKey: 'unit.pupils',
		labelKey: 'figure.lpi-pupils.label',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-online-learners',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 120000,
		unitKey: 'unit.learners',
		labelKey: 'figure.lpi-online-learners.label',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-online-teachers',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 40000,
		unitKey: 'unit.teachers',
		labelKey: 'figure.lpi-online-teachers.label',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},
	{
		id: 'lpi-teacher-researchers',
		placeId: 'learning-planet-institute',
		measure: 'infrastructure',
		value: 100,
		unitKey: 'unit.teacherResearchers',
		labelKey: 'figure.lpi-teacher-researchers.label',
		approximateValue: true,
		qualifier: 'moreThan',
		asOf: '2021-12',
		sourceIds: ['lpi-2021-12-17'],
		confidence: 'high'
	},

	// --- UNESCO Headquarters ---------------------------------------------------------------------------
	{
		id: 'unesco-hq-inaugurated',
		placeId: 'unesco-hq',
		measure: 'infrastructure',
		value: 1958,
		unitKey: 'unit.year',
		labelKey: 'figure.unesco-hq-inaugurated.label',
		asOf: '1958-11-03',
		sourceIds: ['wikipedia-unesco-hq'],
		confidence: 'medium'
	},
	{
		id: 'unesco-hq-site-area',
		placeId: 'unesco-hq',
		measure: 'infrastructure',
		value: 30350,
		unitKey: 'unit.m2',
		labelKey: 'figure.unesco-hq-site-area.label',
		asOf: 'undated',
		sourceIds: ['wikipedia-unesco-hq'],
		confidence: 'medium'
	}
];
