// Every source the story's data rests on, from data/facts/facts.md. Records elsewhere point here by id.
//
// Conventions (so the data page can be read without this file):
// - `url` is the address that was read, except where facts.md says the page read was a mirror, copy or
//   translation of a named page: then `url` is that canonical page and `note` gives the copy that was read.
//   A page's current version may differ from the copy we read, which is why the copy is kept in the note.
// - `title` in [square brackets] is our description: the page's own headline was not recorded in facts.md and
//   we do not make one up. A title without brackets is the page's title as known from the seed, from facts.md
//   or from the words of its address (with only accents and punctuation restored).
// - `date` is the publication date where facts.md or the address itself gives it (many Korean news addresses
//   carry it, e.g. ajunews …/20221120…); otherwise 'undated'.
// - http:// only where the address read was http and no https copy is known; those ids are listed in
//   HTTP_ONLY_SOURCE_IDS below and validate.ts rejects any other http address. Hosts that serve the same
//   site over https elsewhere in facts.md (uil.unesco.org, koreaherald.com, general-anzeiger-bonn.de,
//   wikipedia.org) were upgraded to https.
// - The Korean office coordinates in facts.md T3 come from GitHub data files known only by a search-index id,
//   with no address to link; they are not sources here. places.ts explains each in `coordNote`.
import type { Source } from './types';

