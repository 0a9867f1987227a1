import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
// The story's copy: the keys of these namespaces (interface strings are checked elsewhere).
const STORY_NAMESPACES = /^(story|chapter|place|role|quote|measure|unit|qualifier|figure|note|discrepancy)\./;
const storyCopy = Object.fromEntries(
	Object.entries(en).filter(([key]) => STORY_NAMESPACES.test(key) && key !== 'story.eyebrow')
) as Record<string, string>;
import { CHAPTER_IDS, chapterById, placeById, placesOfKind, sourceById } from './index';
import { figuresFor, mainFigure } from './figure-lookup';
import { STORY } from './all';
import { assertValidStory, validateStory, type StoryData } from './validate';
import type { Chapter, Figure, Place, Source } from './types';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A deep, mutable copy of the real data, so a case can break one thing and leave the rest valid. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
function copy(): Mutable<StoryData> {
	return structuredClone(STORY) as Mutable<StoryData>;
}
function find<T extends { id: string }>(records: T[], id: string): T {
	const record = records.find((r) => r.id === id);
	if (!record) throw new Error(`test setup: no record "${id}"`);
	return record;
}

describe('the real story data', () => {
	it('is valid', () => {
		expect(validateStory(STORY, en)).toEqual([]);
		expect(() => assertValidStory(STORY, en)).not.toThrow();
	});

	it('has the chapters of the page contract, in order', () => {
		expect(STORY.chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
	});

	it('has seven delegation cities and Anyang apart', () => {
		expect(placesOfKind('delegation-city').map((p) => p.id)).toEqual([
			'eunpyeong',
			'gwangmyeong',
			'suwon',
			'gongju',
			'seo-gu-gwangju',
			'anseong',
			'buan'
		]);
		expect(placeById('anyang')?.kind).toBe('discrepancy-city');
		expect(placeById('anyang')?.head?.name).toBe('Choi Dae-ho');
	});

	it('has every place id other modules rely on', () => {
		const ids = [
			'eunpyeong', 'gwangmyeong', 'suwon', 'gongju', 'seo-gu-gwangju', 'anseong', 'buan', 'anyang',
			'hamburg', 'bonn', 'evry', 'paris',
			'hamburg-rathaus', 'uil', 'bonn-altes-rathaus', 'bonn-haus-der-bildung', 'evry-hotel-de-ville',
			'genopole', 'universite-evry', 'learning-planet-institute', 'unesco-hq',
			'icn', 'fra', 'cdg'
		];
		expect(STORY.places.map((p) => p.id).sort()).toEqual([...ids].sort());
	});

	it('frames the seven cities in Korea and ICN + Hamburg for the flight', () => {
		expect(chapterById('korea')?.frame.placeIds).toHaveLength(7);
		expect(chapterById('korea')?.frame.placeIds).not.toContain('anyang');
		expect(chapterById('flight')?.frame.placeIds).toEqual(['icn', 'hamburg']);
	});

	it('keeps the approximate venues at or below zoom 14 wherever they are framed', () => {
		for (const chapter of STORY.chapters) {
			const approximate = chapter.frame.placeIds.some((id) => placeById(id)?.approximate);
			if (approximate) expect(chapter.frame.maxZoom).toBeLessThanOrEqual(14);
		}
	});

	it('shows a missing figure as null, never as 0', () => {
		expect(mainFigure('gongju', 'nationalLlcDesignated')?.value).toBeNull();
		expect(mainFigure('paris', 'gnlcJoined')?.value).toBeNull();
		expect(STORY.figures.some((f) => f.value === 0)).toBe(false);
	});

	it('gives one main figure per city and measure, alternatives on request', () => {
		expect(figuresFor('hamburg', { measure: 'population' }).map((f) => f.id)).toEqual(['hamburg-population']);
		expect(figuresFor('hamburg', { measure: 'population', withAlternatives: true })).toHaveLength(3);
	});

	it('keeps Buan’s unverified 28/24 out of the figures', () => {
		expect(figuresFor('buan', { measure: 'infrastructure' }).map((f) => f.value)).toEqual([18]);
	});

	it('helpers return undefined for unknown ids instead of throwing', () => {
		expect(chapterById('<script>')).toBeUndefined();
		expect(placeById('nowhere')).toBeUndefined();
		expect(sourceById('nothing')).toBeUndefined();
	});

	it('quotes the source article verbatim', () => {
		const article = readFileSync(
			fileURLToPath(new URL('../../../data/facts/source-article.md', import.meta.url)),
			'utf8'
		).replace(/\s+/g, ' ');
		for (const quote of STORY.quotes) expect(article).toContain(quote.text);
	});
});

describe('the English story copy', () => {
	const entries = Object.entries(storyCopy);

	it('is plain text with typographic quotes', () => {
		for (const [key, text] of entries) {
			expect(text, key).not.toMatch(/<[a-z/!]/i); // no HTML
			expect(text, key).not.toMatch(/\*\*|__|\[[^\]]*\]\(|^#/m); // no markdown
			expect(text, key).not.toMatch(/['"]/); // typographic quotes and apostrophes only
			expect(text, key).not.toMatch(/ - | -- /); // dashes, not hyphens
			expect(text.trim(), key).toBe(text);
			// paragraphs are separated by exactly one blank line, and there are no other line breaks
			expect(text.split('\n\n').every((p) => p.length > 0 && !p.includes('\n')), key).toBe(true);
		}
	});

	it('uses only {name} placeholders', () => {
		for (const [key, text] of entries) {
			for (const brace of text.match(/[{}][^{}]*/g) ?? []) expect(brace, key).toMatch(/^\{\w+$|^\}/);
		}
	});

	it('has 2–4 paragraphs in every chapter body and 2 sentences in the standfirst', () => {
		for (const id of CHAPTER_IDS) {
			const paragraphs = (en as Record<string, string>)[`chapter.${id}.body`]?.split('\n\n') ?? [];
			expect(paragraphs.length, id).toBeGreaterThanOrEqual(2);
			expect(paragraphs.length, id).toBeLessThanOrEqual(4);
		}
		expect(en['story.standfirst'].split(/(?<=\.)\s+/)).toHaveLength(2);
	});
});

// Each case breaks one thing in a copy of the real data; the problem list must name the record.
const broken: { name: string; breakIt: (data: Mutable<StoryData>) => void; expected: RegExp }[] = [
	{
		name: 'duplicate place id',
		breakIt: (d) => d.places.push({ ...find(d.places, 'suwon') }),
		expected: /^place "suwon": duplicate id$/
	},
	{
		name: 'duplicate source id',
		breakIt: (d) => d.sources.push({ ...find(d.sources, 'natural-earth') }),
		expected: /^source "natural-earth": duplicate id$/
	},
	{
		name: 'duplicate figure id',
		breakIt: (d) => d.figures.push({ ...find(d.figures, 'suwon-population'), alternativeTo: 'suwon-population' }),
		expected: /^figure "suwon-population": duplicate id$/
	},
	{
		name: 'swapped lon/lat',
		breakIt: (d) => {
			const p = find(d.places, 'gongju');
			p.lonLat = [p.lonLat[1], p.lonLat[0]];
		},
		expected: /^place "gongju": lonLat \[36\.4466, 127\.119\] is outside the KR box/
	},
	{
		name: 'latitude out of range',
		breakIt: (d) => {
			find(d.places, 'bonn').lonLat = [7.08, 95];
		},
		expected: /^place "bonn": latitude 95 is outside \[-90, 90\]$/
	},
	{
		name: 'figure with no source',
		breakIt: (d) => {
			find(d.figures, 'suwon-population').sourceIds = [];
		},
		expected: /^figure "suwon-population": needs at least one source$/
	},
	{
		name: 'figure pointing at a missing source',
		breakIt: (d) => {
			find(d.figures, 'suwon-population').sourceIds = ['x'];
		},
		expected: /^figure "suwon-population": source "x" does not exist$/
	},
	{
		name: 'figure for a missing place',
		breakIt: (d) => {
			find(d.figures, 'bonn-area').placeId = 'bon';
		},
		expected: /^figure "bonn-area": place "bon" does not exist$/
	},
	{
		name: 'null figure without confidence or note',
		breakIt: (d) => {
			const f = find(d.figures, 'suwon-area');
			f.value = null;
			f.confidence = 'medium';
		},
		expected: /^figure "suwon-area": value is null/
	},
	{
		name: 'non-finite figure value',
		breakIt: (d) => {
			find(d.figures, 'bonn-area').value = Number.NaN;
		},
		expected: /^figure "bonn-area": value NaN is not a finite number$/
	},
	{
		name: 'infrastructure figure without a label',
		breakIt: (d) => {
			delete find(d.figures, 'suwon-learning-centres').labelKey;
		},
		expected: /^figure "suwon-learning-centres": labelKey is missing$/
	},
	{
		name: 'second main figure for the same measure',
		breakIt: (d) => {
			delete find(d.figures, 'hamburg-population-2022').alternativeTo;
		},
		expected: /^figure "hamburg-population-2022": second population figure for "hamburg"/
	},
	{
		name: 'chapter with a missing place',
		breakIt: (d) => {
			find(d.chapters, 'bonn').placeIds.push('bonn-beethovenhalle');
		},
		expected: /^chapter "bonn": place "bonn-beethovenhalle" does not exist$/
	},
	{
		name: 'chapter frame with a missing place',
		breakIt: (d) => {
			find(d.chapters, 'paris').frame.placeIds.push('eiffel');
		},
		expected: /^chapter "paris" frame: place "eiffel" does not exist$/
	},
	{
		name: 'chapters out of order',
		breakIt: (d) => {
			const [a, b] = [d.chapters[2] as Chapter, d.chapters[3] as Chapter];
			d.chapters[2] = b;
			d.chapters[3] = a;
		},
		expected: /^chapters: must be exactly \[korea, flight, hamburg, bonn, evry, paris\] in that order; got \[korea, flight, bonn, hamburg/
	},
	{
		name: 'a chapter missing',
		breakIt: (d) => {
			d.chapters.pop();
		},
		expected: /^chapters: must be exactly/
	},
	{
		name: 'chapter dated before the previous one',
		breakIt: (d) => {
			find(d.chapters, 'bonn').dateFrom = '2022-11-12';
		},
		expected: /^chapter "bonn": starts \(2022-11-12\) before the previous chapter \(2022-11-13\)$/
	},
	{
		name: 'zooming past an approximate venue',
		breakIt: (d) => {
			find(d.chapters, 'evry').frame.maxZoom = 16;
		},
		expected: /^chapter "evry": frame maxZoom 16 is above 14 but frames approximate place "genopole"$/
	},
	{
		name: 'approximate place without precision',
		breakIt: (d) => {
			delete find(d.places, 'uil').precisionM;
		},
		expected: /^place "uil": approximate place needs precisionM > 0$/
	},
	{
		name: 'missing catalog key (unit)',
		breakIt: (d) => {
			find(d.figures, 'bonn-area').unitKey = 'unit.hectares';
		},
		expected: /^figure "bonn-area": unitKey "unit\.hectares" is not in the English catalog$/
	},
	{
		name: 'missing catalog key (role)',
		breakIt: (d) => {
			const head = find(d.places, 'buan').head as NonNullable<Place['head']>;
			head.roleKey = 'role.governor';
		},
		expected: /^place "buan" head "Kwon Ik-hyeon": roleKey "role\.governor" is not in the English catalog$/
	},
	{
		name: 'missing catalog key (discrepancy)',
		breakIt: (d) => {
			find(d.discrepancies, 'travel').verdictKey = 'discrepancy.travel.nope';
		},
		expected: /^discrepancy "travel": verdictKey "discrepancy\.travel\.nope" is not in the English catalog$/
	},
	{
		name: 'non-https url',
		breakIt: (d) => {
			find(d.sources, 'bonn-press-2022-11-15').url = 'http://www.bonn.de/pressemitteilungen/';
		},
		expected: /^source "bonn-press-2022-11-15": url "http:\/\/www\.bonn\.de\/pressemitteilungen\/" must be https:\/\//
	},
	{
		name: 'relative url',
		breakIt: (d) => {
			find(d.sources, 'natural-earth').url = 'www.naturalearthdata.com';
		},
		expected: /^source "natural-earth": url "www\.naturalearthdata\.com" is not an absolute URL$/
	},
	{
		name: 'quote for an unknown chapter',
		breakIt: (d) => {
			(find(d.quotes, 'nienstedt') as { chapterId: string }).chapterId = 'berlin';
		},
		expected: /^quote "nienstedt": chapter "berlin" does not exist$/
	},
	{
		name: 'an eighth delegation city',
		breakIt: (d) => {
			find(d.places, 'anyang').kind = 'delegation-city';
		},
		expected: /^places: the delegation has 8 cities/
	},
	{
		name: 'source nobody cites',
		breakIt: (d) => {
			const orphan: Source = { id: 'orphan', title: 'Orphan', publisher: 'Nobody', url: 'https://example.org/', date: 'undated' };
			d.sources.push(orphan);
		},
		expected: /^source "orphan": is not referenced by any/
	},
	{
		name: 'figure with a malformed date',
		breakIt: (d) => {
			(find(d.figures, 'bonn-population') as Figure).asOf = '31.12.2021';
		},
		expected: /^figure "bonn-population": asOf "31\.12\.2021" is not an ISO date/
	}
];

describe('validateStory on broken copies', () => {
	it.each(broken)('$name', ({ breakIt, expected }) => {
		const data = copy();
		breakIt(data);
		const problems = validateStory(data, en);
		expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
	});

	it('assertValidStory throws one error listing every problem', () => {
		const data = copy();
		find(data.figures, 'suwon-population').sourceIds = ['x'];
		find(data.places, 'gongju').lonLat = [36.4466, 127.119];
		// Swapped coordinates break two rules (latitude range and the Korea box): three problems in one error.
		expect(() => assertValidStory(data, en)).toThrowError(
			/\(3 problems\):\n- place "gongju": latitude 127\.119[\s\S]*\n- figure "suwon-population": source "x" does not exist$/
		);
	});
});
