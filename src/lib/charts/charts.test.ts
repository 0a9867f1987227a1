// The chart math and data transforms, table-driven: rows and marks from the typed data, a city with a missing
// figure, scale domains, layouts at phone and kiosk widths, formatting, roving focus.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../story/figures';
import type { Figure } from '../story/types';
import { translator } from '$lib/i18n';
import { CHART_CITY_IDS, EUROPEAN_CITY_IDS, KOREAN_CITY_IDS, cityOf } from './cities';
import { MILESTONE_MEASURES, TRIP_AT, YEAR_DOMAIN, fractionalYear, milestoneLayout, milestoneRows } from './milestones';
import { logDomain, logTicks, sizeLayout, sizePanels } from './size';
import { factGroups } from './facts';
import { formatAsOf, formatNumber, formatValue } from './format';
import { nextIndex } from './roving.svelte';
import { readoutFor, readoutSentence } from './readout';

const t = translator('en');

/** A made-up city record set: one figure reported, one "not reported" (null), one missing entirely. */
function fig(partial: Partial<Figure> & Pick<Figure, 'id' | 'placeId' | 'measure' | 'value'>): Figure {
	return { unitKey: 'unit.year', asOf: 'undated', sourceIds: ['uil-city-suwon'], confidence: 'high', ...partial };
}
const TEST_FIGURES: Figure[] = [
	fig({ id: 'x-gnlc', placeId: 'suwon', measure: 'gnlcJoined', value: 2016, asOf: '2016-05' }),
	fig({ id: 'x-llc', placeId: 'suwon', measure: 'nationalLlcDesignated', value: null, confidence: 'not found' }),
	fig({ id: 'x-pop', placeId: 'suwon', measure: 'population', value: 1000, unitKey: 'unit.people', asOf: '2020' }),
	fig({ id: 'x-pop-alt', placeId: 'suwon', measure: 'population', value: 5, unitKey: 'unit.people', asOf: '2010', alternativeTo: 'x-pop' }),
	fig({ id: 'y-pop', placeId: 'buan', measure: 'population', value: null, unitKey: 'unit.people' }),
	fig({ id: 'y-area', placeId: 'buan', measure: 'areaKm2', value: 250, unitKey: 'unit.km2' })
];

describe('the cities compared', () => {
	it('are the seven delegation cities, then the four European stops; Anyang is not among them', () => {
		expect(KOREAN_CITY_IDS).toHaveLength(7);
		expect(EUROPEAN_CITY_IDS).toEqual(['hamburg', 'bonn', 'evry', 'paris']);
		expect(CHART_CITY_IDS).not.toContain('anyang');
	});
	it.each([
		['genopole', 'evry'],
		['uil', 'hamburg'],
		['suwon', 'suwon']
	])('venue %s belongs to %s', (placeId, city) => expect(cityOf(placeId)).toBe(city));
});

