// Checks the whole story definition. index.ts runs it when the module loads, so a broken record fails the
// prerender (the build) and every test that imports the story, with one message per problem naming the record.
// The function is pure: data and catalog come in as arguments, so tests can feed it broken copies.
import {
	CHAPTER_IDS,
	type Chapter,
	type Discrepancy,
	type Figure,
	type Measure,
	type Place,
	type Quote,
	type Source
} from './types';

export interface StoryData {
	sources: readonly Source[];
	places: readonly Place[];
	figures: readonly Figure[];
	chapters: readonly Chapter[];
	discrepancies: readonly Discrepancy[];
	quotes: readonly Quote[];
	/** Source ids allowed to have an http:// address (see sources.ts). */
	httpOnlySourceIds: readonly string[];
}

/** A flat message catalog (the English one is the reference: every key must exist there first). */
export type CatalogLike = Readonly<Record<string, string>>;

/** [west, south, east, north]; the clip boxes of shared/geo-src (SOURCES.md), which hold every place we show. */
type Box = readonly [number, number, number, number];
export const REGION_BOX: Record<'KR' | 'DE' | 'FR', Box> = {
	KR: [123.5, 32.5, 132, 39.5],
	DE: [-5.5, 42, 15.5, 55.5],
	FR: [-5.5, 42, 15.5, 55.5]
};

/** Past this zoom an approximate venue would look more precise than it is (facts.md decision 6). */
export const MAX_ZOOM_FOR_APPROXIMATE = 14;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// ISO date, month or year; a figure's asOf may also be a range "2018/2025". 'undated' where none is known.
const ISO_PART = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const ISO_DATE = new RegExp(`^${ISO_PART}$`);
const ISO_DATE_OR_RANGE = new RegExp(`^${ISO_PART}(?:/${ISO_PART})?$`);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MEASURES: ReadonlySet<Measure> = new Set(['gnlcJoined', 'nationalLlcDesignated', 'learningCityAward']);
const CITY_KINDS: ReadonlySet<Place['kind']> = new Set(['delegation-city', 'discrepancy-city', 'host-city']);
const QUALIFIERS = ['about', 'nearly', 'moreThan'] as const;
/** facts.md decision 2: the delegation is seven heads of local government. */
export const DELEGATION_SIZE = 7;

