// Strings of the charts section and the /data page. Plain text only; `{name}` marks a placeholder.
export const charts = {
	// --- The charts section --------------------------------------------------------------------------------
	'charts.section.kicker': 'The cities in figures',
	'charts.section.title': 'Seven Korean cities and four European stops, compared with care',
	'charts.section.intro':
		'Three views of the figures behind the story. Each compares like with like, gives the date of every figure and says ‘not reported’ where no source gives one: a missing figure is never drawn as zero.',
	'charts.prompt': 'Hover, tap or focus a mark to see its value and source. With the keyboard: Tab to the chart, then the arrow keys.',
	'charts.sources': 'Sources',
	'charts.noSource': 'no source found',
	'charts.undated': 'undated',
	'charts.mark.label': '{city}. {label}: {value} ({date}). Source: {sources}.',
	'charts.readout.date': 'Date of the figure: {date}',
	'charts.table.city': 'City',
	'charts.table.measure': 'Measure',
	'charts.table.value': 'Value',
	'charts.table.date': 'Date of the figure',
	'charts.table.source': 'Source',
	'charts.country.KR': 'Korea',
	'charts.country.DE': 'Germany',
	'charts.country.FR': 'France',
	'charts.group.korea': 'The delegation’s seven Korean cities',
	'charts.group.europe': 'The four European stops',

	// --- Chart 1: milestones -------------------------------------------------------------------------------
	'charts.milestones.title': 'Learning-city milestones, 1999–2025',
	'charts.milestones.howTo':
		'Each row is a city, each mark the year of a milestone. The thin line after a square shows membership of UNESCO’s Global Network of Learning Cities; the red line is the trip, November 2022.',
	'charts.milestones.desc':
		'A timeline from 1999 to 2025 of three milestones per city: national lifelong learning city designation (Korea only), joining UNESCO’s Global Network of Learning Cities, and a UNESCO Learning City Award. Members of the network at the time of the trip: {members}. Not reported: {missing}.',
	'charts.milestones.legend.nationalLlcDesignated': 'Designated a national lifelong learning city (Korea only)',
	'charts.milestones.legend.gnlcJoined': 'Joined UNESCO’s Global Network of Learning Cities',
	'charts.milestones.legend.learningCityAward': 'UNESCO Learning City Award',
	'charts.milestones.legend.notReported': 'Not reported by any source we found',
	'charts.milestones.trip': 'The trip, Nov 2022',
	'charts.milestones.notReported': 'not reported',
	'charts.milestones.memberAtTrip': 'member at the time of the trip',

	// --- Chart 2: size -----------------------------------------------------------------------------------------
	'charts.size.title': 'How big are the cities?',
	'charts.size.howTo':
		'Population and area, each on its own logarithmic scale: every labelled gridline is ten times the one before, so Buan-gun (about 50,000 people) and Paris (over 2 million) both stay readable. The figures come from different years, from 2017 to 2024: each shows its date.',
	'charts.size.desc':
		'Two dot plots on logarithmic scales, one for population and one for area in square kilometres, for {count} cities. Smallest population: {minPop}. Largest: {maxPop}.',
	'charts.size.panel.population': 'Population (log scale)',
	'charts.size.panel.areaKm2': 'Area in km² (log scale)',
	'charts.size.allUndated': '(the sources give no date)',
	'charts.size.valueAndDate': 'figure, date',

	// --- Chart 3: what each city counts ----------------------------------------------------------------------------
	'charts.facts.title': 'What each city counts',
	'charts.facts.howTo':
		'Each card is one figure with its unit, date and source. The cities count different things, so the numbers share no scale: read each on its own, not against its neighbour.',
	'charts.facts.venue': 'At: {venue}',
	'charts.facts.none': 'No countable figure reported',
	'charts.facts.count': '{n} figures',
	'charts.facts.countOne': '1 figure',

	// --- Confidence ----------------------------------------------------------------------------------------------
	'charts.confidence.high': 'high',
	'charts.confidence.medium': 'medium',
	'charts.confidence.medium-low': 'medium to low',
	'charts.confidence.low-medium': 'low to medium',
	'charts.confidence.low': 'low',
	'charts.confidence.not-found': 'not found',

	// --- Downloads ------------------------------------------------------------------------------------------------
	'charts.download.jsonDescription':
		'Every figure, place and source of the Learning Cities Journey story, as typed in the app. A null value means not reported; asOf is the date the figure is true of.',

	// --- The /data page ------------------------------------------------------------------------------------------
	'data.title': 'Data and sources',
	'data.standfirst':
		'Every figure in the story, where it comes from, how sure we are of it, and where the source article and the evidence disagree.',
	'data.back': 'Back to the story',
	'data.method.title': 'How we worked',
	'data.method.body':
		'The story starts from an article by the UNESCO Institute for Lifelong Learning dated 30 November 2022. We checked each of its claims against other sources: UNESCO and city pages, official press releases, Korean and European news reports and, for a few figures, encyclopaedia entries. Every figure below gives the address that was read, the date the figure is true of and our confidence in it.\n\n' +
		'High confidence means we read the figure on a primary page (UNESCO, a city government, an official press release). Medium means a secondary page, such as a news report or an encyclopaedia. Low means an inference or a single weak source. Where no source reports a figure, we say ‘not reported’ and never show it as zero.\n\n' +
		'Population figures come from different years and sources, so they are not strictly comparable. Counts of learning infrastructure measure different things in each city, so we never put them on one scale.',
	'data.discrepancies.title': 'Where the source article and the evidence differ',
	'data.discrepancies.intro': 'The story follows the evidence. Each case below gives what the article says, what the other sources say, and what the story does.',
	'data.discrepancy.seed': 'The article',
	'data.discrepancy.evidence': 'The evidence',
	'data.discrepancy.verdict': 'The story',
	'data.table.title': 'Every figure',
	'data.table.intro':
		'{count} figures. Where a source gives a second value for the same thing (another date or another source), both are listed; the charts use the first.',
	'data.table.caption': 'Every figure in the story, with its date, sources and confidence',
	'data.table.place': 'Place',
	'data.table.measure': 'Measure',
	'data.table.value': 'Value',
	'data.table.unit': 'Unit',
	'data.table.date': 'Date of the figure',
	'data.table.sources': 'Sources',
	'data.table.confidence': 'Confidence',
	'data.table.alternative': 'alternative figure',
	'data.table.noSource': 'No source found',
	'data.downloads.title': 'Downloads',
	'data.downloads.intro': 'Generated when the site is built, from the same data as this page.',
	'data.downloads.csv': 'every figure, one row each (CSV, UTF-8)',
	'data.downloads.json': 'figures, places and sources as typed in the app (JSON)',
	'data.downloads.geojson': 'every place as a point, WGS84 (GeoJSON)',
	'data.sources.title': 'All sources',
	'data.sources.intro': '{count} pages. Where we read a copy or translation, the link goes to the original and the note names the copy.',
	'data.geo.title': 'Geodata: credits and licences',
	'data.geo.intro': 'The offline basemap is built from these datasets; their licences require the attributions below.'
} satisfies Record<string, string>;
