import { describe, expect, it } from 'vitest';
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LonLat } from '$lib/story/types';
import { contains, fitBounds, panelViewport, project, type Viewport } from './camera';
import type { MapFrame } from '$lib/map/controller';
import { EARTH_RADIUS_KM } from './route';
import { FLIGHT, GROUND, createTimeline, type StoryFrame, type TimelineInput } from './timeline';

// Fixture coordinates (approximate; the story's real places live in src/lib/story and are not imported here).
const ICN: LonLat = [126.451, 37.4691];
const HAM: LonLat = [9.99, 53.55];
const BONN: LonLat = [7.1, 50.73];
const EVRY: LonLat = [2.43, 48.62];
const PARIS: LonLat = [2.35, 48.86];

const INPUT: TimelineInput = {
	chapters: [
		{ id: 'korea', framePoints: [[127.03, 37.26], [126.86, 37.48], [126.89, 35.15], [128.43, 34.85], ICN], maxZoom: 8 },
		{ id: 'flight', framePoints: [ICN, HAM], maxZoom: 6 },
		{ id: 'hamburg', framePoints: [[9.9866, 53.5676], [9.993, 53.5503]], maxZoom: 13 },
		{ id: 'bonn', framePoints: [[7.15, 50.7192], [7.1005, 50.735]], maxZoom: 13 },
		{ id: 'evry', framePoints: [[2.4297, 48.624], [2.44, 48.63]], maxZoom: 14 },
		{ id: 'paris', framePoints: [[2.3585, 48.8534], [2.3063, 48.8497]], maxZoom: 13 }
	],
	stops: [
		{ id: 'icn', lonLat: ICN },
		{ id: 'hamburg', lonLat: HAM },
		{ id: 'bonn', lonLat: BONN },
		{ id: 'evry', lonLat: EVRY },
		{ id: 'paris', lonLat: PARIS }
	],
	legChapterIds: ['flight', 'bonn', 'evry', 'paris']
};

const VIEWPORTS: Record<string, Viewport> = {
	'phone 375x667': panelViewport(375, 667),
	'desktop 1440x900': panelViewport(1440, 900),
	'4K 3840x2160': panelViewport(3840, 2160)
};
const VIEWPORT_CASES = Object.entries(VIEWPORTS).map(([name, viewport]) => ({ name, viewport }));
const DESKTOP = VIEWPORTS['desktop 1440x900']!;

const tl = createTimeline(INPUT);
const FLIGHT_INDEX = tl.indexOf('flight');

const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;
/** Kilometres drawn in a frame, measured on its own lines (vertices are on the arcs, so chords add up). */
function drawnKm(frame: StoryFrame): number {
	let sum = 0;
	for (const line of frame.route) for (let i = 1; i < line.length; i++) sum += km(line[i - 1]!, line[i]!);
	return sum;
}

describe('chapters and t', () => {
	it('gives every chapter an equal span of t', () => {
		expect(tl.chapterIds).toEqual(['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris']);
		tl.chapterIds.forEach((id, i) => {
			expect(tl.chapterStart(i)).toBeCloseTo(i / 6, 12);
			expect(tl.chapterEnd(i)).toBeCloseTo((i + 1) / 6, 12);
			const start = tl.storyAt(tl.chapterStart(i), DESKTOP);
			expect(start).toMatchObject({ chapterId: id, chapterIndex: i, progress: 0 });
			const mid = tl.storyAt((tl.chapterStart(i) + tl.chapterEnd(i)) / 2, DESKTOP);
			expect(mid.chapterId).toBe(id);
			expect(mid.progress).toBeCloseTo(0.5, 9);
		});
		expect(tl.indexOf('nowhere')).toBe(-1);
	});

	it.each([
		{ t: -0.5, same: 0 },
		{ t: Number.NaN, same: 0 },
		{ t: Number.NEGATIVE_INFINITY, same: 0 },
		{ t: 1.7, same: 1 },
		{ t: Number.POSITIVE_INFINITY, same: 1 }
	])('t = $t clamps to $same', ({ t, same }) => {
		expect(tl.storyAt(t, DESKTOP)).toEqual(tl.storyAt(same, DESKTOP));
	});

	it('t = 1 is the last chapter end state; bad chapter indexes clamp', () => {
		expect(tl.storyAt(1, DESKTOP)).toEqual(tl.storyAtChapter(5, 1, DESKTOP));
		expect(tl.storyAtChapter(99, 1, DESKTOP).chapterId).toBe('paris');
		expect(tl.storyAtChapter(-3, 0.5, DESKTOP).chapterId).toBe('korea');
		expect(tl.storyAtChapter(Number.NaN, Number.NaN, DESKTOP)).toEqual(tl.storyAt(0, DESKTOP));
	});

	it("a frame is what the controller draws (its MapFrame type)", () => {
		const frame: MapFrame = tl.storyAt(0.3, DESKTOP); // a compile-time check, run by tsc
		expect(frame.chapterId).toBe('flight');
	});

	it('is pure: the same t gives a deep-equal frame', () => {
		const other = createTimeline(INPUT);
		for (let i = 0; i <= 60; i++) {
			const t = i / 60 + 0.003;
			const a = tl.storyAt(t, DESKTOP);
			expect(tl.storyAt(t, DESKTOP)).toEqual(a);
			expect(other.storyAt(t, DESKTOP)).toEqual(a);
		}
	});
});

