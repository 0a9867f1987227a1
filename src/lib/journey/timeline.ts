// storyAt(t): the whole choreography as one pure function (docs/ARCHITECTURE.md, "One timeline, three drivers").
// Scroll, the kiosk clock and the embed's ?chapter= all just pick a t; the same t always gives the same frame.
//
// Each chapter gets an equal span of t. Within a chapter the frame, camera included, is a continuous function of
// progress (smoothstep blends, no switches), so per-frame `jumpTo` while scrubbing is smooth. ACROSS chapters
// the camera is NOT continuous (the flight opens on its wide view, not on Korea's end camera): at a chapter
// change the controller eases from wherever the map is to the new chapter's frame (easeTo, or nothing under
// reduced motion), so the timeline never needs to know the previous chapter's camera, and storyAtChapter(i, 1),
// each chapter's end state, is what deep links and reduced motion show.
//
// The first leg is the flight (the whole arc in view); later legs are ground legs (leg overview, then settle on the
// chapter's frame). This matches the controller, which styles route line 0 as the air leg.
import type { LonLat } from '$lib/story/types';
import { buildRoute, positionAtKm, routeAhead, routeUpToKm, stopKms, type Route, type Stop } from './route';
import {
	clamp01,
	constrainCamera,
	easeInOut,
	fitBounds,
	lerpCamera,
	mix,
	smoothstep,
	type Camera,
	type Viewport
} from './camera';

export interface TimelineChapter {
	id: string;
	/** Points the chapter's end camera must contain (the chapter frame's places). */
	framePoints: LonLat[];
	/** Zoom cap for this chapter's cameras (approximate venues are never shown past their precision). */
	maxZoom: number;
	/**
	 * A chapter without travel may open on another view and move to its frame as progress goes 0 -> 1: the story
	 * opens on the world (progress 0, behind the title) and closes in on Korea when the first chapter begins.
	 */
	opening?: { points: LonLat[]; maxZoom: number };
}

export interface TimelineInput {
	/** In story order. */
	chapters: TimelineChapter[];
	/** The route's stops in travel order: origin first. */
	stops: Stop[];
	/** For each leg (stops[i] -> stops[i + 1]) the id of the chapter it is travelled in, in chapter order. */
	legChapterIds: string[];
}

export interface PlaneState {
	lonLat: LonLat;
	headingDeg: number;
	visible: boolean;
}

export interface StoryFrame {
	chapterId: string;
	chapterIndex: number;
	/** 0..1 within the chapter. */
	progress: number;
	/** Lines drawn so far; index i is leg i (0 = the flight). */
	route: LonLat[][];
	/** The flight's arc still ahead of the plane (drawn faintly); empty outside the flight and once landed. */
	routeAhead: LonLat[][];
	/** The flight's readout: great-circle km flown of the leg's total; null outside the flight chapter. */
	flight: { flownKm: number; totalKm: number } | null;
	plane: PlaneState;
	/** Stops reached so far, origin included from the start (the delegation sets out from there). */
	reachedStopIds: string[];
	camera: Camera;
}

export interface Timeline {
	readonly route: Route;
	readonly chapterIds: readonly string[];
	/** Index of a chapter id, -1 if unknown. */
	indexOf(id: string): number;
	/** The t at which chapter `index` starts / ends (index clamped to the chapters). */
	chapterStart(index: number): number;
	chapterEnd(index: number): number;
	/** t in [0, 1], clamped; NaN is 0. t = 1 is the last chapter's end state. */
	storyAt(t: number, viewport: Viewport): StoryFrame;
	/** `progress` 1 is the chapter's end state (deep links, reduced motion). */
	storyAtChapter(index: number, progress: number, viewport: Viewport): StoryFrame;
}

/**
 * The flight chapter, as fractions of its progress: the plane waits at the origin, takes off, lands. The camera
 * holds the whole arc for the entire chapter (issue 10 item 2: a follow camera at zoom 4-5 showed empty land with
 * neither end in view, and lost the plane on phones), so origin and destination are in frame at every moment;
 * the motion reads from the plane and the arc filling in, not from the camera.
 */
export const FLIGHT = {
	depart: 0.08,
	land: 0.92
} as const;

/** Ground legs: the plane travels over [depart, arrive] on a view of the whole leg, then the camera settles on the
 * chapter's frame over [arrive, settled]. */
export const GROUND = { depart: 0.05, arrive: 0.5, settled: 0.85 } as const;

/** Travel along a leg eases in and out a little: half the average speed at take-off and landing. */
export const TRAVEL_EASE = 0.5;

type Kind = 'still' | 'flight' | 'ground';

interface Plan {
	id: string;
	kind: Kind;
	framePoints: LonLat[];
	maxZoom: number;
	/** Route km at the chapter's start and end (equal for chapters without travel). */
	kmStart: number;
	kmEnd: number;
	/** What the travel view must show: the chapter's legs and its frame. */
	travelPoints: LonLat[];
	opening?: { points: LonLat[]; maxZoom: number };
}