export const SOURCES: readonly Source[] = [
	// --- The seed and the geodata -------------------------------------------------------------------------
	{
		id: 'uil-news-2022-11-30',
		title:
			'Mayors from the Republic of Korea visit UNESCO learning cities in Germany and France for strategic exchange',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://www.uil.unesco.org/en/articles/mayors-republic-korea-visit-unesco-learning-cities-germany-and-france-strategic-exchange',
		date: '2022-11-30',
		note: 'The seed article of this story. facts.md records no address for it (its full text was not in the research corpus); this is the article’s address on the UIL site.'
	},
	{
		id: 'natural-earth',
		title: 'Natural Earth: 1:10m Cultural Vectors, Populated Places',
		publisher: 'Natural Earth',
		url: 'https://www.naturalearthdata.com',
		date: '2017-11',
		note: 'Public domain. Read from the GeoJSON conversion martynafford/natural-earth-geojson (files dated 2017-11, about Natural Earth v4.0); the host-city points come from its populated places layer.'
	},

	// --- The trip (facts.md T1) ---------------------------------------------------------------------------
	{
		id: 'gunhoon-2022-11-21',
		title: '[Report on the KALLC Korea–Europe Learning City Exchange Summit, 13–17 November 2022]',
		publisher: 'gunhoon.com',
		url: 'https://www.gunhoon.com/news/16003',
		date: '2022-11-21'
	},
	{
		id: 'ajunews-2022-11-20',
		title: '[Report on the Korea–Europe Learning City Exchange Summit, day by day]',
		publisher: 'Aju Business Daily (아주경제)',
		url: 'https://m.ajunews.com/amp/20221120105250792',
		date: '2022-11-20'
	},
	{
		id: 'kgnews-726288',
		title: '[Report on the summit: seven heads of member local governments, 13–17 November 2022]',
		publisher: 'Kyeonggi Shinmun (경기신문)',
		url: 'https://m.kgnews.co.kr/news/article.html?no=726288',
		date: 'undated',
		note: 'Publication date not recorded in facts.md; the article reports on the November 2022 trip. It names Paris City Hall where other reports name the Learning Planet Institute.'
	},
	{
		id: 'gitimes-55339',
		title: '[Report on the 2023 evaluation forum of the summit in Gongju, listing the seven participants]',
		publisher: 'gitimes.com',
		url: 'https://gitimes.com/55339',
		date: '2023'
	},
	{
		id: 'locallife-1065603210690089',
		title: '[Suwon mayor’s account of the delegation: Gwangmyeong, Anseong, Gwangju Seo-gu, Eunpyeong, Buan and host Gongju]',
		publisher: 'locallife.news',
		url: 'https://m.locallife.news/news/view/1065603210690089',
		date: 'undated'
	},
	{
		id: 'uil-gnlc-newsletter-2022-12',
		title: '[UNESCO Global Network of Learning Cities newsletter, December 2022]',
		publisher: 'UNESCO Institute for Lifelong Learning (newsletter archive)',
		url: 'https://us12.campaign-archive.com/?u=aebf51bce1587180e03069025&id=be25c2bc98',
		date: '2022-12',
		note: 'The stored copy cuts off after “mayors from seven Ko…”.'
	},
	{
		id: 'bonn-press-2022-11-15',
		title: 'Delegation lernender Städte aus Korea zu Austausch in Bonn',
		titleLang: 'de',
		publisher: 'Bundesstadt Bonn (press release)',
		url: 'https://www.bonn.de/pressemitteilungen/november-2022/delegation-lernender-staedte-aus-korea-zu-austausch-in-bonn.php',
		date: '2022-11-15',
		note: 'The stored text is cut off after the Volkshochschule in the description of the Haus der Bildung.'
	},
	{
		id: 'mt-2022-09-22',
		title: '[Report naming Gwangmyeong mayor Park Seung-won as chair of KALLC]',
		publisher: 'Money Today (머니투데이)',
		url: 'https://m.mt.co.kr/renew/view_amp.html?no=2022092223523959379',
		date: '2022-09-22'
	},
	{
		id: 'unesco-bangkok-gnlc-2022',
		title: '[UNESCO announces the addition of 77 cities worldwide to its Global Network of Learning Cities (GNLC), 2022]',
		publisher: 'UNESCO Bangkok (UNESCO web archive)',
		url: 'https://webarchive.unesco.org/web/20221005010210/https://bangkok.unesco.org/content/unesco-announces-addition-77-cities-worldwide-its-global-network-learning-cities-gnlc-2022',
		date: '2022'
	},
	{
		id: 'fnnews-2022-11-21',
		title: '[Report on Gwangmyeong mayor Park Seung-won’s learning-city visit to Germany and France]',
		publisher: 'Financial News (파이낸셜뉴스)',
		url: 'https://fnnews.com/news/202211211650435991',
		date: '2022-11-21'
	},

	// --- Korean heads of local government (facts.md T2) --------------------------------------------------
	{
		id: 'uil-pageflow-eunpyeong-2024',
		title: 'UNESCO Learning City Awardee 2024: Eunpyeong-gu, Republic of Korea',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://unesco-uil.pageflow.io/unesco-learning-city-awardee-2024-eunpyeong-gu-republic-of-korea',
		date: '2024'
	},
	{
		id: 'wikipedia-gwangmyeong',
		title: 'Gwangmyeong',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Gwangmyeong',
		date: 'undated',
		note: 'Read in a translated copy: https://arc.ask3.ru/arc/aa/4b/6a/4ba62938b9c3dd3e5d8405ba69791c6a__translat.html'
	},
	{
		id: 'koreaherald-10412693',
		title: '[Korea Herald article on Suwon and its mayor Lee Jae-joon]',
		publisher: 'The Korea Herald',
		url: 'https://www.koreaherald.com/article/10412693',
		date: 'undated'
	},
	{
		id: 'joongdo-2024-08-01',
		title: '[Report on Gongju as an excellent lifelong learning city, 2024]',
		publisher: 'Joongdo Ilbo (중도일보)',
		url: 'https://www.joongdo.co.kr/web/view.php?key=20240801010000138',
		date: '2024-08-01'
	},
	{
		id: 'uil-profile-seo-gu-gwangju',
		title: '[UNESCO learning city profile: Seo-gu, Gwangju]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://www.uil.unesco.org/en/learning-cities/seo-gu-gwangju',
		date: 'undated',
		note: 'Undated profile (about 2024). Read in a copy: https://ethicalmarketingnews.com/?feed-stats-url=aHR0cDovL3d3dy51aWwudW5lc2NvLm9yZy9lbi9sZWFybmluZy1jaXRpZXMvc2VvLWd1LWd3YW5nanU%3D&feed-stats-url-post-id=59646'
	},
	{
		id: 'seoul-co-kr-2025-12-05',
		title: '[Report on Anseong joining the UNESCO Global Network of Learning Cities]',
		publisher: 'Seoul Shinmun (서울신문)',
		url: 'https://go.seoul.co.kr/news/newsView.php?id=20251205500144',
		date: '2025-12-05'
	},
	{
		id: 'koreaherald-2023-03-10',
		title: '[Korea Herald article naming Anyang mayor Choi Dae-ho]',
		publisher: 'The Korea Herald',
		url: 'https://www.koreaherald.com/view.php?ud=20230310000122',
		date: '2023-03-10'
	},
	{
		id: 'koreaherald-2021-05-07',
		title: '[Korea Herald article on Anyang and its mayor Choi Dae-ho]',
		publisher: 'The Korea Herald',
		url: 'https://www.koreaherald.com/view.php?ud=20210507000656',
		date: '2021-05-07',
		note: 'Read at the http:// address; the Korea Herald serves the same page over https.'
	},
	{
		id: 'busan-fnnews-2021-12-01',
		title: '[Report on Anyang mayor Choi Dae-ho (최대호) and the city’s lifelong learning]',
		publisher: 'Financial News, Busan edition (파이낸셜뉴스)',
		url: 'https://busan.fnnews.com/news/202112011042515136',
		date: '2021-12-01'
	},
	{
		id: 'uil-profile-buan',
		title: '[UNESCO learning city profile: Buan]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://www.uil.unesco.org/en/learning-cities/buan',
		date: 'undated',
		note: 'Undated profile (about 2024). Read in a copy: https://ethicalmarketingnews.com/?feed-stats-url=aHR0cDovL3d3dy51aWwudW5lc2NvLm9yZy9lbi9sZWFybmluZy1jaXRpZXMvYnVhbg%3D%3D&feed-stats-url-post-id=59646'
	},

	// --- Coordinates and addresses (facts.md T3, T4) -----------------------------------------------------
	{
		id: 'nomang-302',
		title: '[Address of the Eunpyeong-gu Office: 은평로 195]',
		publisher: 'nomang.net',
		url: 'https://nomang.net/302',
		date: 'undated'
	},
	{
		id: 'seogu-gwangju-en',
		title: '[Seo-gu Office, Gwangju: English site, address page]',
		publisher: 'Seo-gu Office, Gwangju',
		url: 'https://www.seogu.gwangju.kr/eng/index.9is?contentUid=40284849518fe88a01519e5df7110891',
		date: 'undated'
	},
	{
		id: 'ourairports-rksi',
		title: '[OurAirports record RKSI: Incheon International Airport]',
		publisher: 'OurAirports',
		url: 'https://ourairports.com/airports/RKSI/',
		date: 'undated',
		note: 'Public domain dataset, read in a GitHub copy of its airports table (search-index id 56415937319).'
	},
	{
		id: 'ourairports-eddf',
		title: '[OurAirports record EDDF: Frankfurt am Main Airport]',
		publisher: 'OurAirports',
		url: 'https://ourairports.com/airports/EDDF/',
		date: 'undated',
		note: 'Read in a GitHub copy in OurAirports format (search-index id 57523539466); another copy gives 50.026706, 8.55835.'
	},
	{
		id: 'ourairports-lfpg',
		title: '[OurAirports record LFPG: Paris-Charles de Gaulle Airport]',
		publisher: 'OurAirports',
		url: 'https://ourairports.com/airports/LFPG/',
		date: 'undated',
		note: 'Read in a GitHub copy of the OurAirports table (search-index id 70967805281).'
	},
	{
		id: 'wikipedia-hamburg-rathaus',
		title: 'Hamburg Rathaus',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Hamburg_Rathaus',
		date: 'undated',
		note: 'Read in a mirror (http only): http://piglix.com/piglix/Hamburg_Rathaus'
	},
	{
		id: 'waymarking-rathaus-hamburg',
		title: 'Rathaus Hamburg, Germany',
		publisher: 'Waymarking.com',
		url: 'https://www.waymarking.com/waymarks/WMR9GG_Rathaus_Hamburg_Germany',
		date: 'undated',
		note: 'Gives N53°33.032 E009°59.551 (53.55053, 9.99252), about 20 m from the Wikipedia coordinate.'
	},
	{
		id: 'iq-holiday-bonn',
		title: '[Hotel am Hohenzollernplatz, Bonn: nearby places, with the Altes Rathaus at Markt 2]',
		publisher: 'iq-holiday.com',
		url: 'https://iq-holiday.com/akzent/hotel-am-hohenzollernplatz/GeoContent?uuid=fb247308-b34d-4ec3-9882-0d997c3e8d5b&menuItemUuid=4ea1ce7f-8f89-4cf8-b68f-c332abb0ce81',
		date: 'undated'
	},
	{
		id: 'ak-berlin-haus-der-bildung',
		title: '[Haus der Bildung Bonn, in “DA Architektur in und aus Berlin 2017”]',
		publisher: 'Architektenkammer Berlin',
		url: 'https://www.ak-berlin.de/baukultur/da-architektur-in-und-aus-berlin/projekte-da-2017/projekt/haus-der-bildung-bonn.html',
		date: '2017'
	},
	{
		id: 'denkmaltag-hamburg-villa-ballin',
		title: 'Villa Ballin',
		titleLang: 'de',
		publisher: 'Tag des offenen Denkmals Hamburg',
		url: 'https://denkmaltag-hamburg.de/villa-ballin/',
		date: 'undated'
	},
	{
		id: 'wikipedia-de-feldbrunnenstrasse',
		title: 'Feldbrunnenstraße',
		titleLang: 'de',
		publisher: 'Wikipedia (German)',
		url: 'https://de.wikipedia.org/wiki/Feldbrunnenstra%C3%9Fe',
		date: 'undated'
	},
	{
		id: 'etudier-evry',
		title: 'Evry',
		publisher: 'etudier.com',
		url: 'http://www.etudier.com/dissertations/Evry/222844.html',
		date: 'undated',
		note: 'A copy of the French Wikipedia article on Évry: its infobox coordinate is the commune point, and the infobox photo shows the hôtel de ville.'
	},
	{
		id: 'nearbywiki-evry-cathedral',
		title: '[Évry Cathedral, next to the hôtel de ville]',
		publisher: 'NearbyWiki',
		url: 'https://en.nearbywiki.org/detail/13182282',
		date: 'undated',
		note: 'Gives the cathedral at 48.62361, 2.42861, about 80 m from the hôtel de ville coordinate.'
	},
	{
		id: 'resolis-evry',
		title: 'Évry-Courcouronnes, membre du réseau mondial des villes apprenantes de l’UNESCO',
		titleLang: 'fr',
		publisher: 'RESOLIS',
		url: 'https://resolis.org/?initiative=evry-courcouronnes-membre-du-reseau-mondial-des-villes-apprenantes-de-l-unesco',
		date: 'undated'
	},
	{
		id: 'profilpelajar-lpi',
		title: 'Learning Planet Institute',
		publisher: 'profilpelajar.com',
		url: 'https://profilpelajar.com/fr/Learning_Planet_Institute',
		date: 'undated'
	},
	{
		id: 'wikipedia-cri',
		title: 'Center for Research and Interdisciplinarity',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Center_for_Research_and_Interdisciplinarity',
		date: 'undated'
	},
	{
		id: 'wikipedia-unesco-hq',
		title: 'UNESCO Headquarters',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/UNESCO_Headquarters',
		date: 'undated',
		note: 'The coordinates were read in a mirror of the French article: https://nzt-eth.ipns.dweb.link/wiki/Maison_de_l%27UNESCO.html'
	},

	// --- Korean cities: figures (facts.md T5, T5b) ------------------------------------------------------
	{
		id: 'wiki1-eunpyeong',
		title: '은평구',
		titleLang: 'ko',
		publisher: 'wiki1.kr',
		url: 'http://wiki1.kr/index.php?oldid=650148&title=%EC%9D%80%ED%8F%89%EA%B5%AC',
		date: 'undated',
		note: 'Revision 650148 of the Korean wiki page on Eunpyeong-gu.'
	},
	{
		id: 'wikizero-gu-of-seoul',
		title: 'Gu of Seoul',
		publisher: 'WikiZero (copy of English Wikipedia)',
		url: 'https://wikizero.net/wiki/en/Gu_of_Seoul',
		date: 'undated'
	},
	{
		id: 'uil-city-eunpyeong',
		title: '[UNESCO learning city profile: Eunpyeong-gu]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/city/eunpyeong-gu',
		date: 'undated'
	},
	{
		id: 'uil-gnlc-korea-thirteen',
		title: '[Thirteen more Korean cities join the UNESCO Global Network of Learning Cities]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-republic-korea-additional-thirteen-korean-cities',
		date: '2016'
	},
	{
		id: 'kmaeil-200501',
		title: '[Report on Gwangmyeong, Korea’s first lifelong learning city (1999 declaration, 2001 designation)]',
		publisher: 'kmaeil.com',
		url: 'https://www.kmaeil.com/news/articleView.html?idxno=200501',
		date: 'undated'
	},
	{
		id: 'kiwix-suwon-city-hall-2023-10',
		title: 'Suwon City Hall',
		publisher: 'Wikipedia (English), Kiwix snapshot of October 2023',
		url: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Suwon_City_Hall',
		date: '2023-10'
	},
	{
		id: 'uil-suwon-beyond-borders',
		title: '[Learning cities in Korea: Suwon engages beyond its city borders]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-korea-suwon-engages-beyond-its-city-borders',
		date: 'undated'
	},
	{
		id: 'uil-learning-city-award',
		title: 'UNESCO Learning City Award',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award',
		date: 'undated',
		note: 'Read at the http:// address; uil.unesco.org serves its pages over https. The 2015, 2017 and 2021 award lists were checked; the 2019 list was not.'
	},
	{
		id: 'wowtv-2017-09-13',
		title: '[Yonhap report on Suwon: GNLC member since May 2016]',
		publisher: 'Korea Economic TV (Yonhap)',
		url: 'https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20170913166600061',
		date: '2017-09-13'
	},
	{
		id: 'asiae-2021-05-18',
		title: '[Report on Suwon’s lifelong learning city re-designation (designated 2005)]',
		publisher: 'Asia Economy (아시아경제)',
		url: 'https://view.asiae.co.kr/realtime/sokbo_viewNew.htm?idxno=2021051808480382262',
		date: '2021-05-18'
	},
	{
		id: 'wikixio-kongju',
		title: 'Kongju',
		publisher: 'wiki.x.io (copy of English Wikipedia)',
		url: 'http://en.m.wiki.x.io/wiki/Kongju',
		date: 'undated'
	},
	{
		id: 'theasian-274489',
		title: '[Report on Gongju joining the UNESCO Global Network of Learning Cities, 2020]',
		publisher: 'The AsiaN (Korean edition)',
		url: 'http://kor.theasian.asia/archives/274489',
		date: 'undated'
	},
	{
		id: 'ccnewsq-216107',
		title: '[Report on Gongju passing the 2021 lifelong learning city re-designation review]',
		publisher: 'ccnewsq.com',
		url: 'http://ccnewsq.com/html/view.html?idx=216107',
		date: 'undated'
	},
	{
		id: 'wikipedia-seo-district-gwangju',
		title: 'Seo District, Gwangju',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Seo_District,_Gwangju',
		date: 'undated',
		note: 'Read in a translated copy (figures from MOIS, 2024): https://jmedia.wiki/%E5%8C%BA/Seo_District,_Gwangju'
	},
	{
		id: 'unesco-gnlc-2024-02-14',
		title: '[Nanjing and Suzhou (China), along with Buan, Seo-gu (Gwangju) and Hanam (Republic of Korea), joined the UNESCO Global Network of Learning Cities]',
		publisher: 'UNESCO (UNESCO web archive)',
		url: 'https://webarchive.unesco.org/web/20240317201143/https://www.unesco.org/en/articles/nanjing-and-suzhou-china-along-buan-seo-gu-gwangju-and-hanam-republic-korea-joined-unesco-global',
		date: '2024-02-14'
	},
	{
		id: 'newscj-3075524',
		title: '[Report on Gwangju Seo-gu as a lifelong learning city since 2015]',
		publisher: 'Newscj (천지일보)',
		url: 'http://www.newscj.com/news/articleView.html?idxno=3075524',
		date: 'undated'
	},
	{
		id: 'dtbse-cities-korea',
		title: 'Cities in South Korea',
		publisher: 'dtbse.com',
		url: 'https://dtbse.com/dataset/cities-in-south-korea',
		date: 'undated',
		note: 'A table derived from Wikipedia.'
	},
	{
		id: 'heraldcorp-2020-05-24',
		title: '[Report on Anseong’s designation as a lifelong learning city, May 2020]',
		publisher: 'Herald Business (헤럴드경제)',
		url: 'https://biz.heraldcorp.com/view.php?ud=20200524000160',
		date: '2020-05-24'
	},
	{
		id: 'wikipedia-cities-of-south-korea',
		title: 'Cities of South Korea',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Cities_of_South_Korea',
		date: 'undated',
		note: 'Read on the mobile site, en.m.wikipedia.org.'
	},
	{
		id: 'hangyo-22458',
		title: '[Report on Anyang as a lifelong learning city since 2007]',
		publisher: 'Hangyo (한국교육신문)',
		url: 'https://hangyo.com/news/article.html?no=22458',
		date: 'undated'
	},
	{
		id: 'kiwix-buan-2023-10',
		title: 'Buan County',
		publisher: 'Wikipedia (English), Kiwix snapshot of October 2023',
		url: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Buan-gun',
		date: '2023-10'
	},
	{
		id: 'joongdo-2024-02-16',
		title: '[Report on Buan-gun joining the UNESCO Global Network of Learning Cities]',
		publisher: 'Joongdo Ilbo (중도일보)',
		url: 'https://joongdo.co.kr/web/view.php?key=20240216010004117',
		date: '2024-02-16'
	},
	{
		id: 'uil-city-suwon',
		title: '[UNESCO learning city profile: Suwon]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/city/suwon',
		date: 'undated'
	},
	{
		id: 'etoday-2554101',
		title: '[Report on Suwon’s lifelong learning plan: 160 institutions, 7,847 programmes]',
		publisher: 'eToday (이투데이)',
		url: 'https://www.etoday.co.kr/news/view/2554101',
		date: 'undated'
	},
	{
		id: 'incheonilbo-1040239',
		title: '[Report on Gwangmyeong’s lifelong learning centre for disabled people, September 2018]',
		publisher: 'Incheon Ilbo (인천일보)',
		url: 'http://search.incheonilbo.com/news/articleView.html?idxno=1040239&replyAll=&reply_sc_order_by=C',
		date: 'undated'
	},
	{
		id: 'seonamtoday-2597',
		title: '[Report on the 17th Gwangmyeong Lifelong Learning Festival, 2019]',
		publisher: 'seonamtoday.com',
		url: 'http://seonamtoday.com/news/view.php?idx=2597&sm=w_total&stx=%EA%B4%91%EB%AA%85%EC%8B%9C%EC%9D%98',
		date: 'undated'
	},
	{
		id: 'ajunews-2017-12-26',
		title: '[Report on Gwangmyeong’s designation as a Global Lifelong Learning Special Zone]',
		publisher: 'Aju Business Daily (아주경제)',
		url: 'https://ajunews.com/view/20171226122607132',
		date: '2017-12-26'
	},
	{
		id: 'pedien-988417',
		title: '[Report on Gongju’s “Happy Learning Sharing” programme, 2018–2025]',
		publisher: 'pedien.com',
		url: 'http://www.pedien.com/html/view.html?idx=988417',
		date: 'undated'
	},
	{
		id: 'ccnnews-365692',
		title: '[Report on Gongju’s new Lifelong Learning Hall, opening 27 June 2025]',
		publisher: 'ccnnews.co.kr',
		url: 'http://www.ccnnews.co.kr/news/articleViewAmp.html?idxno=365692',
		date: 'undated'
	},
	{
		id: 'newspim-2025-07-07',
		title: '[Report on Anseong’s lifelong learning co-operation network]',
		publisher: 'Newspim (뉴스핌)',
		url: 'https://ir.newspim.com/news/view/20250707000690',
		date: '2025-07-07'
	},

	// --- European cities and venues (facts.md T6, T6b) --------------------------------------------------
	{
		id: 'wikiwand-bonn',
		title: 'Bonn',
		publisher: 'Wikiwand (English Wikipedia)',
		url: 'https://www.wikiwand.com/en/Bonn',
		date: 'undated'
	},
	{
		id: 'wikiwand-de-hamburg',
		title: 'Hamburg',
		publisher: 'Wikiwand (German Wikipedia)',
		url: 'https://www.wikiwand.com/de/Hamburg',
		date: 'undated'
	},
	{
		id: 'kinderweltreise-hamburg',
		title: 'Hamburg: Steckbrief',
		titleLang: 'de',
		publisher: 'Kinderweltreise',
		url: 'https://schule.kinderweltreise.de/kontinente/europa/deutschland/bundeslaender/hamburg/steckbrief',
		date: 'undated'
	},
	{
		id: 'uil-hamburg-joins-gnlc-2019',
		title: '[City of Hamburg joins the UNESCO Global Network of Learning Cities]',
		publisher: 'UNESCO Institute for Lifelong Learning (UNESCO web archive)',
		url: 'https://webarchive.unesco.org/web/20191119014119/http://uil.unesco.org/lifelong-learning/learning-cities/city-hamburg-joins-unesco-global-network-learning-cities',
		date: '2019'
	},
	{
		id: 'uil-pageflow-hamburg',
		title: 'UNESCO learning city Hamburg',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://unesco-uil.pageflow.io/unesco-learning-city-hamburg',
		date: 'undated'
	},
	{
		id: 'wikipedia-fr-evry-courcouronnes',
		title: 'Évry-Courcouronnes',
		publisher: 'Wikipedia (French)',
		url: 'https://fr.wikipedia.org/wiki/%C3%89vry-Courcouronnes',
		date: 'undated'
	},
	{
		id: 'uil-evry-festival-2020',
		title: '[Learning city festival in Évry-Courcouronnes, France]',
		publisher: 'UNESCO Institute for Lifelong Learning (UNESCO web archive)',
		url: 'https://webarchive.unesco.org/web/20201205042858/https://uil.unesco.org/lifelong-learning/learning-cities/learning-city-festival-evry-courcouronnes-france',
		date: '2020'
	},
	{
		id: 'observatoire-asap-2021-02-05',
		title: 'Entretien auprès de Pascal Chatagnon et Yann Bergot',
		titleLang: 'fr',
		publisher: 'Observatoire ASAP',
		url: 'http://observatoire-asap.org/index.php/2021/02/05/entretien-aupres-de-pascal-chatagnon-et-yann-bergot/',
		date: '2021-02-05'
	},
	{
		id: 'travelizta-paris',
		title: 'What is Paris, France population?',
		publisher: 'Travelizta',
		url: 'https://www.travelizta.com/what-is-paris-france-population.html',
		date: 'undated'
	},
	{
		id: 'wikipedia-paris',
		title: 'Paris',
		publisher: 'Wikipedia (English)',
		url: 'https://en.wikipedia.org/wiki/Paris',
		date: 'undated',
		note: 'The area was read in a search-engine snippet of this article: https://www.morbitzer.de/searx/search?q=%21map+%21ddg+%21wp%0Aparis'
	},
	{
		id: 'ga-bonn-haus-der-bildung-2015',
		title: 'Das Haus der Bildung ist eröffnet',
		titleLang: 'de',
		publisher: 'General-Anzeiger Bonn',
		url: 'https://www.general-anzeiger-bonn.de/bonn/bonn/bonn-zentrum/das-haus-der-bildung-ist-eroeffnet-article1705587.html',
		date: '2015',
		note: 'Read at the http:// address; the General-Anzeiger serves its pages over https.'
	},
	{
		id: 'trek-zone-altes-stadthaus-bonn',
		title: 'Altes Stadthaus Bonn',
		publisher: 'trek.zone',
		url: 'https://trek.zone/de/deutschland/orte/207367/altes-stadthaus-bonn',
		date: 'undated'
	},
	{
		id: 'ga-bonn-2016',
		title: 'Sanierung der Beethovenhalle als Schwerpunkt',
		titleLang: 'de',
		publisher: 'General-Anzeiger Bonn',
		url: 'https://www.general-anzeiger-bonn.de/bonn/stadt-bonn/sanierung-der-beethovenhalle-als-schwerpunkt_aid-42928877',
		date: '2016'
	},
	{
		id: 'uil-70th-anniversary',
		title: '[The UNESCO Institute for Lifelong Learning in Hamburg celebrates its 70th anniversary]',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/unesco-institute-lifelong-learning-hamburg-celebrates-70th-anniversary',
		date: '2022-10'
	},
	{
		id: 'uil-heritage-days-tour',
		title: 'Virtual tour of our historic building during Hamburg Heritage Days',
		publisher: 'UNESCO Institute for Lifelong Learning',
		url: 'https://uil.unesco.org/event/virtual-tour-our-historic-building-during-hamburg-heritage-days',
		date: 'undated'
	},
	{
		id: 'evry-genopole',
		title: '[Genopole and its “spiral of success” (City of Évry page)]',
		publisher: 'Ville d’Évry',
		url: 'http://www.evry.fr/evry/genopole-spirale-succes/',
		date: 'undated'
	},
	{
		id: 'clustercollaboration-genopole',
		title: 'Genopole',
		publisher: 'European Cluster Collaboration Platform',
		url: 'https://www.clustercollaboration.eu/cluster-organisations/genopole',
		date: 'undated'
	},
	{
		id: 'genopole-parrains',
		title: 'Nos parrains',
		titleLang: 'fr',
		publisher: 'Genopole',
		url: 'https://www.genopole.com/genopole-citizens/nos-parrains/',
		date: 'undated'
	},
	{
		id: 'essonneinfo-2016',
		title: 'Universités : Évry regarde vers Saclay',
		titleLang: 'fr',
		publisher: 'Essonne Info',
		url: 'https://www.essonneinfo.fr/91-essonne-info/87998/universites-evry-regarde-vers-saclay/',
		date: '2016'
	},
	{
		id: 'lpi-2021-12-17',
		title: 'Le CRI se transforme et devient le Learning Planet Institute',
		titleLang: 'fr',
		publisher: 'Learning Planet Institute',
		url: 'https://www.learningplanetinstitute.org/2021/12/17/le-cri-se-transforme-et-devient-le-learning-planet-institute/',
		date: '2021-12-17'
	}
];

/**
 * Sources whose only known address is http://. Each was read at that address and no https copy is recorded
 * in facts.md; validate.ts accepts http only for these ids (and flags an id here whose url is not http).
 */
export const HTTP_ONLY_SOURCE_IDS: readonly string[] = [
	'etudier-evry',
	'wiki1-eunpyeong',
	'wikixio-kongju',
	'theasian-274489',
	'ccnewsq-216107',
	'newscj-3075524',
	'incheonilbo-1040239',
	'seonamtoday-2597',
	'pedien-988417',
	'ccnnews-365692',
	'observatoire-asap-2021-02-05',
	'evry-genopole'
];