describe('choreography', () => {
	it('korea: nothing drawn, plane hidden at Incheon', () => {
		for (const p of [0, 0.5, 1]) {
			const f = tl.storyAtChapter(0, p, DESKTOP);
			expect(f.route).toEqual([]);
			expect(f.plane.visible).toBe(false);
			expect(f.plane.lonLat).toEqual(ICN);
			expect(f.reachedStopIds).toEqual(['icn']);
		}
	});

	it('flight: the plane on the great circle at half the distance (within 1 km)', () => {
		const legKm = km(ICN, HAM);
		const expected = geoInterpolate(ICN, HAM)(0.5); // computed independently of route.ts
		// The t at which half the leg is drawn, by bisection on the drawn length (monotone, tested below).
		let lo = tl.chapterStart(FLIGHT_INDEX);
		let hi = tl.chapterEnd(FLIGHT_INDEX) - 1e-12;
		for (let i = 0; i < 60; i++) {
			const mid = (lo + hi) / 2;
			if (drawnKm(tl.storyAt(mid, DESKTOP)) < legKm / 2) lo = mid;
			else hi = mid;
		}
		const f = tl.storyAt(hi, DESKTOP);
		expect(f.chapterId).toBe('flight');
		expect(km(f.plane.lonLat, expected)).toBeLessThan(1);
		// The travel ease is symmetric, so half the distance is at the middle of the travel window.
		expect(f.progress).toBeCloseTo((FLIGHT.depart + FLIGHT.land) / 2, 6);
		// The line drawn so far ends at the plane.
		const line = f.route[0]!;
		expect(line[line.length - 1]).toEqual(f.plane.lonLat);
		expect(f.plane.visible).toBe(true);
	});

	it('flight: the readout counts great-circle km flown of the total; the arc ahead shrinks to nothing', () => {
		const total = km(ICN, HAM);
		const start = tl.storyAtChapter(FLIGHT_INDEX, 0, DESKTOP);
		expect(start.flight).toEqual({ flownKm: 0, totalKm: expect.closeTo(total, 6) });
		expect(start.routeAhead).toEqual([tl.route.legs[0]!.coords]);
		const mid = tl.storyAtChapter(FLIGHT_INDEX, 0.5, DESKTOP);
		expect(mid.flight!.flownKm).toBeCloseTo(total / 2, 6);
		expect(mid.routeAhead[0]![0]).toEqual(mid.plane.lonLat);
		const end = tl.storyAtChapter(FLIGHT_INDEX, 1, DESKTOP);
		expect(end.flight!.flownKm).toBeCloseTo(total, 6);
		expect(end.routeAhead).toEqual([]);
		expect(tl.storyAtChapter(tl.indexOf('bonn'), 0.3, DESKTOP).flight).toBeNull();
	});

	it('flight: origin, destination, the plane and the whole arc in view at every moment', () => {
		for (const { viewport } of VIEWPORT_CASES) {
			const start = tl.storyAtChapter(FLIGHT_INDEX, 0, viewport);
			expect(start.route).toEqual([]);
			expect(start.plane).toMatchObject({ visible: true, lonLat: ICN });
			for (let k = 0; k <= 20; k++) {
				const f = tl.storyAtChapter(FLIGHT_INDEX, k / 20, viewport);
				for (const p of [ICN, HAM, f.plane.lonLat]) expect(contains(f.camera, viewport, p), `${k / 20}: ${p}`).toBe(true);
				for (const p of tl.route.legs[0]!.coords) expect(contains(f.camera, viewport, p)).toBe(true);
			}

			const end = tl.storyAtChapter(FLIGHT_INDEX, 1, viewport);
			expect(end.camera).toEqual(start.camera);
			expect(end.route).toEqual([tl.route.legs[0]!.coords]);
			expect(end.plane.visible).toBe(false);
			expect(end.reachedStopIds).toEqual(['icn', 'hamburg']);
			// "Shows the whole drawn route": every vertex of the arc, not just its ends (it bulges north).
			for (const p of end.route[0]!) expect(contains(end.camera, viewport, p)).toBe(true);
		}
	});

	it.each([
		{ id: 'bonn', from: HAM, to: BONN, reachedBefore: ['icn', 'hamburg'], legs: 2 },
		{ id: 'evry', from: BONN, to: EVRY, reachedBefore: ['icn', 'hamburg', 'bonn'], legs: 3 },
		{ id: 'paris', from: EVRY, to: PARIS, reachedBefore: ['icn', 'hamburg', 'bonn', 'evry'], legs: 4 }
	])('$id: the leg in is drawn over the first part, then the plane hides', ({ id, from, to, reachedBefore, legs }) => {
		const i = tl.indexOf(id);
		const start = tl.storyAtChapter(i, 0, DESKTOP);
		expect(start.route).toHaveLength(legs - 1);
		expect(start.plane).toMatchObject({ visible: true, lonLat: from });
		expect(start.reachedStopIds).toEqual(reachedBefore);

		const moving = tl.storyAtChapter(i, (GROUND.depart + GROUND.arrive) / 2, DESKTOP);
		expect(moving.route).toHaveLength(legs);
		expect(moving.plane.visible).toBe(true);
		expect(moving.reachedStopIds).toEqual(reachedBefore);

		for (const p of [GROUND.arrive, 1]) {
			const arrived = tl.storyAtChapter(i, p, DESKTOP);
			expect(arrived.route).toEqual(tl.route.legs.slice(0, legs).map((l) => l.coords));
			expect(arrived.plane).toMatchObject({ visible: false, lonLat: to });
			expect(arrived.reachedStopIds).toEqual([...reachedBefore, id]);
		}
	});

	it('hamburg: the flight stays drawn, no travel', () => {
		const f = tl.storyAtChapter(tl.indexOf('hamburg'), 0.5, DESKTOP);
		expect(f.route).toEqual([tl.route.legs[0]!.coords]);
		expect(f.plane.visible).toBe(false);
		expect(f.reachedStopIds).toEqual(['icn', 'hamburg']);
	});

	it('route progress never decreases as t grows (1,000 samples)', () => {
		let previous = -1;
		let previousReached = 0;
		for (let i = 0; i <= 1000; i++) {
			const f = tl.storyAt(i / 1000, DESKTOP);
			const drawn = drawnKm(f);
			expect(drawn).toBeGreaterThanOrEqual(previous - 1e-6);
			expect(f.reachedStopIds.length).toBeGreaterThanOrEqual(previousReached);
			previous = drawn;
			previousReached = f.reachedStopIds.length;
		}
		expect(previous).toBeCloseTo(tl.route.lengthKm, 6);
		// 1,000 full frames (each fits the flight's ~450-point arc): ~3 s alone, over 5 s on the shared 2-core box.
	}, 20_000);
});

