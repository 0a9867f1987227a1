// The timeline built from the real data: the stops in the documented order, every chapter's end camera
// framing its places on a phone, a laptop and a 4K screen, and the view models every component reads.
import { describe, expect, it } from 'vitest';
import { contains, mercatorX, panelViewport, worldSize, WORLD_COPIES } from '$lib/journey/camera';
import { worldCopies } from '$lib/drawn/projection';
import { translator } from '$lib/i18n';
import { CHAPTERS, PLACES } from '$lib/story';
import { FLIGHT_INDEX, ROUTE_STOP_IDS, stopVenueId, storyTimeline } from './journey';
import { chapterCards, delegationRows, mapPlaces, railStops } from '$lib/present/view';

const t = translator('en');
const lonLat = (id: string) => PLACES.find((p) => p.id === id)!.lonLat;

describe('the journey timeline', () => {
	it('flies Incheon -> Hamburg -> Bonn -> Évry -> Paris (facts.md decision 1)', () => {
		expect(storyTimeline.route.stops.map((s) => s.id)).toEqual([...ROUTE_STOP_IDS]);
		expect(CHAPTERS[FLIGHT_INDEX]!.id).toBe('flight');
	});

	it('runs its legs between the venues the chapters visit, not the city centroids', () => {
		expect(ROUTE_STOP_IDS.map(stopVenueId)).toEqual([
			'icn',
			'hamburg-rathaus',
			'bonn-altes-rathaus',
			'evry-hotel-de-ville',
			'learning-planet-institute'
		]);
		const legs = storyTimeline.route.legs;
		ROUTE_STOP_IDS.slice(1).forEach((id, i) => {
			expect(legs[i]!.toLonLat, id).toEqual(lonLat(stopVenueId(id)));
			if (legs[i + 1]) expect(legs[i + 1]!.fromLonLat, id).toEqual(lonLat(stopVenueId(id)));
		});
	});

	it.each([
		[375, 667],
		[1440, 900],
		[3840, 2160]
	])('%i x %i: every chapter ends on a camera that shows its places', (w, h) => {
		const viewport = { ...panelViewport(w, h), worldCopies: WORLD_COPIES };
		CHAPTERS.forEach((chapter, i) => {
			const { camera } = storyTimeline.storyAtChapter(i, 1, viewport);
			expect(camera.zoom, chapter.id).toBeLessThanOrEqual(Math.min(14, chapter.frame.maxZoom));
			for (const id of chapter.frame.placeIds) expect(contains(camera, viewport, lonLat(id)), `${chapter.id}: ${id}`).toBe(true);
		});
	});

	it.each([
		[375, 667],
		[1440, 900],
		[1920, 1080],
		[3840, 2160]
	])('%i x %i: opens on one world behind the title, Korea and Europe both in view, the canvas filled', (w, h) => {
		// As the shells ask for it (SessionMap, KioskShell): one world, no copies, so no tile loads twice.
		const viewport = { ...panelViewport(w, h), worldCopies: WORLD_COPIES };
		const { camera } = storyTimeline.storyAtChapter(0, 0, viewport);
		expect(camera.zoom).toBeLessThanOrEqual(3);
		for (const id of ['icn', 'hamburg', 'paris']) expect(contains(camera, viewport, lonLat(id)), id).toBe(true);
		// The world reaches both edges of the canvas (the camera is clamped as MapLibre clamps it): no blank strip.
		const ws = worldSize(camera.zoom);
		const p = camera.padding;
		const left = (p.left + w - p.right) / 2 - mercatorX(camera.center[0]) * ws;
		expect(left).toBeLessThanOrEqual(0.5);
		expect(left + ws).toBeGreaterThanOrEqual(w - 0.5);
		// The drawn map (the first paint) draws that one world once.
		expect(worldCopies(camera, { ...viewport, worldCopies: true })).toEqual([0]);
	});

	it('has reached every stop by the end', () => {
		const end = storyTimeline.storyAt(1, panelViewport(1440, 900));
		expect(end.reachedStopIds).toEqual([...ROUTE_STOP_IDS]);
		expect(end.plane.visible).toBe(false);
	});
});

describe('view models', () => {
	const places = mapPlaces(t);

	it('labels the seven delegation cities with Hangul and their heads, and Anyang apart', () => {
		const korean = places.filter((p) => p.kind === 'delegation-city');
		expect(korean).toHaveLength(7);
		for (const p of korean) {
			expect(p.nameKo, p.id).toMatch(/[\uac00-\ud7a3]/);
			expect(p.detail, p.id).toBeTruthy();
			expect(p.chapterIds).toContain('korea');
		}
		expect(places.find((p) => p.id === 'anyang')?.kind).toBe('discrepancy-city');
	});

	it("keeps reached stops marked in later chapters, but not a host city's dot in its own chapter", () => {
		const hamburg = places.find((p) => p.id === 'hamburg')!;
		expect(hamburg.chapterIds).toEqual(['flight', 'bonn', 'evry', 'paris']);
		expect(places.find((p) => p.id === 'icn')!.chapterIds).toContain('paris');
		expect(places.find((p) => p.id === 'bonn')!.chapterIds).not.toContain('hamburg');
	});

	it('gives venues a short label and keeps the full name for screen readers', () => {
		const uil = places.find((p) => p.id === 'uil')!;
		expect(uil.name.length).toBeLessThan(uil.fullName.length);
		expect(uil.approximate).toBe(true);
	});

	it('builds a card per chapter with resolved sources and no missing copy', () => {
		const cards = chapterCards(t);
		expect(cards.map((c) => c.id)).toEqual(CHAPTERS.map((c) => c.id));
		for (const card of cards) {
			expect(card.sources.length, card.id).toBe(CHAPTERS.find((c) => c.id === card.id)!.sourceIds.length);
			for (const text of [card.kicker, card.title, card.body, ...card.notes]) expect(text).not.toMatch(/^[a-z]+(\.[\w-]+)+$/);
		}
		expect(cards.find((c) => c.id === 'hamburg')?.quote?.speaker).toBe('Corinna Nienstedt');
		expect(cards.find((c) => c.id === 'evry')?.quote?.speaker).toBe('Pascal Chatagnon');
	});

	it('lists the delegation and the rail in story order', () => {
		expect(delegationRows(t)).toHaveLength(7);
		const rail = railStops(t, 'en');
		expect(rail.map((s) => s.id)).toEqual(CHAPTERS.map((c) => c.id));
		expect(rail.find((s) => s.id === 'bonn')?.date).toBe('15 Nov') // British order, from Intl (en-GB);
	});
});