export function validateStory(data: StoryData, catalog: CatalogLike): string[] {
	const problems: string[] = [];
	const report = (record: string, problem: string) => problems.push(`${record}: ${problem}`);

	const sourceIds = new Set(data.sources.map((s) => s.id));
	const placeById = new Map(data.places.map((p) => [p.id, p]));
	const figureById = new Map(data.figures.map((f) => [f.id, f]));
	const usedSources = new Set<string>();

	const checkIds = (kind: string, records: readonly { id: string }[]) => {
		const seen = new Set<string>();
		for (const { id } of records) {
			if (typeof id !== 'string' || !ID.test(id)) report(`${kind} "${id}"`, 'id must be lower-case kebab-case');
			if (seen.has(id)) report(`${kind} "${id}"`, 'duplicate id');
			seen.add(id);
		}
	};
	checkIds('source', data.sources);
	checkIds('place', data.places);
	checkIds('figure', data.figures);
	checkIds('chapter', data.chapters);
	checkIds('discrepancy', data.discrepancies);
	checkIds('quote', data.quotes);

	const checkSources = (record: string, ids: readonly string[] | undefined, required: boolean) => {
		if (required && (!ids || ids.length === 0)) report(record, 'needs at least one source');
		for (const id of ids ?? []) {
			usedSources.add(id);
			if (!sourceIds.has(id)) report(record, `source "${id}" does not exist`);
		}
	};
	const checkKey = (record: string, field: string, key: string | undefined, required = false) => {
		if (key === undefined) {
			if (required) report(record, `${field} is missing`);
			return;
		}
		if (!Object.hasOwn(catalog, key)) report(record, `${field} "${key}" is not in the English catalog`);
	};
	const checkPlace = (record: string, id: string) => {
		if (!placeById.has(id)) report(record, `place "${id}" does not exist`);
	};

	// --- sources -------------------------------------------------------------------------------------
	const httpOk = new Set(data.httpOnlySourceIds);
	for (const s of data.sources) {
		const rec = `source "${s.id}"`;
		if (!s.title?.trim()) report(rec, 'title is empty');
		if (!s.publisher?.trim()) report(rec, 'publisher is empty');
		let url: URL | undefined;
		try {
			url = new URL(s.url);
		} catch {
			report(rec, `url "${s.url}" is not an absolute URL`);
		}
		if (url) {
			if (url.protocol === 'http:') {
				if (!httpOk.has(s.id)) report(rec, `url "${s.url}" must be https:// (or be listed in HTTP_ONLY_SOURCE_IDS)`);
			} else if (url.protocol !== 'https:') {
				report(rec, `url "${s.url}" must be https://`);
			}
		}
		if (s.date !== 'undated' && !ISO_DATE.test(s.date)) {
			report(rec, `date "${s.date}" is not YYYY, YYYY-MM, YYYY-MM-DD or 'undated'`);
		}
	}
	for (const id of data.httpOnlySourceIds) {
		const s = data.sources.find((x) => x.id === id);
		if (!s) report(`HTTP_ONLY_SOURCE_IDS`, `source "${id}" does not exist`);
		else if (!s.url.startsWith('http://')) report(`source "${id}"`, 'is listed in HTTP_ONLY_SOURCE_IDS but its url is not http://');
	}

	// --- places --------------------------------------------------------------------------------------
	for (const p of data.places) {
		const rec = `place "${p.id}"`;
		const [lon, lat] = p.lonLat ?? [];
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
			report(rec, 'lonLat must be two finite numbers');
		} else {
			const lonN = lon as number;
			const latN = lat as number;
			if (lonN < -180 || lonN > 180) report(rec, `longitude ${lonN} is outside [-180, 180]`);
			if (latN < -90 || latN > 90) report(rec, `latitude ${latN} is outside [-90, 90]`);
			const box = REGION_BOX[p.country];
			if (box && !(lonN >= box[0] && lonN <= box[2] && latN >= box[1] && latN <= box[3])) {
				// The usual cause is [lat, lon] written in place of [lon, lat].
				report(rec, `lonLat [${lonN}, ${latN}] is outside the ${p.country} box (swapped lon/lat?)`);
			}
		}
		if (!p.name?.trim()) report(rec, 'name is empty');
		checkKey(rec, 'display name', `place.${p.id}.name`, true);
		checkSources(rec, p.coordSourceIds, false);
		if (p.coordSourceIds.length === 0 && !p.coordNote?.trim()) {
			report(rec, 'a coordinate without sources needs a coordNote saying where it comes from');
		}
		if (p.approximate) {
			if (!(typeof p.precisionM === 'number' && p.precisionM > 0)) report(rec, 'approximate place needs precisionM > 0');
			if (!p.coordNote?.trim()) report(rec, 'approximate place needs a coordNote');
		}
		if (p.precisionM !== undefined && !(Number.isFinite(p.precisionM) && p.precisionM > 0)) {
			report(rec, `precisionM ${p.precisionM} must be a positive number`);
		}
		if (p.addressSourceIds) checkSources(rec, p.addressSourceIds, false);
		checkKey(rec, 'noteKey', p.noteKey);
		if (p.head) {
			checkKey(`${rec} head "${p.head.name}"`, 'roleKey', p.head.roleKey, true);
			checkSources(`${rec} head "${p.head.name}"`, p.head.sourceIds, true);
		}
		if (p.kind === 'delegation-city' && !p.head) report(rec, 'delegation city needs its head (the person who travelled)');
		if (CITY_KINDS.has(p.kind) && !p.outlineId) report(rec, 'city needs an outlineId');
		if (p.kind === 'venue') {
			if (!p.cityId) report(rec, 'venue needs a cityId');
			else if (placeById.get(p.cityId)?.kind !== 'host-city') report(rec, `cityId "${p.cityId}" is not a host city`);
		} else if (p.cityId !== undefined) {
			report(rec, 'only venues have a cityId');
		}
	}
	const delegation = data.places.filter((p) => p.kind === 'delegation-city').length;
	if (delegation !== DELEGATION_SIZE) {
		report('places', `the delegation has ${delegation} cities; the sources say ${DELEGATION_SIZE} (facts.md decision 2)`);
	}

	// --- figures -------------------------------------------------------------------------------------
	for (const f of data.figures) {
		const rec = `figure "${f.id}"`;
		checkPlace(rec, f.placeId);
		if (f.value === null) {
			if (f.confidence !== 'not found' && !f.noteKey) {
				report(rec, "value is null: set confidence 'not found' or a noteKey saying it is not reported");
			}
			checkSources(rec, f.sourceIds, false);
		} else {
			if (typeof f.value !== 'number' || !Number.isFinite(f.value)) report(rec, `value ${String(f.value)} is not a finite number`);
			else if (f.value < 0) report(rec, `value ${f.value} is negative`);
			checkSources(rec, f.sourceIds, true);
			if (YEAR_MEASURES.has(f.measure) || f.unitKey === 'unit.year') {
				if (!Number.isInteger(f.value) || f.value < 1800 || f.value > 2100) report(rec, `value ${f.value} is not a plausible year`);
			}
			if (f.measure === 'population' && !Number.isInteger(f.value)) report(rec, `population ${f.value} is not a whole number`);
		}
		if (f.asOf !== 'undated' && !ISO_DATE_OR_RANGE.test(f.asOf)) {
			report(rec, `asOf "${f.asOf}" is not an ISO date, range or 'undated'`);
		}
		checkKey(rec, 'unitKey', f.unitKey, true);
		checkKey(rec, 'labelKey', f.labelKey, f.measure === 'infrastructure');
		checkKey(rec, 'noteKey', f.noteKey);
		checkKey(`measure "${f.measure}"`, 'label', `measure.${f.measure}`, true);
		if (f.qualifier !== undefined) {
			if (!QUALIFIERS.includes(f.qualifier)) report(rec, `qualifier "${f.qualifier}" is unknown`);
			if (!f.approximateValue) report(rec, 'a qualifier implies approximateValue: true');
			checkKey(rec, 'qualifier', `qualifier.${f.qualifier}`, true);
		}
		if (f.alternativeTo !== undefined) {
			const main = figureById.get(f.alternativeTo);
			if (!main) report(rec, `alternativeTo "${f.alternativeTo}" does not exist`);
			else if (main.placeId !== f.placeId || main.measure !== f.measure || main.alternativeTo !== undefined) {
				report(rec, `alternativeTo "${f.alternativeTo}" must be a main figure of the same place and measure`);
			}
		}
	}
	// Charts draw one value per city and measure; extra values must say which one they are an alternative to.
	const mainFigure = new Map<string, string>();
	for (const f of data.figures) {
		if (f.measure === 'infrastructure' || f.alternativeTo !== undefined) continue;
		const key = `${f.placeId}/${f.measure}`;
		const other = mainFigure.get(key);
		if (other) report(`figure "${f.id}"`, `second ${f.measure} figure for "${f.placeId}" (also "${other}"): set alternativeTo`);
		else mainFigure.set(key, f.id);
	}

	// --- chapters ------------------------------------------------------------------------------------
	const chapterIds = data.chapters.map((c) => c.id);
	if (chapterIds.join(',') !== CHAPTER_IDS.join(',')) {
		report('chapters', `must be exactly [${CHAPTER_IDS.join(', ')}] in that order; got [${chapterIds.join(', ')}]`);
	}
	let previousFrom: string | undefined;
	for (const c of data.chapters) {
		const rec = `chapter "${c.id}"`;
		for (const id of c.placeIds) checkPlace(rec, id);
		if (c.frame.placeIds.length === 0) report(rec, 'frame needs at least one place');
		for (const id of c.frame.placeIds) {
			checkPlace(`${rec} frame`, id);
			const place = placeById.get(id);
			if (place?.approximate && c.frame.maxZoom > MAX_ZOOM_FOR_APPROXIMATE) {
				report(rec, `frame maxZoom ${c.frame.maxZoom} is above ${MAX_ZOOM_FOR_APPROXIMATE} but frames approximate place "${id}"`);
			}
		}
		if (!Number.isFinite(c.frame.maxZoom) || c.frame.maxZoom < 0 || c.frame.maxZoom > 22) {
			report(rec, `frame maxZoom ${c.frame.maxZoom} is outside [0, 22]`);
		}
		checkSources(rec, c.sourceIds, true);
		if (!DAY.test(c.dateFrom) || !DAY.test(c.dateTo)) report(rec, 'dateFrom and dateTo must be YYYY-MM-DD');
		else if (c.dateFrom > c.dateTo) report(rec, `dateFrom ${c.dateFrom} is after dateTo ${c.dateTo}`);
		// The chapters follow the calendar (Évry and Paris share 16–17 November, so equal dates are fine).
		if (previousFrom && c.dateFrom < previousFrom) {
			report(rec, `starts (${c.dateFrom}) before the previous chapter (${previousFrom})`);
		}
		previousFrom = c.dateFrom;
		for (const part of ['kicker', 'title', 'body']) checkKey(rec, part, `chapter.${c.id}.${part}`, true);
	}

	// --- discrepancies and quotes ---------------------------------------------------------------------
	for (const d of data.discrepancies) {
		const rec = `discrepancy "${d.id}"`;
		checkKey(rec, 'titleKey', d.titleKey);
		checkKey(rec, 'seedKey', d.seedKey, true);
		checkKey(rec, 'evidenceKey', d.evidenceKey, true);
		checkKey(rec, 'verdictKey', d.verdictKey, true);
		checkSources(rec, d.sourceIds, true);
	}
	for (const q of data.quotes) {
		const rec = `quote "${q.id}"`;
		if (!q.text?.trim()) report(rec, 'text is empty');
		if (!q.speaker?.trim()) report(rec, 'speaker is empty');
		if (!(CHAPTER_IDS as readonly string[]).includes(q.chapterId)) report(rec, `chapter "${q.chapterId}" does not exist`);
		if (q.placeId !== undefined) checkPlace(rec, q.placeId);
		checkKey(rec, 'roleKey', q.roleKey, true);
		checkKey(rec, 'noteKey', q.noteKey);
		checkSources(rec, q.sourceIds, true);
	}

	// A source no record points at is either dead weight or a record that forgot to cite it.
	for (const s of data.sources) {
		if (!usedSources.has(s.id)) report(`source "${s.id}"`, 'is not referenced by any place, figure, chapter, discrepancy or quote');
	}

	return problems;
}

/** Throws one Error listing every problem, so a build log shows them all at once. */
export function assertValidStory(data: StoryData, catalog: CatalogLike): void {
	const problems = validateStory(data, catalog);
	if (problems.length > 0) {
		const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
		throw new Error(`The story data is invalid (${count}):\n- ${problems.join('\n- ')}`);
	}
}