describe('cameras', () => {
	it.each(VIEWPORT_CASES)("$name: every chapter's end camera contains its frame points", ({ viewport }) => {
		INPUT.chapters.forEach((chapter, i) => {
			const { camera } = tl.storyAtChapter(i, 1, viewport);
			// The padding may slide where MapLibre clamps the centre (constrainCamera), never resize.
			expect(camera.padding.top + camera.padding.bottom).toBeCloseTo(viewport.padding.top + viewport.padding.bottom, 6);
			expect(camera.padding.left + camera.padding.right).toBeCloseTo(viewport.padding.left + viewport.padding.right, 6);
			expect(camera.zoom).toBeLessThanOrEqual(chapter.maxZoom);
			for (const p of chapter.framePoints) expect(contains(camera, viewport, p), `${chapter.id} ${p}`).toBe(true);
		});
	});

	it.each(VIEWPORT_CASES)('$name: the plane is in view whenever it is visible', ({ viewport }) => {
		for (let i = 0; i <= 1000; i++) {
			const f = tl.storyAt(i / 1000, viewport);
			if (f.plane.visible) expect(contains(f.camera, viewport, f.plane.lonLat), `t=${i / 1000}`).toBe(true);
		}
	});

	/**
	 * The largest camera step between neighbouring samples of one chapter: zoom levels, and how far the new
	 * centre lands from the old one on screen at the old camera (px).
	 */
	function maxSteps(chapter: number, samples: number, viewport: Viewport) {
		let zoom = 0;
		let px = 0;
		let prev = tl.storyAtChapter(chapter, 0, viewport).camera;
		for (let i = 1; i <= samples; i++) {
			const cam = tl.storyAtChapter(chapter, i / samples, viewport).camera;
			const [x0, y0] = project(prev, viewport, prev.center);
			const [x1, y1] = project(prev, viewport, cam.center);
			zoom = Math.max(zoom, Math.abs(cam.zoom - prev.zoom));
			px = Math.max(px, Math.hypot(x1 - x0, y1 - y0));
			prev = cam;
		}
		return { zoom, px };
	}

	// Bounds per 1/1000 of a chapter. A switch (if/else between cameras) shows up as a step of hundreds of px or
	// whole zoom levels. Our blends move the centre at most 2% of the map's width per step, so a full screen of
	// panning takes at least 5% of the chapter (a reader's scroll of a chapter spans a screen or more, so that
	// is at most ~1/20 of a screen of scrolling): motion, never a cut. Zoom changes at most 0.05 per step, i.e.
	// a whole zoom level takes at least 2% of the chapter. Measured maxima: ~0.8-1.5% of the width, 0.037 zoom.
	// Halving the step size must (about) halve the largest step, which proves the camera is continuous
	// (Lipschitz) and not merely jumping by small amounts.
	const CHAPTERS_WITH_MOTION = ['bonn', 'evry', 'paris'];
	const continuityCases = VIEWPORT_CASES.flatMap((v) => CHAPTERS_WITH_MOTION.map((id) => ({ ...v, id })));
	it.each(continuityCases)('$name, $id: the camera changes continuously', ({ viewport, id }) => {
		const index = tl.indexOf(id);
		const coarse = maxSteps(index, 1000, viewport);
		expect(coarse.zoom).toBeLessThan(0.05);
		expect(coarse.px).toBeLessThan(0.02 * viewport.width);
		const fine = maxSteps(index, 2000, viewport);
		expect(fine.zoom).toBeLessThan(0.6 * coarse.zoom);
		expect(fine.px).toBeLessThan(0.6 * coarse.px);
	});

	it.each(['korea', 'flight', 'hamburg'])('%s: a still camera', (id) => {
		const i = tl.indexOf(id);
		expect(tl.storyAtChapter(i, 0, DESKTOP).camera).toEqual(tl.storyAtChapter(i, 1, DESKTOP).camera);
	});
});

