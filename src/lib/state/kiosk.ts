// The kiosk's pure logic (docs: the kiosk shell): URL parameters, the loop's slides, the idle timer and the
// language alternation. No DOM, no timers: every method takes `now` (real ms, e.g. performance.now()), so the
// unit tests drive it with a fake clock. The session (kiosk-session.svelte.ts) owns the mode and the one clock.
import { isLocale, type Locale } from '$lib/i18n/locales';

// --- URL parameters -------------------------------------------------------------------------------------------

export interface NumberParam {
	min: number;
	max: number;
	fallback: number;
}

/** `?speed=N`: multiplies the loop's clock (rehearsals, tests). Not the idle timeout. */
export const SPEED: NumberParam = { min: 0.25, max: 100, fallback: 1 };
/** `?idle=S`: real seconds without input before the loop resumes from the start. */
export const IDLE_SECONDS: NumberParam = { min: 1, max: 3600, fallback: 60 };

/**
 * A positive decimal number from a query value, clamped to [min, max]. Anything else (missing, empty, negative,
 * zero, NaN, Infinity, hex, exponents, trailing junk) is the fallback. Never throws.
 */
export function parseNumberParam(raw: string | null | undefined, { min, max, fallback }: NumberParam): number {
	if (typeof raw !== 'string') return fallback;
	const text = raw.trim();
	if (!/^\d{1,12}(\.\d{1,12})?$|^\.\d{1,12}$/.test(text)) return fallback;
	const n = Number(text);
	if (!Number.isFinite(n) || n <= 0) return fallback;
	return Math.min(max, Math.max(min, n));
}

export interface KioskParams {
	speed: number;
	idleMs: number;
	/** `?debug` (any value) shows the operators' status corner. */
	debug: boolean;
	/** `?langs=ko,en`: the attract loop alternates these languages from loop to loop ([] = stay in the page's). */
	langs: Locale[];
}

export function kioskParams(url: URL): KioskParams {
	return {
		speed: parseNumberParam(url.searchParams.get('speed'), SPEED),
		idleMs: parseNumberParam(url.searchParams.get('idle'), IDLE_SECONDS) * 1000,
		debug: url.searchParams.has('debug'),
		langs: parseLangs(url.searchParams.get('langs'))
	};
}

/**
 * `?langs=ko,en`: known locales in the order given, without repeats. Unknown, empty or hostile entries are
 * dropped; fewer than two left means no alternation (the page's own language stays). Never throws.
 */
export function parseLangs(raw: string | null | undefined): Locale[] {
	if (typeof raw !== 'string' || raw.length > 100) return [];
	const langs = [...new Set(raw.split(',').map((part) => part.trim().toLowerCase()))].filter(isLocale);
	return langs.length >= 2 ? langs : [];
}

/** The language the next loop plays in: the one after `current` in `langs` (the first if `current` is not in it). */
export function nextLoopLocale(current: Locale, langs: readonly Locale[]): Locale | null {
	if (langs.length < 2) return null;
	const i = langs.indexOf(current);
	const next = langs[(i + 1) % langs.length]!;
	return next === current ? null : next;
}

// --- The loop's slides ----------------------------------------------------------------------------------------

/**
 * The title card: what this is, and an invitation to touch, over the opening world view. It opens each loop and
 * belongs to the first chapter (the root's data-chapter stays that chapter's id; stepping forward goes to the
 * second chapter, as from the first).
 */
export interface TitleSlide {
	kind: 'title';
	chapterIndex: 0;
	dwellMs: number;
}

/** A chapter of the story: the map plays the chapter's timeline, the caption shows its kicker, title and line. */
export interface ChapterSlide {
	kind: 'chapter';
	chapterIndex: number;
	/** At speed 1. */
	dwellMs: number;
}

/**
 * EXTENSION POINT for the charts (built separately): a chart slide holds the map on a chapter's end state while
 * the chart with `chartId` shows over it. Add chart slides to the array `loopSlides` returns, and render them in
 * KioskShell's `{:else if slide.kind === 'chart'}` branch. Nothing creates one yet.
 */
