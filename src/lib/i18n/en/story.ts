// The story's English copy: chapter texts, place and venue names, units, notes. Written from facts.md.
// Our own words, not the seed article's (its two quotes live verbatim in src/lib/story/quotes.ts).
// Plain text only: no HTML or markdown; paragraphs are separated by a blank line ("\n\n"); `{name}` marks a
// placeholder. Typographic quotes and dashes throughout. Keys are namespaced (story., chapter., place., role.,
// measure., unit., qualifier., figure., note., discrepancy., quote.) so they cannot collide with ui.ts.
export const story = {
	// --- Page ---------------------------------------------------------------------------------------------
	'story.title': 'Seven mayors, four cities: a learning journey from Korea to Europe',
	'story.standfirst':
		'In November 2022 the heads of seven Korean local governments, all members of the Korean Association of Lifelong Learning Cities, spent five days in Hamburg, Bonn, Évry-Courcouronnes and Paris. They came to see how European cities organise learning at every age, and left Hamburg with a partnership between their association and the UNESCO Institute for Lifelong Learning.',
	'story.byline': 'By the Learning Cities Journey team. Sources are listed with each chapter.',

	// --- Chapters -----------------------------------------------------------------------------------------
	'chapter.korea.kicker': 'Korea · November 2022',
	'chapter.korea.title': 'Seven mayors set out for Europe',
	'chapter.korea.body':
		'In November 2022 the heads of seven Korean local governments travelled to Germany and France together: the mayors of Suwon, Gwangmyeong, Gongju and Anseong, the district heads of Eunpyeong-gu in Seoul and of Seo-gu in Gwangju, and the county head of Buan-gun.\n\n' +
		'All seven are member cities of the Korean Association of Lifelong Learning Cities (KALLC), then chaired by Gwangmyeong’s mayor, Park Seung-won. KALLC organised the trip, billed in Korea as the Korea–Europe Learning City Exchange Summit, at the invitation of the UNESCO Institute for Lifelong Learning (UIL).\n\n' +
		'Not all of them belonged to UNESCO’s Global Network of Learning Cities at the time. Eunpyeong-gu, Gwangmyeong and Suwon had joined in 2016 and Gongju in 2020; Seo-gu and Buan-gun followed in 2024, Anseong in December 2025.\n\n' +
		'UIL’s own report of the visit also names an eighth city, Anyang. The other sources, the city of Bonn among them, count seven mayors, and none places Anyang’s mayor on the trip.',

	'chapter.flight.kicker': '12–13 November 2022',
	'chapter.flight.title': 'From Korea to Hamburg',
	'chapter.flight.body':
		'The programme in Europe began in Hamburg on 13 November. Gwangmyeong’s mayor, one Korean report notes, travelled from 12 to 20 November.\n\n' +
		'No source names the flights, the airlines or the airports the delegation used. The map therefore draws the journey from Incheon, Korea’s main international airport, to Hamburg as a great-circle arc: a picture of the distance, not a flight path.\n\n' +
		'The legs between the European stops are drawn the same way. How the group got from Hamburg to Bonn, on to Évry-Courcouronnes and into Paris is not documented either.',

	'chapter.hamburg.kicker': 'Hamburg · 13–14 November 2022',
	'chapter.hamburg.title': 'A masterplan, and a partnership signed',
	'chapter.hamburg.body':
		'The first day in Hamburg, 13 November, took the delegation to the city’s centre for education for sustainable development (ESD), where they met Jürgen Forkel-Schubert.\n\n' +
		'At City Hall on 14 November, city representatives explained how Hamburg drew up its Masterplan ESD 2030, approved by the Senate in June 2021 with around 100 activities up to 2030, and how they won political support and funding for it. Hamburg has been a member of the Global Network of Learning Cities since July 2019.\n\n' +
		'The delegation also visited UIL, which coordinates that network from Hamburg. The institute was founded in 1952 and has worked from the Villa Ballin since 1978. Korean reports place the signing of a partnership agreement between UIL and KALLC on 14 November; it is meant to strengthen cooperation between the institute and Korea’s learning cities.',

	'chapter.bonn.kicker': 'Bonn · Tuesday 15 November 2022',
	'chapter.bonn.title': 'Partners at the old town hall',
	'chapter.bonn.body':
		'In Bonn, Bürgermeisterin Dr. Ursula Sautter, one of the city’s deputy mayors, received the delegation at the Altes Rathaus, the old town hall. With other learning-city representatives she presented Bonn’s lifelong-learning strategy and explained why international partnerships matter to a city that has been in the Global Network of Learning Cities since September 2020.\n\n' +
		'The group then toured the Haus der Bildung, the House of Education, which brings together the Volkshochschule (the city’s adult education centre), the central city library and the Literaturhaus. The building opened in August 2015 at a cost of €26.4 million; a 2016 report counted about 30,000 Volkshochschule visitors a year.\n\n' +
		'Bonn’s press office noted that Korea had more than 50 cities in the network, while Germany had three: Bonn, Gelsenkirchen and Hamburg.',

	'chapter.evry.kicker': 'Évry-Courcouronnes · 16–17 November 2022',
	'chapter.evry.title': 'A bazaar of knowledge and a biotech campus',
	'chapter.evry.body':
		'On 16 and 17 November the delegation was in Évry-Courcouronnes and Paris; the sources do not say which visit fell on which day. Évry-Courcouronnes, a commune south of Paris formed in 2019, joined the Global Network of Learning Cities that same year.\n\n' +
		'The mayors visited the Hôtel de ville, the city hall, and learned how the city works as a learning city, including the Grand Bazar des Savoirs, a ‘great bazaar of knowledge’ where enthusiasts share their passions with other residents.\n\n' +
		'They also went to Genopole, a biotechnology cluster founded in 1998 that has reported 86 companies and 19 laboratories, and heard about the science festival it holds each year with the Université d’Évry.',

	'chapter.paris.kicker': 'Paris · 16–17 November 2022',
	'chapter.paris.title': 'Learning Planet Institute and UNESCO Headquarters',
	'chapter.paris.body':
		'In Paris the mayors visited the Learning Planet Institute, founded in 2006 as the Center for Research and Interdisciplinarity (CRI) and renamed in December 2021. One Korean outlet reported a visit to Paris City Hall instead; the other sources name the institute.\n\n' +
		'They also went to UNESCO Headquarters, inaugurated on the place de Fontenoy in 1958, and met the Ambassador and Permanent Delegate of the Republic of Korea to UNESCO. A Korean report on Gwangmyeong’s mayor confirms both the Headquarters and the Permanent Delegation as part of the programme.\n\n' +
		'In 2023 Gongju hosted a forum to evaluate the summit; it named the same seven cities as the summit’s participants.',

	// --- Place and venue names ------------------------------------------------------------------------------
	'place.eunpyeong.name': 'Eunpyeong-gu (Seoul)',
	'place.gwangmyeong.name': 'Gwangmyeong',
	'place.suwon.name': 'Suwon',
	'place.gongju.name': 'Gongju',
	'place.seo-gu-gwangju.name': 'Seo-gu (Gwangju)',
	'place.anseong.name': 'Anseong',
	'place.buan.name': 'Buan-gun',
	'place.anyang.name': 'Anyang',
	'place.hamburg.name': 'Hamburg',
	'place.bonn.name': 'Bonn',
	'place.evry.name': 'Évry-Courcouronnes',
	'place.paris.name': 'Paris',
	'place.hamburg-rathaus.name': 'Hamburg City Hall',
	'place.uil.name': 'UNESCO Institute for Lifelong Learning (Villa Ballin)',
	'place.bonn-altes-rathaus.name': 'Old Town Hall (Altes Rathaus), Bonn',
	'place.bonn-haus-der-bildung.name': 'House of Education (Haus der Bildung), Bonn',
	'place.evry-hotel-de-ville.name': 'Évry-Courcouronnes City Hall (Hôtel de ville)',
	'place.genopole.name': 'Genopole',
	'place.universite-evry.name': 'Université d’Évry',
	'place.learning-planet-institute.name': 'Learning Planet Institute',
	'place.unesco-hq.name': 'UNESCO Headquarters',
	// Short names for the map's labels (the full name is the label's accessible name and tooltip).
	'place.hamburg-rathaus.short': 'City Hall',
	'place.uil.short': 'UIL (Villa Ballin)',
	'place.bonn-altes-rathaus.short': 'Altes Rathaus',
	'place.bonn-haus-der-bildung.short': 'Haus der Bildung',
	'place.evry-hotel-de-ville.short': 'Hôtel de ville',
	'place.genopole.short': 'Genopole',
	'place.universite-evry.short': 'Université d’Évry',
	'place.learning-planet-institute.short': 'Learning Planet Institute',
	'place.unesco-hq.short': 'UNESCO HQ',
	'place.icn.short': 'Incheon (ICN)',
	'place.icn.name': 'Incheon International Airport',
	'place.fra.name': 'Frankfurt Airport',
	'place.cdg.name': 'Paris-Charles de Gaulle Airport',

	// --- Roles ----------------------------------------------------------------------------------------------
	'role.mayor': 'Mayor',
	'role.districtHead': 'District Head',
	'role.countyHead': 'County Head',
	'role.firstMayor': 'First Mayor',
	'role.lordMayor': 'Lord Mayor',
	'role.bonnBuergermeisterin': 'Bürgermeisterin (one of Bonn’s deputy mayors)',

	// --- Quote attributions (the quotes themselves stay verbatim in the data) ------------------------------
	'quote.nienstedt.role':
		'Head of Office, State Secretary and Plenipotentiary of the Free and Hanseatic City of Hamburg to the Federation, the European Union, and for Foreign Affairs',
	'quote.chatagnon.role': 'Deputy Mayor, Évry-Courcouronnes',

	// --- Measures, units, qualifiers ---------------------------------------------------------------------
	'measure.population': 'Population',
	'measure.areaKm2': 'Area',
	'measure.gnlcJoined': 'Joined UNESCO’s Global Network of Learning Cities',
	'measure.nationalLlcDesignated': 'Designated a national lifelong learning city (Korea)',
	'measure.learningCityAward': 'UNESCO Learning City Award',
	'measure.infrastructure': 'Learning infrastructure',

	'unit.people': 'people',
	'unit.km2': 'km²',
	'unit.m2': 'm²',
	'unit.year': 'year',
	'unit.count': 'count',
	'unit.centres': 'centres',
	'unit.institutions': 'institutions',
	'unit.programmes': 'programmes',
	'unit.neighbourhoods': 'neighbourhoods (dong)',
	'unit.editions': 'editions',
	'unit.krwBillion': 'billion won',
	'unit.eurMillion': 'million euros',
	'unit.projects': 'projects',
	'unit.activities': 'activities',
	'unit.volunteerTeachers': 'volunteer teachers',
	'unit.coursesPerYear': 'courses a year',
	'unit.locations': 'locations',
	'unit.companies': 'companies',
	'unit.visitorsPerYear': 'visitors a year',
	'unit.events': 'events',
	'unit.cities': 'cities',
	'unit.countries': 'countries',
	'unit.laboratories': 'laboratories',
	'unit.platforms': 'technology platforms',
	'unit.employees': 'employees',
	'unit.students': 'students',
	'unit.pupils': 'pupils',
	'unit.learners': 'learners',
	'unit.teachers': 'teachers',
	'unit.teacherResearchers': 'teacher-researchers',

	'qualifier.about': 'about {value}',
	'qualifier.nearly': 'nearly {value}',
	'qualifier.moreThan': 'more than {value}',

	'figure.notReported': 'not reported',
	'figure.asOf': 'as of {date}',
	'figure.circa': 'c. {date}',

	// --- Infrastructure labels (one per figure; see figures.ts) ----------------------------------------
	'figure.eunpyeong-infrastructure.label': 'Countable learning facilities',
	'figure.anyang-infrastructure.label': 'Countable learning facilities',
	'figure.gwangmyeong-learning-centre-opened.label': 'Lifelong Learning Centre opened, after the city’s 1999 declaration',
	'figure.gwangmyeong-disability-centre-opened.label': 'First city-run Disabled Persons’ Lifelong Learning Centre opened',
	'figure.gwangmyeong-festival-editions.label': 'Gwangmyeong Lifelong Learning Festival: editions held (the 17th in 2019)',
	'figure.gwangmyeong-special-zone-budget.label': 'Global Lifelong Learning Special Zone: budget, 2018–2022',
	'figure.gwangmyeong-special-zone-projects.label': 'Global Lifelong Learning Special Zone: projects, 2018–2022',
	'figure.suwon-learning-centres.label': 'Lifelong learning centres',
	'figure.suwon-institutions-2026.label': 'Lifelong learning institutions',
	'figure.suwon-programmes-2026.label': 'Lifelong learning programmes',
	'figure.suwon-dong-learning-centres-2026.label': 'Neighbourhoods (dong) with a learning centre',
	'figure.suwon-global-centre-opened.label': 'Suwon Global Lifelong Learning Center opened',
	'figure.gongju-volunteer-teachers.label': 'Volunteer teachers in ‘Happy Learning Sharing’, 2018–2025',
	'figure.gongju-sharing-programmes.label': 'Programmes of ‘Happy Learning Sharing’, 2018–2025',
	'figure.gongju-learning-hall-programmes.label': 'Programmes in the new Lifelong Learning Hall (opening 27 June 2025)',
	'figure.seo-gu-gwangju-courses-per-year.label': 'Courses at the Do-Dream Seo-gu Lifelong Learning Centre',
	'figure.anseong-partner-institutions.label': 'Partner institutions in the lifelong learning co-operation network',
	'figure.buan-literacy-school-locations.label': 'Bara Literacy School locations',
	'figure.hamburg-esd-masterplan-approved.label': 'Hamburg Masterplan ESD 2030 approved by the Senate',
	'figure.hamburg-esd-activities.label': 'Activities in the ESD masterplan, 2021–2030',
	'figure.hamburg-learns-sustainability-projects.label': 'Projects of ‘Hamburg learns sustainability’',
	'figure.hamburg-renewable-energy-companies.label': 'Renewable-energy companies',
	'figure.uil-founded.label': 'UIL founded (70th anniversary on 26 October 2022)',
	'figure.uil-villa-ballin-since.label': 'UIL in the Villa Ballin since',
	'figure.uil-gnlc-cities-2022.label': 'Cities in the Global Network of Learning Cities, 2022',
	'figure.uil-gnlc-countries-2022.label': 'Countries in the Global Network of Learning Cities, 2022',
	'figure.bonn-haus-der-bildung-cost.label': 'Cost of the Haus der Bildung',
	'figure.bonn-haus-der-bildung-opened.label': 'Haus der Bildung opened',
	'figure.bonn-vhs-visitors.label': 'Volkshochschule (VHS) visitors at the Haus der Bildung',
	'figure.bonn-vhs-events.label': 'VHS events held from the opening in summer 2015 to 2016',
	'figure.bonn-haus-der-bildung-floor-new.label': 'Floor area, new building',
	'figure.bonn-haus-der-bildung-floor-old.label': 'Floor area, listed old building (gross)',
	'figure.genopole-founded.label': 'Genopole founded (cluster organisation established 23 October 1998)',
	'figure.genopole-companies.label': 'Companies at Genopole',
	'figure.genopole-laboratories.label': 'Laboratories at Genopole',
	'figure.genopole-platforms.label': 'Technology platforms at Genopole',
	'figure.genopole-employees.label': 'People employed at Genopole',
	'figure.universite-evry-students.label': 'Students at the Université d’Évry',
	'figure.lpi-founded.label': 'Founded as the CRI (renamed Learning Planet Institute in December 2021)',
	'figure.lpi-campus-area.label': 'Campus',
	'figure.lpi-students.label': 'Students hosted',
	'figure.lpi-pupils.label': 'Pupils',
	'figure.lpi-online-learners.label': 'Online learners',
	'figure.lpi-online-teachers.label': 'Teachers among the online learners',
	'figure.lpi-teacher-researchers.label': 'Teacher-researchers',
	'figure.unesco-hq-inaugurated.label': 'UNESCO Headquarters inaugurated (3 November 1958)',
	'figure.unesco-hq-site-area.label': 'Site area of UNESCO Headquarters',

	// --- Notes on figures -------------------------------------------------------------------------------
	'note.figures.notComparable':
		'Population figures come from different years (2014 to 2024) and different sources, so they are not strictly comparable. Each one shows its date.',
	'note.figures.differentMeasures':
		'Each city counts something different (centres, courses, volunteer teachers, partner institutions, literacy-school locations), so these figures share no scale and are not compared with one another.',
	'note.figure.afterTrip': 'After the November 2022 trip.',
	'note.figure.awardNoneFound': 'No UNESCO Learning City Award found.',
	'note.figure.awardHamburg': 'Not in the award lists of 2015, 2017 and 2021; the 2019 list was not checked.',
	'note.figure.awardBonn': 'Not in the award lists of 2015, 2017 and 2021.',
	'note.figure.gnlcNoEvidence': 'No evidence of membership in the Global Network of Learning Cities was found.',
	'note.figure.gwangmyeongLlc':
		'Designated in September 2001, the first in Korea. The city had declared itself a lifelong learning city on 9 March 1999.',
	'note.figure.suwonLlc': 'Re-designated in 2021 and 2024.',
	'note.figure.suwonAward': 'One of 16 cities awarded in 2017, and the only Korean city that year.',
	'note.figure.suwonCentres':
		'From an undated UIL profile (about 2016). A 2026 report counts 160 lifelong learning institutions, which is a different definition.',
	'note.figure.suwonDong': 'Dong learning centres were extended to 34 more neighbourhoods, 44 in all.',
	'note.figure.gongjuLlc':
		'The year of Gongju’s first designation was not found. The city passed the re-designation reviews of 2021 and 2024 and was named an excellent lifelong learning city in 2024.',
	'note.figure.buanLlc': 'Re-designated in April 2022.',
	'note.figure.buanLiteracy':
		'From UIL’s profile of Buan-gun, about 2024. The seed article’s figures of 28 adult literacy education centres and 24 visiting service centres could not be verified.',
	'note.figure.eunpyeongNoCount':
		'UIL names Eunpyeong-gu’s programmes (Hidden Master Classes, People’s University, School of Parents, 4050 Generation Project) but gives no count.',
	'note.figure.anyangNoCount':
		'No countable figure found. The city runs a Lifelong Education Center and an Anyang Citizens’ School.',
	'note.figure.anyangPopulation': 'The city’s figure as quoted in May 2021.',
	'note.figure.hamburgGnlc': 'Some Korean reports gave September 2020, which is Bonn’s date.',
	'note.figure.evryPopulation': 'INSEE figure for 2021.',
	'note.figure.parisPopulation': 'Legal population in force on 1 January 2021.',
	'note.figure.genopoleUndated': 'Undated counts from the city’s and Genopole’s websites, about 2017–2019.',

	// --- Other notes -------------------------------------------------------------------------------------
	'note.place.airportAssumed': 'Shown for orientation only: no source names the airports or flights the delegation used.',
	'note.quote.chatagnonMembers':
		'In November 2022 four of the seven cities were members of UNESCO’s Global Network of Learning Cities; the other three joined later.',
	'note.route.order':
		'The stops follow the dated sources: Hamburg on 13–14 November, Bonn on 15 November, then Évry-Courcouronnes and Paris on 16–17 November. UIL’s article lists the cities as Bonn, Hamburg and Évry-Courcouronnes, without dates.',
	'note.route.travel':
		'How the delegation travelled is not documented. The lines show the order of the journey, not actual flight paths or routes.',

	// --- Discrepancies (see src/lib/story/discrepancies.ts) ---------------------------------------------
	'discrepancy.seven-not-eight.title': 'Seven mayors, not eight',
	'discrepancy.seven-not-eight.seed':
		'UIL’s article opens with ‘mayors of seven Korean cities’ but then lists eight, including Anyang.',
	'discrepancy.seven-not-eight.evidence':
		'UIL’s December 2022 newsletter also speaks of seven cities, the city of Bonn of ‘sieben Bürgermeister*innen’ (seven mayors), and Korean reports of seven heads of local government. The seven named participants do not include Anyang.',
	'discrepancy.seven-not-eight.verdict':
		'The story shows seven cities. Anyang is most likely a stray entry in the article; it is marked on the map with this note.',

	'discrepancy.anyang-mayor.title': 'Anyang’s mayor',
	'discrepancy.anyang-mayor.seed': 'The article gives Anyang’s mayor as ‘Won Cheol Choi’.',
	'discrepancy.anyang-mayor.evidence':
		'Choi Won-cheol (최원철) is the mayor of Gongju, also on the list. Anyang’s mayor, as reported in May 2021 and March 2023, was Choi Dae-ho (최대호).',
	'discrepancy.anyang-mayor.verdict': 'A copy error in the article. No source places Anyang’s mayor on the trip.',

	'discrepancy.seo-gu-gwangju.title': 'Which Seo-gu?',
	'discrepancy.seo-gu-gwangju.seed':
		'The article lists ‘Seo-gu City’ without saying which one; several Korean cities have a district called Seo-gu.',
	'discrepancy.seo-gu-gwangju.evidence':
		'Its head, Kim I-gang, leads Seo-gu in Gwangju Metropolitan City, according to UIL’s city profile and Korean reports.',
	'discrepancy.seo-gu-gwangju.verdict': 'Resolved: it is Seo-gu, a district of Gwangju.',

	'discrepancy.gnlc-members-2022.title': 'Not all were UNESCO learning cities yet',
	'discrepancy.gnlc-members-2022.seed':
		'The article speaks of an exchange with UNESCO learning cities, and its quote from Évry-Courcouronnes calls all seven visiting cities members of the UNESCO network.',
	'discrepancy.gnlc-members-2022.evidence':
		'In November 2022 four of the seven belonged to UNESCO’s Global Network of Learning Cities: Eunpyeong-gu, Gwangmyeong and Suwon (since 2016) and Gongju (since 2020). Seo-gu and Buan-gun joined in February 2024, Anseong in December 2025. No membership was found for Anyang.',
	'discrepancy.gnlc-members-2022.verdict':
		'The story calls the seven ‘member cities of KALLC’ and shows network membership year by year.',

	'discrepancy.hamburg-gnlc-date.title': 'When Hamburg joined the network',
	'discrepancy.hamburg-gnlc-date.seed': 'Korean reports of the trip describe Hamburg as a member since September 2020.',
	'discrepancy.hamburg-gnlc-date.evidence':
		'UIL announced Hamburg’s membership on 18 July 2019. September 2020 is when Bonn joined.',
	'discrepancy.hamburg-gnlc-date.verdict': 'The reports mixed up the two cities. The story uses July 2019 for Hamburg.',

	'discrepancy.buan-literacy-centres.title': 'Buan-gun’s literacy centres',
	'discrepancy.buan-literacy-centres.seed':
		'The article credits Buan-gun with 28 adult literacy education centres and 24 visiting service centres that teach the Korean alphabet.',
	'discrepancy.buan-literacy-centres.evidence':
		'No other source we found confirms these numbers. UIL’s profile of Buan-gun (about 2024) gives the Bara Literacy School in 18 locations.',
	'discrepancy.buan-literacy-centres.verdict':
		'Unverified, and possibly a different measure or date. The charts show only the sourced 18 locations.',

	'discrepancy.paris-venue.title': 'Learning Planet Institute or Paris City Hall?',
	'discrepancy.paris-venue.seed': 'One Korean outlet reports a visit to Paris City Hall.',
	'discrepancy.paris-venue.evidence':
		'The other Korean reports and UIL’s article name the Learning Planet Institute and do not mention Paris City Hall.',
	'discrepancy.paris-venue.verdict': 'The story shows the Learning Planet Institute.',

	'discrepancy.unesco-hq.title': 'UNESCO Headquarters',
	'discrepancy.unesco-hq.seed':
		'The article says the delegation visited the UNESCO Headquarters building and met Korea’s Ambassador and Permanent Delegate to UNESCO.',
	'discrepancy.unesco-hq.evidence':
		'Our first research found no other source for this stop. A Korean report of 21 November 2022 on Gwangmyeong’s mayor then listed UNESCO Headquarters and the Permanent Delegation of the Republic of Korea to UNESCO in the programme.',
	'discrepancy.unesco-hq.verdict': 'Confirmed. UNESCO Headquarters is a stop in the Paris chapter.',

	'discrepancy.route-order.title': 'The order of the stops',
	'discrepancy.route-order.seed':
		'The article names the learning cities as ‘Bonn, Hamburg and Évry-Courcouronnes’, without dates.',
	'discrepancy.route-order.evidence':
		'Bonn’s press release dates the Bonn visit to Tuesday 15 November 2022. Korean reports put Hamburg on 13–14 November and France on 16–17 November.',
	'discrepancy.route-order.verdict':
		'The story follows the dated order: Hamburg, Bonn, Évry-Courcouronnes, Paris.',

	'discrepancy.travel.title': 'How they travelled',
	'discrepancy.travel.seed': 'The article says the mayors ‘travelled through Germany and France’.',
	'discrepancy.travel.evidence':
		'No source names the flights, trains or airports, either between Korea and Europe or between the stops.',
	'discrepancy.travel.verdict':
		'The map draws each leg as part of the journey, not as a named flight or train. Airports, where shown, are for orientation only.'
} satisfies Record<string, string>;
