// The places of the story: the seven delegation cities, Anyang (the seed's stray eighth city), the four host
// cities, the venues visited and three airports for orientation. Coordinates are [lon, lat] (GeoJSON order).
// Ids are a contract: the map, the charts, the outlines in static/geo and the catalog (`place.<id>.name`)
// use them.
import type { Place } from './types';

// The Korean office coordinates come from GitHub data files that facts.md identifies only by a search-index
// id, so there is no address to cite (see sources.ts). They are kept, with that provenance spelled out,
// because the story only shows them at country zoom (≤ 8), where 100 m or even 2 km do not show.
const GITHUB_NOTE = 'Read from a third-party data file on GitHub (no linkable address; facts.md T3)';

export const PLACES: readonly Place[] = [
	// --- The delegation: seven heads of local government (facts.md decision 2, T2, T3) -------------------
	{
		id: 'eunpyeong',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Eunpyeong-gu',
		nameKo: '은평구',
		lonLat: [126.9292, 37.6027],
		approximate: false,
		// Other data files put the office up to ~1.7 km away (facts.md T3): say so rather than imply precision.
		precisionM: 1700,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote: `${GITHUB_NOTE}, search-index id 21124905980, an entry tagged “은평구청”. Single file; other files disagree by up to about 1.7 km.`,
		address: '서울 은평구 은평로 195 (Nokbeon-dong)',
		addressSourceIds: ['nomang-302'],
		head: {
			name: 'Kim Mi-kyung',
			nameKo: '김미경',
			nameRR: 'Gim Mi-gyeong',
			nameAlt: ['Me Kyung Kim'],
			roleKey: 'role.districtHead',
			sourceIds: ['gitimes-55339', 'uil-pageflow-eunpyeong-2024']
		},
		outlineId: 'eunpyeong'
	},
	{
		id: 'gwangmyeong',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Gwangmyeong',
		nameKo: '광명시',
		lonLat: [126.8644, 37.4786],
		approximate: false,
		precisionM: 150,
		coordSourceIds: [],
		coordConfidence: 'medium',
		coordNote: `${GITHUB_NOTE}: three files agree within about 150 m (search-index ids 59394434463, 51951849079, 21774607354). Address from id 53876604486.`,
		address: '경기 광명시 시청로 20',
		head: {
			name: 'Park Seung-won',
			nameKo: '박승원',
			nameRR: 'Bak Seung-won',
			nameAlt: ['Seungwon Park'],
			roleKey: 'role.mayor',
			sourceIds: ['gitimes-55339', 'wikipedia-gwangmyeong', 'mt-2022-09-22']
		},
		outlineId: 'gwangmyeong'
	},
	{
		id: 'suwon',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Suwon',
		nameKo: '수원시',
		lonLat: [127.0287, 37.2635],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'medium',
		coordNote: `${GITHUB_NOTE}: three independent files agree (search-index ids 70946831763, 55823195435, 61327284673). Address not sourced.`,
		head: {
			// Spelt as UIL ("Jae Joon Lee") and the Korea Herald write it; facts.md T1 also has "Lee Jae-jun".
			name: 'Lee Jae-joon',
			nameKo: '이재준',
			nameRR: 'I Jae-jun',
			nameAlt: ['Lee Jae-jun', 'Jae Joon Lee'],
			roleKey: 'role.mayor',
			sourceIds: ['gitimes-55339', 'kgnews-726288', 'koreaherald-10412693']
		},
		outlineId: 'suwon'
	},
	{
		id: 'gongju',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Gongju',
		nameKo: '공주시',
		lonLat: [127.119, 36.4466],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote: `${GITHUB_NOTE}: an office table, search-index id 51951849079; single source. Address from id 30214661726.`,
		address: '충남 공주시 봉황로 1',
		head: {
			name: 'Choi Won-cheol',
			nameKo: '최원철',
			nameRR: 'Choe Won-cheol',
			nameAlt: ['Won Cheol Choi'],
			roleKey: 'role.mayor',
			sourceIds: ['gitimes-55339', 'joongdo-2024-08-01']
		},
		outlineId: 'gongju'
	},
	{
		id: 'seo-gu-gwangju',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Seo-gu (Gwangju)',
		nameKo: '광주광역시 서구',
		lonLat: [126.89027, 35.15197],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'medium',
		coordNote: `${GITHUB_NOTE}: road-address geocoder output in search-index id 45681747666 (x=126.890274956, y=35.151969656) for the office address, which the district's own site confirms.`,
		address: '광주 서구 경열로 33 (Nongseong-dong)',
		addressSourceIds: ['seogu-gwangju-en'],
		head: {
			name: 'Kim I-gang',
			nameKo: '김이강',
			nameRR: 'Gim I-gang',
			nameAlt: ['I-Gang Kim', 'I Gang Kim'],
			roleKey: 'role.districtHead',
			sourceIds: ['gitimes-55339', 'uil-profile-seo-gu-gwangju']
		},
		outlineId: 'seo-gu-gwangju'
	},
	{
		id: 'anseong',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Anseong',
		nameKo: '안성시',
		lonLat: [127.2798, 37.008],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote: `${GITHUB_NOTE}: an office table, search-index id 51951849079; single source. Address not sourced.`,
		head: {
			name: 'Kim Bo-ra',
			nameKo: '김보라',
			nameRR: 'Gim Bo-ra',
			nameAlt: ['Bora Kim'],
			roleKey: 'role.mayor',
			sourceIds: ['gitimes-55339', 'seoul-co-kr-2025-12-05']
		},
		outlineId: 'anseong'
	},
	{
		id: 'buan',
		kind: 'delegation-city',
		country: 'KR',
		name: 'Buan-gun',
		nameKo: '부안군',
		lonLat: [126.733, 35.7318],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote: `${GITHUB_NOTE}: an office table, search-index id 51951849079; single source. Another file places the office in Buan-eup (id 6217435459).`,
		head: {
			name: 'Kwon Ik-hyeon',
			nameKo: '권익현',
			nameRR: 'Gwon Ik-hyeon',
			nameAlt: ['Ig-Hyeon Kweon', 'Ig Hyeon Kweon'],
			roleKey: 'role.countyHead',
			sourceIds: ['gitimes-55339', 'uil-profile-buan']
		},
		outlineId: 'buan'
	},

	// --- Anyang: listed by the seed, not in the delegation (decision 2, T7 #1-2) ------------------------
	{
		id: 'anyang',
		kind: 'discrepancy-city',
		country: 'KR',
		name: 'Anyang',
		nameKo: '안양시',
		lonLat: [126.9568, 37.3943],
		approximate: false,
		coordSourceIds: [],
		coordConfidence: 'medium-low',
		coordNote: `${GITHUB_NOTE}: search-index ids 51951849079 and 61150357109 agree; id 58567839150 gives 37.39486, 126.95676. Address from id 68365402814.`,
		address: '안양시 시민대로 235',
		head: {
			// The seed gives Anyang's mayor as "Won Cheol Choi", which is Gongju's mayor. Choi Dae-ho is reported
			// as mayor in May 2021 and March 2023, so in office in November 2022 is inferred (medium).
			name: 'Choi Dae-ho',
			nameKo: '최대호',
			nameRR: 'Choe Dae-ho',
			roleKey: 'role.mayor',
			sourceIds: ['koreaherald-2021-05-07', 'koreaherald-2023-03-10', 'busan-fnnews-2021-12-01']
		},
		outlineId: 'anyang'
	},

	// --- Host cities: Natural Earth populated places (Évry is not in it) --------------------------------
	{
		id: 'hamburg',
		kind: 'host-city',
		country: 'DE',
		name: 'Hamburg',
		lonLat: [9.99805, 53.55197],
		approximate: false,
		coordSourceIds: ['natural-earth'],
		coordConfidence: 'medium',
		coordNote: 'Natural Earth populated place “Hamburg” (city point, not a building).',
		head: {
			name: 'Peter Tschentscher',
			roleKey: 'role.firstMayor',
			sourceIds: ['wikiwand-de-hamburg']
		},
		outlineId: 'hamburg'
	},
	{
		id: 'bonn',
		kind: 'host-city',
		country: 'DE',
		name: 'Bonn',
		lonLat: [7.08002, 50.72046],
		approximate: false,
		coordSourceIds: ['natural-earth'],
		coordConfidence: 'medium',
		coordNote: 'Natural Earth populated place “Bonn” (city point, not a building).',
		head: {
			name: 'Katja Dörner',
			roleKey: 'role.lordMayor',
			sourceIds: ['wikiwand-bonn']
		},
		outlineId: 'bonn'
	},
	{
		id: 'evry',
		kind: 'host-city',
		country: 'FR',
		name: 'Évry-Courcouronnes',
		// Natural Earth's populated places have no Évry (checked in geo-src), so the city point is the commune
		// coordinate of French Wikipedia, which sits on the hôtel de ville (facts.md T4).
		lonLat: [2.42957, 48.62383],
		approximate: false,
		coordSourceIds: ['etudier-evry', 'nearbywiki-evry-cathedral'],
		coordConfidence: 'medium-low',
		coordNote:
			'Not in Natural Earth’s populated places. The commune coordinate of the French Wikipedia article on Évry (read in a copy), on the hôtel de ville block; the cathedral next door is listed at 48.62361, 2.42861.',
		head: {
			name: 'Stéphane Beaudet',
			roleKey: 'role.mayor',
			sourceIds: ['wikipedia-fr-evry-courcouronnes']
		},
		outlineId: 'evry'
	},
	{
		id: 'paris',
		kind: 'host-city',
		country: 'FR',
		name: 'Paris',
		lonLat: [2.33139, 48.86864],
		approximate: false,
		coordSourceIds: ['natural-earth'],
		coordConfidence: 'medium',
		coordNote: 'Natural Earth populated place “Paris” (city point, not a building).',
		outlineId: 'paris'
	},

	// --- Venues (facts.md T4; decision 6 for the approximate ones) --------------------------------------
	{
		id: 'hamburg-rathaus',
		kind: 'venue',
		country: 'DE',
		name: 'Hamburg City Hall (Rathaus)',
		lonLat: [9.99222, 53.55028],
		approximate: false,
		coordSourceIds: ['wikipedia-hamburg-rathaus', 'waymarking-rathaus-hamburg'],
		coordConfidence: 'medium',
		coordNote: 'Wikipedia coordinate (read in a mirror); Waymarking gives a point about 20 m away.',
		address: 'Rathausmarkt 1, Hamburg',
		addressSourceIds: ['wikipedia-hamburg-rathaus'],
		cityId: 'hamburg'
	},
	{
		id: 'uil',
		kind: 'venue',
		country: 'DE',
		name: 'UNESCO Institute for Lifelong Learning (Villa Ballin)',
		lonLat: [9.994, 53.5673],
		approximate: true,
		precisionM: 200,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate placed from the street address (Feldbrunnenstraße 58), about ±200 m; not geocoded from a source (facts.md T4, decision 6).',
		address: 'Feldbrunnenstraße 58, 20148 Hamburg-Rotherbaum',
		addressSourceIds: ['denkmaltag-hamburg-villa-ballin', 'wikipedia-de-feldbrunnenstrasse'],
		cityId: 'hamburg'
	},
	{
		id: 'bonn-altes-rathaus',
		kind: 'venue',
		country: 'DE',
		name: 'Bonn Old Town Hall (Altes Rathaus)',
		lonLat: [7.1023, 50.7351],
		approximate: true,
		// facts.md T4 gives no radius for this estimate; decision 6 puts all the estimates at about ±200 m.
		precisionM: 200,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate placed from the street address (Markt 2), about ±200 m; not geocoded from a source (facts.md T4, decision 6).',
		address: 'Markt 2, Bonn',
		addressSourceIds: ['iq-holiday-bonn'],
		// Bürgermeisterin Sautter received the delegation here (Bonn press release).
		head: {
			name: 'Dr. Ursula Sautter',
			roleKey: 'role.bonnBuergermeisterin',
			sourceIds: ['bonn-press-2022-11-15']
		},
		cityId: 'bonn'
	},
	{
		id: 'bonn-haus-der-bildung',
		kind: 'venue',
		country: 'DE',
		name: 'Haus der Bildung, Bonn',
		lonLat: [7.0985, 50.735],
		approximate: true,
		precisionM: 200,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate placed from the street address (Mülheimer Platz 1), about ±200 m; not geocoded from a source (facts.md T4, decision 6).',
		address: 'Mülheimer Platz 1, 53111 Bonn',
		addressSourceIds: ['ak-berlin-haus-der-bildung'],
		cityId: 'bonn'
	},
	{
		id: 'evry-hotel-de-ville',
		kind: 'venue',
		country: 'FR',
		name: 'Évry-Courcouronnes City Hall (Hôtel de ville)',
		lonLat: [2.42957, 48.62383],
		approximate: false,
		coordSourceIds: ['etudier-evry', 'nearbywiki-evry-cathedral'],
		coordConfidence: 'medium-low',
		coordNote:
			'The commune coordinate of the French Wikipedia article on Évry (read in a copy), whose infobox photo is the hôtel de ville; consistent with the town-hall and cathedral block (cathedral at 48.62361, 2.42861).',
		address: 'Place des Droits de l’Homme et du Citoyen, Évry-Courcouronnes',
		addressSourceIds: ['resolis-evry'],
		cityId: 'evry'
	},
	{
		id: 'genopole',
		kind: 'venue',
		country: 'FR',
		name: 'Genopole',
		lonLat: [2.443, 48.623],
		approximate: true,
		precisionM: 500,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate of the campus location, about ±500 m; no address or coordinate was sourced (facts.md T4, decision 6).',
		cityId: 'evry'
	},
	{
		id: 'universite-evry',
		kind: 'venue',
		country: 'FR',
		name: 'Université d’Évry',
		lonLat: [2.4335, 48.6265],
		approximate: true,
		precisionM: 400,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate of the campus location, about ±400 m; no address or coordinate was sourced (facts.md T4, decision 6).',
		cityId: 'evry'
	},
	{
		id: 'learning-planet-institute',
		kind: 'venue',
		country: 'FR',
		name: 'Learning Planet Institute',
		lonLat: [2.3613, 48.8531],
		approximate: true,
		precisionM: 100,
		coordSourceIds: [],
		coordConfidence: 'low',
		coordNote:
			'Estimate placed from the street address (rue Charles V), about ±100 m; not geocoded from a source (facts.md T4, decision 6).',
		address: '8 bis rue Charles V, 75004 Paris (also given as 8–10)',
		addressSourceIds: ['profilpelajar-lpi', 'wikipedia-cri'],
		cityId: 'paris'
	},
	{
		id: 'unesco-hq',
		kind: 'venue',
		country: 'FR',
		name: 'UNESCO Headquarters',
		lonLat: [2.30611, 48.84944],
		approximate: false,
		coordSourceIds: ['wikipedia-unesco-hq'],
		coordConfidence: 'medium',
		coordNote: 'Wikipedia coordinate (shown in a mirror of the French article).',
		address: '7 place de Fontenoy, Paris',
		addressSourceIds: ['wikipedia-unesco-hq'],
		cityId: 'paris'
	},

	// --- Airports: orientation only; no source names the flights (decision 5) ---------------------------
	{
		id: 'icn',
		kind: 'airport',
		country: 'KR',
		name: 'Incheon International Airport',
		lonLat: [126.451, 37.4691],
		approximate: false,
		coordSourceIds: ['ourairports-rksi'],
		coordConfidence: 'medium',
		noteKey: 'note.place.airportAssumed'
	},
	{
		id: 'fra',
		kind: 'airport',
		country: 'DE',
		name: 'Frankfurt Airport',
		lonLat: [8.57056, 50.03333],
		approximate: false,
		coordSourceIds: ['ourairports-eddf'],
		coordConfidence: 'medium',
		noteKey: 'note.place.airportAssumed'
	},
	{
		id: 'cdg',
		kind: 'airport',
		country: 'FR',
		name: 'Paris-Charles de Gaulle Airport',
		lonLat: [2.55, 49.0128],
		approximate: false,
		coordSourceIds: ['ourairports-lfpg'],
		coordConfidence: 'medium',
		noteKey: 'note.place.airportAssumed'
	}
];
