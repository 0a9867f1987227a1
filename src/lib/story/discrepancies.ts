// Where the seed article (UIL, 30 Nov 2022) and the evidence differ, or where the story had to choose
// (facts.md T7 and "Decisions the story follows"). Kept visible to readers as notes; the text is in the
// catalog under discrepancy.<id>.title / .seed / .evidence / .verdict.
// T7 rows that the evidence simply confirms (Suwon's award, Eunpyeong's 2012 designation, the KALLC chair,
// Sautter's title) are not listed: there is nothing for a reader to reconcile.
import type { Discrepancy } from './types';

function keys(id: string) {
	return {
		titleKey: `discrepancy.${id}.title`,
		seedKey: `discrepancy.${id}.seed`,
		evidenceKey: `discrepancy.${id}.evidence`,
		verdictKey: `discrepancy.${id}.verdict`
	};
}

export const DISCREPANCIES: readonly Discrepancy[] = [
	{
		id: 'seven-not-eight',
		...keys('seven-not-eight'),
		sourceIds: [
			'uil-news-2022-11-30',
			'uil-gnlc-newsletter-2022-12',
			'bonn-press-2022-11-15',
			'gunhoon-2022-11-21',
			'ajunews-2022-11-20',
			'kgnews-726288',
			'gitimes-55339',
			'locallife-1065603210690089'
		]
	},
	{
		id: 'anyang-mayor',
		...keys('anyang-mayor'),
		sourceIds: [
			'uil-news-2022-11-30',
			'gitimes-55339',
			'koreaherald-2021-05-07',
			'koreaherald-2023-03-10',
			'busan-fnnews-2021-12-01'
		]
	},
	{
		id: 'seo-gu-gwangju',
		...keys('seo-gu-gwangju'),
		sourceIds: ['uil-news-2022-11-30', 'uil-profile-seo-gu-gwangju', 'gitimes-55339']
	},
	{
		id: 'gnlc-members-2022',
		...keys('gnlc-members-2022'),
		sourceIds: [
			'uil-news-2022-11-30',
			'uil-pageflow-eunpyeong-2024',
			'uil-gnlc-korea-thirteen',
			'uil-suwon-beyond-borders',
			'theasian-274489',
			'unesco-gnlc-2024-02-14',
			'joongdo-2024-02-16',
			'seoul-co-kr-2025-12-05'
		]
	},
	{
		id: 'hamburg-gnlc-date',
		...keys('hamburg-gnlc-date'),
		sourceIds: ['ajunews-2022-11-20', 'uil-hamburg-joins-gnlc-2019', 'bonn-press-2022-11-15']
	},
	{
		id: 'buan-literacy-centres',
		...keys('buan-literacy-centres'),
		sourceIds: ['uil-news-2022-11-30', 'uil-profile-buan']
	},
	{
		id: 'paris-venue',
		...keys('paris-venue'),
		sourceIds: ['gunhoon-2022-11-21', 'ajunews-2022-11-20', 'kgnews-726288', 'fnnews-2022-11-21']
	},
	{
		id: 'unesco-hq',
		...keys('unesco-hq'),
		sourceIds: ['uil-news-2022-11-30', 'fnnews-2022-11-21']
	},
	{
		id: 'route-order',
		...keys('route-order'),
		sourceIds: [
			'uil-news-2022-11-30',
			'bonn-press-2022-11-15',
			'ajunews-2022-11-20',
			'gunhoon-2022-11-21'
		]
	},
	{
		id: 'travel',
		...keys('travel'),
		sourceIds: ['uil-news-2022-11-30', 'fnnews-2022-11-21']
	}
];
