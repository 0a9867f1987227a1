import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { PLACES } from '$lib/story';
import { figuresFor } from '$lib/story/figure-lookup';
import { CHAPTERS } from '$lib/story';
import { kioskCaptions, kioskPlaceCard, kioskTitleCard, MAX_FACTS, MAX_SOURCES } from './kiosk-view';
import { KIOSK_VISITS, formatDateRange } from './kiosk-visits';

const t = translator('en');

describe('kiosk view models', () => {
	it('has a caption with a short line for every chapter', () => {
		for (const c of kioskCaptions(t)) {
			expect(c.line).not.toMatch(/^kiosk\./);
			expect(c.line.length).toBeLessThan(120);
			expect(c.title).not.toMatch(/^chapter\./);
		}
	});

	it('builds a card for every place, with its head, bounded facts and sources, and no raw keys', () => {
		for (const place of PLACES) {
			const card = kioskPlaceCard(t, 'en', place.id)!;
			expect(card.name.length).toBeGreaterThan(0);
			expect(card.facts.length).toBeLessThanOrEqual(MAX_FACTS);
			expect(card.sources.length).toBeLessThanOrEqual(MAX_SOURCES);
			const text = JSON.stringify(card);
			expect(text, place.id).not.toMatch(/"(unit|measure|figure|role|qualifier|note)\.[\w.-]+"/);
		}
	});

	it('formats a population with grouping, its unit and date; years stay plain', () => {
		const suwon = kioskPlaceCard(t, 'en', 'suwon')!;
		const population = suwon.facts.find((f) => f.label === 'Population')!;
		expect(population.value).toMatch(/^[\d,]+ people$/);
		expect(population.date).toMatch(/^as of (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}/);
		expect(suwon.person?.name).toBeTruthy();
		const joined = suwon.facts.find((f) => /Global Network/.test(f.label));
		if (joined) expect(joined.value).toMatch(/^\d{4}$/);
		expect(figuresFor('suwon').length).toBeGreaterThan(0);
	});

	it('says dates the way the charts do (Oct 2022, not 2022-10)', () => {
		for (const place of PLACES) {
			for (const fact of kioskPlaceCard(t, 'en', place.id)!.facts) expect(fact.date, fact.id).not.toMatch(/\d{4}-\d{2}/);
		}
		const month = PLACES.flatMap((p) => figuresFor(p.id)).find((f) => /^\d{4}-\d{2}$/.test(f.asOf));
		if (month) {
			const fact = kioskPlaceCard(t, 'en', month.placeId)!.facts.find((x) => x.id === month.id);
			if (fact) expect(fact.date).toMatch(/[A-Z][a-z]{2} \d{4}/);
		}
	});

	it('every place on the kiosk map tells what happened there (a place card is never only "no figures")', () => {
		const shown = new Set(CHAPTERS.flatMap((c) => c.placeIds));
		for (const id of shown) {
			const card = kioskPlaceCard(t, 'en', id)!;
			expect(card.visit?.what, id).toMatch(/\w{3}/);
			expect(card.visit?.what, id).not.toMatch(/^kiosk\./);
			expect(card.sources.length, id).toBeGreaterThan(0);
		}
		expect(Object.keys(KIOSK_VISITS).filter((id) => !shown.has(id))).toEqual([]);
	});

	it('Hamburg City Hall: 14 November 2022, the Masterplan ESD briefing', () => {
		const card = kioskPlaceCard(t, 'en', 'hamburg-rathaus')!;
		expect(card.visit).toEqual({ when: '14 November 2022', what: expect.stringContaining('Masterplan ESD 2030') });
		expect(kioskPlaceCard(t, 'en', 'bonn-altes-rathaus')!.visit!.when).toBe('15 November 2022');
		expect(kioskPlaceCard(t, 'en', 'unesco-hq')!.visit!.when).toMatch(/^16\s?–\s?17 November 2022$/);
	});

	it('Anyang says it was not in the delegation, and names both mayors right', () => {
		const card = kioskPlaceCard(t, 'en', 'anyang')!;
		expect(card.visit!.when).toBe('');
		expect(card.visit!.what).toMatch(/^Not in the delegation/);
		expect(card.visit!.what).toContain('Choi Dae-ho');
		expect(card.visit!.what).toMatch(/Won Cheol Choi.{0,10}, who is Gongju’s mayor/);
	});

	it('kiosk copy makes no claim the sources do not (issue 10 item 8)', () => {
		const lines = kioskCaptions(t).map((c) => c.line).join(' ');
		expect(lines).not.toMatch(/then UNESCO Headquarters/);
		expect(lines).not.toMatch(/Bazar des Savoirs at City Hall/);
	});

	it('the title card gives the trip dates from the data, per locale', () => {
		expect(kioskTitleCard(t, 'en').kicker).toMatch(/13\s?–\s?17 November 2022/);
		expect(formatDateRange('de', '2022-11-13', '2022-11-17')).toMatch(/13\.\s?[–-]\s?17\. November 2022/);
		expect(formatDateRange('ko', '2022-11-14', '2022-11-14')).toBe('2022년 11월 14일');
	});

	it('returns null for an unknown or hostile id', () => {
		expect(kioskPlaceCard(t, 'en', '<script>')).toBeNull();
		expect(kioskPlaceCard(t, 'en', '__proto__')).toBeNull();
	});
});