describe('input validation', () => {
	it.each([
		{ name: 'no chapters', input: { ...INPUT, chapters: [] } },
		{ name: 'duplicate chapter ids', input: { ...INPUT, chapters: [...INPUT.chapters, INPUT.chapters[0]!] } },
		{ name: 'missing leg chapter', input: { ...INPUT, legChapterIds: ['flight', 'bonn', 'evry'] } },
		{ name: 'unknown leg chapter', input: { ...INPUT, legChapterIds: ['flight', 'bonn', 'evry', 'london'] } },
		{ name: 'legs out of chapter order', input: { ...INPUT, legChapterIds: ['flight', 'evry', 'bonn', 'paris'] } }
	])('$name throws', ({ input }) => {
		expect(() => createTimeline(input)).toThrow();
	});

	it('a chapter may travel several legs; a chapter without frame points frames the traveller', () => {
		const t = createTimeline({
			chapters: [
				{ id: 'a', framePoints: [], maxZoom: 10 },
				{ id: 'b', framePoints: [BONN], maxZoom: 10 }
			],
			stops: INPUT.stops,
			legChapterIds: ['a', 'a', 'b', 'b']
		});
		const endA = t.storyAtChapter(0, 1, DESKTOP);
		expect(endA.reachedStopIds).toEqual(['icn', 'hamburg', 'bonn']);
		expect(contains(endA.camera, DESKTOP, BONN)).toBe(true);
		expect(t.storyAtChapter(1, 1, DESKTOP).reachedStopIds).toHaveLength(5);
	});
});

describe('an opening view (the story opens on the world, then closes in on Korea)', () => {
	const WORLD: LonLat[] = [[-40, -50], [70, 0], [179.9, 72]];
	const withOpening = createTimeline({
		...INPUT,
		chapters: INPUT.chapters.map((c) => (c.id === 'korea' ? { ...c, opening: { points: WORLD, maxZoom: 3 } } : c))
	});
	const worldView = { ...DESKTOP, worldCopies: true };

	it('starts on the opening fit and ends on the chapter fit, as without an opening', () => {
		const start = withOpening.storyAtChapter(0, 0, worldView).camera;
		expect(start).toEqual(fitBounds(WORLD, worldView, { maxZoom: 3 }));
		expect(withOpening.storyAtChapter(0, 1, worldView).camera).toEqual(tl.storyAtChapter(0, 1, worldView).camera);
		expect(start.zoom).toBeLessThan(2);
		for (const p of WORLD) expect(contains(start, worldView, p)).toBe(true);
	});

	it('moves between the two continuously', () => {
		let prev = withOpening.storyAtChapter(0, 0, worldView).camera;
		for (let i = 1; i <= 1000; i++) {
			const cam = withOpening.storyAtChapter(0, i / 1000, worldView).camera;
			expect(Math.abs(cam.zoom - prev.zoom)).toBeLessThan(0.05);
			prev = cam;
		}
	});
});