export interface ChartSlide {
	kind: 'chart';
	chartId: string;
	/** The chapter whose end state the map shows behind the chart (and the root's data-chapter). */
	chapterIndex: number;
	dwellMs: number;
}

export type LoopSlide = TitleSlide | ChapterSlide | ChartSlide;

/** The title card's dwell at speed 1: long enough to read three lines and notice the QR code from 3 m. */
export const TITLE_DWELL_MS = 8000;

/** The default dwell per chapter at speed 1: long enough to read a caption from 3 m; the flight takes longest. */
export function chapterDwellMs(chapterIndex: number, flightIndex: number): number {
	return chapterIndex === flightIndex ? 16_000 : 10_000;
}

/** The attract loop: the title card, then every chapter in story order (chart slides are inserted here later). */
export function loopSlides(chapterCount: number, flightIndex: number): LoopSlide[] {
	const title: TitleSlide = { kind: 'title', chapterIndex: 0, dwellMs: TITLE_DWELL_MS };
	return [
		title,
		...Array.from({ length: chapterCount }, (_, i) => ({
			kind: 'chapter' as const,
			chapterIndex: i,
			dwellMs: chapterDwellMs(i, flightIndex)
		}))
	];
}

/** The slide a visitor lands on when stepping to a chapter: the chapter's own slide (never the title card). */
export function chapterSlideIndex(slides: readonly LoopSlide[], chapterIndex: number): number {
	const i = slides.findIndex((s) => s.kind === 'chapter' && s.chapterIndex === chapterIndex);
	return i < 0 ? 0 : i;
}

/**
 * The progress the map shows for a slide: the title card shows the chapter's opening view; chart slides and
 * reduced motion show the chapter's end state.
 */
export function mapProgress(slide: LoopSlide, progress: number, reducedMotion: boolean): number {
	if (slide.kind === 'title') return 0;
	return slide.kind === 'chart' || reducedMotion ? 1 : progress;
}

// --- The idle timer -------------------------------------------------------------------------------------------

export interface IdleTimerOptions {
	idleMs: number;
	/** The cursor hides after this long without pointer movement. */
	cursorHideMs?: number;
	now: number;
}

/**
 * When the visitor last did something. Input (tap, swipe, key, wheel, a control) re-arms the idle timeout;
 * pointer movement alone (a mouse nudged) only shows the cursor. The mode lives in the session, not here.
 */
export class IdleTimer {
	private lastInput: number;
	private lastPointer: number;
	readonly idleMs: number;
	private readonly cursorHideMs: number;

	constructor({ idleMs, cursorHideMs = 3000, now }: IdleTimerOptions) {
		this.idleMs = idleMs;
		this.cursorHideMs = cursorHideMs;
		this.lastInput = now;
		this.lastPointer = now;
	}

	input(now: number): void {
		this.lastInput = now;
		this.lastPointer = now;
	}

	pointerMoved(now: number): void {
		this.lastPointer = now;
	}

	/** True once the visitor has left the kiosk alone for `idleMs`. */
	expired(now: number): boolean {
		return now - this.lastInput >= this.idleMs;
	}

	/** Real ms left before the idle timeout. */
	remainingMs(now: number): number {
		return Math.max(0, this.idleMs - (now - this.lastInput));
	}

	cursorHidden(now: number): boolean {
		return now - this.lastPointer >= this.cursorHideMs;
	}
}

// --- Swipes ---------------------------------------------------------------------------------------------------

/** A horizontal swipe of at least `minPx` (and more sideways than up or down): -1 = back, 1 = forward, 0 = a tap. */
export function swipeDirection(dx: number, dy: number, minPx = 60): -1 | 0 | 1 {
	if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
	if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
	// Swiping left (dx < 0) brings the next chapter in from the right, like turning a page.
	return dx < 0 ? 1 : -1;
}

/** Milliseconds as h:mm:ss for the status corner. */
export function formatUptime(ms: number): string {
	const s = Math.max(0, Math.floor(ms / 1000));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
