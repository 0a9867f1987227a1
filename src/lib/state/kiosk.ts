// The kiosk's pure logic (DESIGN.md, kiosk shell): URL parameters, the loop's slides, and the attract/explore
// state machine with its idle reset and cursor hiding. No DOM, no timers: every method takes `now` (real ms, e.g.
// performance.now()), so the unit tests drive it with a fake clock. The page owns the one interval that ticks it.

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
}

export function kioskParams(url: URL): KioskParams {
	return {
		speed: parseNumberParam(url.searchParams.get('speed'), SPEED),
		idleMs: parseNumberParam(url.searchParams.get('idle'), IDLE_SECONDS) * 1000,
		debug: url.searchParams.has('debug')
	};
}

// --- The loop's slides ----------------------------------------------------------------------------------------

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
 * the kiosk page's `{:else if slide.kind === 'chart'}` branch. Nothing creates one yet.
 */
export interface ChartSlide {
	kind: 'chart';
	chartId: string;
	/** The chapter whose end state the map shows behind the chart (and the root's data-chapter). */
	chapterIndex: number;
	dwellMs: number;
}

export type LoopSlide = ChapterSlide | ChartSlide;

/** The default dwell per chapter at speed 1: long enough to read a caption from 3 m; the flight takes longest. */
export function chapterDwellMs(chapterIndex: number, flightIndex: number): number {
	return chapterIndex === flightIndex ? 16_000 : 10_000;
}

/** The attract loop: every chapter in story order (chart slides are inserted here later). */
export function loopSlides(chapterCount: number, flightIndex: number): LoopSlide[] {
	return Array.from({ length: chapterCount }, (_, i) => ({
		kind: 'chapter' as const,
		chapterIndex: i,
		dwellMs: chapterDwellMs(i, flightIndex)
	}));
}

/** The progress the map shows for a slide: chart slides and reduced motion show the chapter's end state. */
export function mapProgress(slide: LoopSlide, progress: number, reducedMotion: boolean): number {
	return slide.kind === 'chart' || reducedMotion ? 1 : progress;
}

// --- The attract / explore state machine ----------------------------------------------------------------------

export type KioskMode = 'attract' | 'explore';
export type KioskAction = 'pause' | 'resume' | 'reset' | null;

export interface KioskMachineOptions {
	idleMs: number;
	/** The cursor hides after this long without pointer movement. */
	cursorHideMs?: number;
	now: number;
}

/**
 * attract: the loop plays by itself. Any input (tap, swipe, key, wheel, a control) switches to explore, where
 * the loop is paused and the visitor drives. After `idleMs` without input the kiosk resets to the start and
 * attracts again (`tick` returns 'reset'). The pause/play control toggles between the two without resetting.
 * Pointer movement alone (a mouse nudged) is not input: it only shows the cursor.
 */
export class KioskMachine {
	mode: KioskMode = 'attract';
	private lastInput: number;
	private lastPointer: number;
	private readonly idleMs: number;
	private readonly cursorHideMs: number;

	constructor({ idleMs, cursorHideMs = 3000, now }: KioskMachineOptions) {
		this.idleMs = idleMs;
		this.cursorHideMs = cursorHideMs;
		this.lastInput = now;
		this.lastPointer = now;
	}

	/** Any input. Returns 'pause' when it stopped the loop. */
	input(now: number): KioskAction {
		this.lastInput = now;
		this.lastPointer = now;
		if (this.mode === 'explore') return null;
		this.mode = 'explore';
		return 'pause';
	}

	/** The pause/play control (or the space bar): counts as input, and toggles the loop. */
	toggle(now: number): KioskAction {
		this.lastInput = now;
		this.lastPointer = now;
		this.mode = this.mode === 'attract' ? 'explore' : 'attract';
		return this.mode === 'attract' ? 'resume' : 'pause';
	}

	pointerMoved(now: number): void {
		this.lastPointer = now;
	}

	/** Called by the page's clock. Returns 'reset' once the visitor has left the kiosk alone for `idleMs`. */
	tick(now: number): KioskAction {
		if (this.mode === 'explore' && now - this.lastInput >= this.idleMs) {
			this.mode = 'attract';
			return 'reset';
		}
		return null;
	}

	/** Real ms left before the idle reset (explore only; 0 in attract). */
	idleRemainingMs(now: number): number {
		return this.mode === 'explore' ? Math.max(0, this.idleMs - (now - this.lastInput)) : 0;
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
