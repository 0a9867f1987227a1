// One story session, driven the same way by the story (scroll + controls) and the embed (controls + host):
// the StoryState, the play clock with its dwell times, play/pause/go/step, the key map, deep links and the URL
// the reader is on. Shells wire it to the DOM (Scroller, window events, replaceState); everything here is plain
// logic with an injectable clock, unit-tested in story-session.test.ts.
import { CHAPTER_IDS } from '$lib/story/types';
import { FLIGHT_INDEX } from '$lib/journey/journey';
import { chapterFromUrl } from './chapter-param';
import { Player } from './player';
import { StoryState } from './story.svelte';

/** How long a chapter plays on the clock, in ms: the flight takes longest; under reduced motion every chapter
 * is its end state, so each dwells the same. */
export const DWELL_MS = { chapter: 7000, flight: 14000, reduced: 4000 } as const;

/** The clock the Player runs on (requestAnimationFrame in a browser; a manual clock in tests). */
export interface FrameClock {
	requestFrame: (cb: (now: number) => void) => number;
	cancelFrame: (id: number) => void;
}

export interface StorySessionOptions {
	/** The shell's key map: the story leaves Up/Down to the page's scrolling, the embed takes them (issue 12 #6). */
	keys: 'story' | 'embed';
	/** prefers-reduced-motion, read on each use (a MediaQuery's `current`). */
	reducedMotion: () => boolean;
	/** Chapter transitions take this long (ms) when motion is allowed. */
	transitionMs: number;
	/** Called after every step of the clock and every go (the story scrolls its text to match). */
	onMove?: (index: number, progress: number) => void;
	clock?: FrameClock;
}

/** What each key does: a chapter index to go to, or 'swallow' (handled so the host never scrolls, no step). */
type KeyAction = (s: StoryState) => number | 'swallow';
const STORY_KEYS: Record<string, KeyAction> = {
	ArrowRight: (s) => s.index + 1,
	PageDown: (s) => s.index + 1,
	ArrowLeft: (s) => s.index - 1,
	PageUp: (s) => s.index - 1,
	Home: () => 0,
	End: (s) => s.count - 1
};
// In an iframe the document cannot scroll, so an unhandled scrolling key scrolls the HOST page: the embed
// takes every one of them. Up/Down step like Left/Right; Space is swallowed outside controls (on a button it
// presses the button, which scrolls nothing).
const EMBED_KEYS: Record<string, KeyAction> = {
	...STORY_KEYS,
	ArrowDown: (s) => s.index + 1,
	ArrowUp: (s) => s.index - 1,
	' ': () => 'swallow'
};

/** The shape of a keyboard event the session reads (a KeyboardEvent in the browser). */
export interface KeyInput {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	defaultPrevented: boolean;
	target: EventTarget | null;
	preventDefault(): void;
}

const closest = (target: EventTarget | null, selector: string) =>
	typeof (target as Element | null)?.closest === 'function' ? (target as Element).closest(selector) : null;

export class StorySession {
	readonly story = new StoryState();
	private readonly player: Player;
	private readonly options: StorySessionOptions;
	/** True while the clock is held only because the embed is out of view (it resumes when back). */
	private heldOutOfView = false;

	constructor(options: StorySessionOptions) {
		this.options = options;
		this.player = new Player(this.story, {
			dwellMs: (i) => (options.reducedMotion() ? DWELL_MS.reduced : i === FLIGHT_INDEX ? DWELL_MS.flight : DWELL_MS.chapter),
			onTick: () => {
				// Reduced motion: no flight animation; the clock steps through end states.
				if (options.reducedMotion() && this.story.progress < 1) this.story.goTo(this.story.index, 1);
				options.onMove?.(this.story.index, this.story.progress);
			},
			onEnd: () => (this.story.playing = false),
			requestFrame: options.clock?.requestFrame,
			cancelFrame: options.clock?.cancelFrame
		});
	}

	/** The next map render lands at once (deep link, reduced motion, first paint). */
	get instant(): boolean {
		return this.story.instant || this.options.reducedMotion();
	}
	get transitionMs(): number {
		return this.options.reducedMotion() ? 0 : this.options.transitionMs;
	}

	play(): void {
		this.heldOutOfView = false;
		this.story.playing = true;
		this.player.start();
	}

	pause(): void {
		this.heldOutOfView = false;
		this.player.stop();
		this.story.playing = false;
	}

	/** A chapter chosen by the reader or the host (buttons, keys, rail, lcj:goto): its end state. */
	go(index: number): void {
		this.pause();
		this.story.goTo(index);
		this.story.instant = this.options.reducedMotion();
		this.options.onMove?.(this.story.index, 1);
	}

	/** Scroll position -> story. Under reduced motion every position shows its chapter's end state (for the
	 * flight, the whole arc), never the follow camera (issue 10 #2). */
	step(index: number, progress: number): void {
		const reduced = this.options.reducedMotion();
		this.story.instant = reduced;
		this.story.goTo(index, reduced ? 1 : progress);
	}

	/** Any direct input (wheel, touch, pointer) pauses the clock: motion over 5 s must be pausable. */
	interrupt(): void {
		if (this.story.playing) this.pause();
	}

	/** The embed's autoplay holds while the embed is out of view and resumes when it is back. */
	setVisible(visible: boolean): void {
		if (!visible && this.story.playing) {
			this.player.stop();
			this.story.playing = false;
			this.heldOutOfView = true;
		} else if (visible && this.heldOutOfView) {
			this.play();
		}
	}

	/** Handles a key if it is one of the shell's; returns true when it did (and prevented the default). */
	keydown(event: KeyInput): boolean {
		if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
		// Leave keys alone where they mean something else: form fields. (The map's own keyboard handler is off.)
		if (closest(event.target, 'input, textarea, select, [contenteditable]')) return false;
		const action = (this.options.keys === 'embed' ? EMBED_KEYS : STORY_KEYS)[event.key];
		if (!action) return false;
		if (event.key === ' ' && closest(event.target, 'button, a, summary, [role="button"]')) return false;
		event.preventDefault();
		const next = action(this.story);
		if (next !== 'swallow') this.go(next);
		return true;
	}

	/** Deep links: ?chapter=ID or #ID open that chapter in its end state. Returns whether one was followed. */
	openFromUrl(url: URL): boolean {
		const requested = chapterFromUrl(url);
		if (!requested) return false;
		this.story.goToId(requested);
		this.story.instant = true;
		return true;
	}

	/** The URL for the current chapter (no history entry: the shell replaces with it); null if it is current. */
	urlFor(current: URL): URL | null {
		const url = new URL(current);
		url.hash = '';
		if (this.story.index === 0) url.searchParams.delete('chapter');
		else url.searchParams.set('chapter', CHAPTER_IDS[this.story.index]!);
		return url.href === current.href ? null : url;
	}

	destroy(): void {
		this.player.stop();
	}
}
