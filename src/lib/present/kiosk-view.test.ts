import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { figuresFor, PLACES } from '$lib/story';
import { kioskCaptions, kioskPlaceCard, MAX_FACTS, MAX_SOURCES } from './kiosk-view';

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

	it('returns null for an unknown or hostile id', () => {
		expect(kioskPlaceCard(t, 'en', '<script>')).toBeNull();
		expect(kioskPlaceCard(t, 'en', '__proto__')).toBeNull();
	});
});