export function createTimeline(input: TimelineInput): Timeline {
	const { chapters, stops, legChapterIds } = input;
	if (chapters.length === 0) throw new Error('createTimeline: no chapters');
	const chapterIds = chapters.map((c) => c.id);
	if (new Set(chapterIds).size !== chapterIds.length) throw new Error('createTimeline: duplicate chapter ids');
	if (legChapterIds.length !== Math.max(0, stops.length - 1)) {
		throw new Error(`createTimeline: ${stops.length} stops need ${stops.length - 1} leg chapter ids`);
	}
	const legChapter = legChapterIds.map((id) => {
		const i = chapterIds.indexOf(id);
		if (i < 0) throw new Error(`createTimeline: leg chapter "${id}" is not a chapter`);
		return i;
	});
	if (legChapter.some((c, i) => i > 0 && c < legChapter[i - 1]!)) {
		throw new Error('createTimeline: legs must be travelled in chapter order');
	}

	const route = buildRoute(stops);
	const reachedAt = stopKms(route);

	let km = 0;
	const plans: Plan[] = chapters.map((chapter, index) => {
		const legs = route.legs.filter((l) => legChapter[l.index] === index);
		const first = legs[0];
		const last = legs[legs.length - 1];
		const kmStart = first ? first.startKm : km;
		const kmEnd = last ? last.endKm : km;
		km = kmEnd;
		return {
			id: chapter.id,
			kind: !first ? 'still' : first.index === 0 ? 'flight' : 'ground',
			framePoints: chapter.framePoints.map((p) => [p[0], p[1]] as LonLat),
			maxZoom: chapter.maxZoom,
			kmStart,
			kmEnd,
			travelPoints: [...chapter.framePoints, ...legs.flatMap((l) => l.coords)], // leg coords: the arc's bulge too
			opening: chapter.opening
		};
	});

	const n = plans.length;
	const clampIndex = (i: number) => (Number.isNaN(i) ? 0 : Math.min(n - 1, Math.max(0, Math.trunc(i))));

	function storyAtChapter(index: number, progress: number, viewport: Viewport): StoryFrame {
		const chapterIndex = clampIndex(index);
		const plan = plans[chapterIndex]!;
		const p = clamp01(progress);

		// How far along this chapter's legs the traveller is, 0..1 (1, i.e. done, when the chapter has none).
		const travel =
			plan.kind === 'flight'
				? clamp01((p - FLIGHT.depart) / (FLIGHT.land - FLIGHT.depart))
				: plan.kind === 'ground'
					? clamp01((p - GROUND.depart) / (GROUND.arrive - GROUND.depart))
					: 1;
		const km = mix(plan.kmStart, plan.kmEnd, easeInOut(travel, TRAVEL_EASE));
		const pos = positionAtKm(route, km);

		return {
			chapterId: plan.id,
			chapterIndex,
			progress: p,
			route: routeUpToKm(route, km),
			routeAhead: plan.kind === 'flight' ? routeAhead(route, km, plan.kmEnd) : [],
			flight: plan.kind === 'flight' ? { flownKm: km - plan.kmStart, totalKm: plan.kmEnd - plan.kmStart } : null,
			plane: { lonLat: pos.lonLat, headingDeg: pos.headingDeg, visible: plan.kind !== 'still' && travel < 1 },
			reachedStopIds: route.stops.filter((_, i) => reachedAt[i]! <= km).map((s) => s.id),
			// Blends of constrained cameras can still stray (the follow camera, the lerp's path): clamp like the map.
			camera: constrainCamera(cameraFor(plan, p, pos.lonLat, viewport), viewport)
		};
	}

	return {
		route,
		chapterIds,
		indexOf: (id) => chapterIds.indexOf(id),
		chapterStart: (index) => clampIndex(index) / n,
		chapterEnd: (index) => (clampIndex(index) + 1) / n,
		storyAt(t, viewport) {
			const u = clamp01(t);
			// The epsilon keeps t = chapterStart(i) in chapter i despite rounding in i / n * n.
			const index = Math.min(n - 1, Math.floor(u * n + 1e-9));
			return storyAtChapter(index, clamp01(u * n - index), viewport);
		},
		storyAtChapter
	};
}

function cameraFor(plan: Plan, p: number, plane: LonLat, viewport: Viewport): Camera {
	const frame = plan.framePoints.length > 0 ? plan.framePoints : [plane];
	const fit = (points: LonLat[]) => fitBounds(points, viewport, { maxZoom: plan.maxZoom });

	if (plan.kind === 'flight') return fit(plan.travelPoints); // the whole arc, both ends: see FLIGHT
	if (plan.kind === 'ground') {
		// The whole leg is in view while the plane moves (so it always is), then settle on the chapter's frame.
		return lerpCamera(fit(plan.travelPoints), fit(frame), smoothstep(GROUND.arrive, GROUND.settled, p));
	}
	if (plan.opening) {
		const opening = fitBounds(plan.opening.points, viewport, { maxZoom: plan.opening.maxZoom });
		return lerpCamera(opening, fit(frame), smoothstep(0, 1, p));
	}
	return fit(frame);
}