describe('fractionalYear', () => {
	it.each<[string, number | undefined, number | null]>([
		['2016', undefined, 2016.5],
		['2016-01', undefined, 2016 + 14 / 31 / 12],
		['2022-11-13', undefined, 2022 + (10 + 12 / 31) / 12],
		['undated', 2017, 2017.5],
		['2016-05', 2017, 2017.5], // the month belongs to another year: only the year is known
		['undated', undefined, null]
	])('%s (year %s) -> %s', (date, year, expected) => {
		const got = fractionalYear(date, year);
		if (expected === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(expected, 6);
	});
});

describe('milestoneRows', () => {
	it('a city with a missing figure gets a "not reported" mark (at null), never a year or zero', () => {
		const [row] = milestoneRows(['suwon'], TEST_FIGURES);
		expect(row!.marks.map((m) => [m.measure, m.at === null])).toEqual([
			['nationalLlcDesignated', true],
			['gnlcJoined', false]
		]);
		// No award record at all: no mark (nothing to say), unlike a null record.
		expect(row!.marks.find((m) => m.measure === 'learningCityAward')).toBeUndefined();
	});

	it('marks one per existing main figure of the three measures, from the real data', () => {
		const rows = milestoneRows(CHART_CITY_IDS);
		const expected = FIGURES.filter(
			(f) =>
				CHART_CITY_IDS.includes(f.placeId) &&
				(MILESTONE_MEASURES as readonly string[]).includes(f.measure) &&
				f.alternativeTo === undefined
		);
		expect(rows.flatMap((r) => r.marks.map((m) => m.id)).sort()).toEqual(expected.map((f) => f.id).sort());
	});

	it.each([
		['eunpyeong', true],
		['gwangmyeong', true],
		['suwon', true],
		['gongju', true],
		['seo-gu-gwangju', false],
		['anseong', false],
		['buan', false],
		['hamburg', true],
		['paris', false]
	])('%s was a GNLC member at the trip: %s (facts.md decision 3)', (id, member) => {
		expect(milestoneRows([id])[0]!.memberAtTrip).toBe(member);
	});

	it('Gongju’s national designation is "not reported"', () => {
		const gongju = milestoneRows(['gongju'])[0]!;
		expect(gongju.marks.find((m) => m.measure === 'nationalLlcDesignated')?.at).toBeNull();
	});
});

describe('milestoneLayout', () => {
	it.each([320, 375, 768, 1440, 3840])('at %i px every year mark lies inside the plot, missing ones right of it', (width) => {
		const L = milestoneLayout(milestoneRows(CHART_CITY_IDS), { width, fontPx: 13 });
		expect(L.x.domain()).toEqual(YEAR_DOMAIN);
		for (const r of L.rows)
			for (const m of r.marks) {
				if (m.at === null) expect(m.cx).toBeGreaterThan(L.plotRight);
				else {
					expect(m.cx).toBeGreaterThanOrEqual(L.plotLeft);
					expect(m.cx).toBeLessThanOrEqual(L.plotRight);
				}
				expect(m.cx).toBeLessThanOrEqual(L.width);
			}
		expect(L.tripX).toBeCloseTo(L.x(TRIP_AT));
		expect(L.stacked).toBe(width < 34 * 13);
	});
});

describe('logDomain', () => {
	it.each<[(number | null)[], [number, number]]>([
		[[50615, 1853935], [10_000, 10_000_000]],
		[[12.7, 864.16], [10, 1000]],
		[[100, 1000], [100, 1000]],
		[[5, null, 0, -3], [1, 10]],
		[[null], [1, 10]],
		[[], [1, 10]]
	])('%j -> %j', (values, expected) => expect(logDomain(values)).toEqual(expected));

	it('ticks are the powers of ten, with 2x and 5x between them', () => {
		expect(logTicks([10, 1000]).map((t) => t.value)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
		expect(logTicks([10, 1000], false).map((t) => t.value)).toEqual([10, 100, 1000]);
	});
});

describe('sizePanels', () => {
	it('population and area are separate panels, each with its own domain; alternatives are left out', () => {
		const panels = sizePanels(['suwon', 'buan'], TEST_FIGURES);
		expect(panels.map((p) => p.measure)).toEqual(['population', 'areaKm2']);
		expect(panels[0]!.points.map((p) => [p.id, p.value])).toEqual([
			['x-pop', 1000],
			['y-pop', null]
		]);
		expect(panels[0]!.domain).toEqual([1000, 10000]);
		expect(panels[1]!.domain).toEqual([100, 1000]);
	});

	it('keeps Buan-gun and Hamburg both readable: far apart, inside the plot', () => {
		const L = sizeLayout(sizePanels(CHART_CITY_IDS), { width: 375, fontPx: 13 });
		const pop = L.panels.find((p) => p.panel.measure === 'population')!;
		const x = (id: string) => pop.points.find((p) => p.placeId === id)!.cx!;
		expect(pop.scale.domain()).toEqual([10_000, 10_000_000]);
		expect(x('hamburg') - x('buan')).toBeGreaterThan((pop.plotRight - pop.plotLeft) * 0.4);
		expect(x('buan')).toBeGreaterThan(pop.plotLeft);
	});

	it('a missing value has no position (never drawn at zero)', () => {
		const L = sizeLayout(sizePanels(['suwon', 'buan'], TEST_FIGURES), { width: 900 });
		expect(L.panels[0]!.points.find((p) => p.placeId === 'buan')!.cx).toBeNull();
	});

	it.each([
		[320, 1, true],
		[700, 1, false],
		[1000, 2, false]
	])('at %i px: %i column(s), stacked rows %s', (width, columns, stacked) => {
		const L = sizeLayout(sizePanels(CHART_CITY_IDS), { width, fontPx: 13 });
		expect([L.columns, L.stacked]).toEqual([columns, stacked]);
		for (const P of L.panels) expect(P.x0 + P.width).toBeLessThanOrEqual(L.width + 0.001);
	});
});

describe('factGroups', () => {
	it('groups every infrastructure figure (no alternatives) under its city, venues included', () => {
		const groups = factGroups(CHART_CITY_IDS);
		const expected = FIGURES.filter(
			(f) => f.measure === 'infrastructure' && !f.alternativeTo && CHART_CITY_IDS.includes(cityOf(f.placeId))
		);
		expect(groups.flatMap((g) => g.facts.map((f) => f.id)).sort()).toEqual(expected.map((f) => f.id).sort());
		// A venue's fact names its venue; the city's own facts (Évry's first learning-city event) name none.
		for (const fact of groups.find((g) => g.placeId === 'evry')!.facts) {
			expect(fact.venueId).toBe(fact.figure.placeId === 'evry' ? undefined : fact.figure.placeId);
		}
		expect(groups.find((g) => g.placeId === 'evry')!.facts.some((f) => f.venueId === 'genopole')).toBe(true);
	});
	it('a city whose only figure is null keeps it, to be shown as "not reported"', () => {
		const eunpyeong = factGroups(['eunpyeong'])[0]!;
		expect(eunpyeong.facts.map((f) => f.figure.value)).toEqual([null]);
	});
	it('a city with no figure at all is an empty group', () => {
		expect(factGroups(['suwon'], TEST_FIGURES)[0]!.facts).toEqual([]);
	});
});

describe('format', () => {
	it.each<[Partial<Figure>, string]>([
		[{ value: 600, unitKey: 'unit.centres', qualifier: 'nearly' }, 'nearly 600 centres'],
		[{ value: 1226873, unitKey: 'unit.people' }, '1,226,873 people'],
		[{ value: 2016, unitKey: 'unit.year' }, '2016'],
		[{ value: 36.1, unitKey: 'unit.krwBillion' }, '36.1 billion won'],
		[{ value: null, unitKey: 'unit.people' }, 'not reported'],
		[{ value: 0, unitKey: 'unit.count' }, '0']
	])('%j -> %s', (f, expected) => {
		expect(formatValue(t, f as Figure)).toBe(expected);
	});
	it.each<[string, boolean | undefined, string]>([
		['2020', undefined, '2020'],
		['2022-10', undefined, 'Oct 2022'],
		['2023-04-27', undefined, '27 Apr 2023'],
		['2018/2025', undefined, '2018–2025'],
		['2024', true, 'c. 2024'],
		['undated', undefined, 'undated']
	])('asOf %s (circa %s) -> %s', (asOf, asOfCirca, expected) => {
		expect(formatAsOf(t, { asOf, asOfCirca })).toBe(expected);
	});
	it('a missing number is "not reported", not zero', () => {
		expect(formatNumber(t, { value: null, unitKey: 'unit.year' })).toBe('not reported');
	});
});

describe('readout', () => {
	it('names the city, the measure, the value, the date and the source', () => {
		const f = FIGURES.find((x) => x.id === 'suwon-award')!;
		const r = readoutFor(t, f, 'suwon');
		expect(r).toMatchObject({ city: 'Suwon', value: '2017', date: '2017', missing: false });
		expect(r.sources.map((s) => s.url).every((u) => /^https?:\/\//.test(u))).toBe(true);
		expect(readoutSentence(t, r)).toMatch(/^Suwon\. UNESCO Learning City Award: 2017 \(2017\)\. Source: /);
	});
	it('a figure without sources says so', () => {
		const f = FIGURES.find((x) => x.id === 'paris-gnlc')!;
		expect(readoutSentence(t, readoutFor(t, f, 'paris'))).toContain('not reported');
		expect(readoutSentence(t, readoutFor(t, f, 'paris'))).toContain('no source found');
	});
});

describe('nextIndex (roving focus)', () => {
	it.each<[string, number, number, number | null]>([
		['ArrowRight', 0, 5, 1],
		['ArrowDown', 4, 5, 4],
		['ArrowLeft', 0, 5, 0],
		['ArrowUp', 3, 5, 2],
		['Home', 3, 5, 0],
		['End', 1, 5, 4],
		['Tab', 1, 5, null],
		['ArrowRight', 0, 0, null]
	])('%s from %i of %i -> %s', (key, i, n, expected) => expect(nextIndex(key, i, n)).toBe(expected));
});

describe('milestoneLayout on a phone (issue 10 item 5, issue 12 item 8)', () => {
	const rows = milestoneRows(CHART_CITY_IDS);
	it.each([200, 260, 343])('at %i px the chart is no wider than its column', (width) => {
		expect(milestoneLayout(rows, { width, fontPx: 13 }).width).toBe(width);
	});
	it('puts the trip label in a band above the ticks, and inside the chart', () => {
		const f = 13;
		const layout = milestoneLayout(rows, { width: 260, fontPx: f, tripLabelWidth: 110 });
		// Baselines at least one line apart: the label cannot overprint a year.
		expect(layout.tickY - layout.tripLabelY).toBeGreaterThanOrEqual(1.2 * f);
		const left = layout.tripAnchor === 'end' ? layout.tripLabelX - 110 : layout.tripLabelX;
		expect(left).toBeGreaterThanOrEqual(0);
		expect(left + 110).toBeLessThanOrEqual(layout.width);
	});
	it('draws every "not reported" mark on its own city\'s track', () => {
		const layout = milestoneLayout(rows, { width: 343, fontPx: 13 });
		const missing = layout.rows.flatMap((row) => row.marks.filter((m) => m.at === null).map((m) => ({ m, y: row.y })));
		expect(missing.length).toBeGreaterThan(0);
		for (const { m, y } of missing) expect(m.cy).toBe(y);
	});
});

describe('masonry rowSpan', () => {
	it('spans the rows a group and the gap below it need, at least one', async () => {
		const { rowSpan, ROW_PX } = await import('./masonry');
		expect(ROW_PX).toBe(4);
		expect(rowSpan(100, 24)).toBe(31);
		expect(rowSpan(101, 24)).toBe(32);
		expect(rowSpan(0, 0)).toBe(1);
		expect(rowSpan(-5, Number.NaN)).toBe(1);
		expect(rowSpan(Number.NaN, 24)).toBe(6);
	});
});
