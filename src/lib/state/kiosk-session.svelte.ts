// The kiosk session: everything the kiosk decides, in one runes class the shell renders. Nobody at the keyboard:
// it plays by itself (mode 'attract'), any input pauses it and lets the visitor drive (mode 'explore'), and left
// alone for `idle` real seconds it resets to the start (in `tick`, the one place that does). One `mode`, one play
// target, one map hold/reload policy (map-hold.ts). The clock, the frame source, the reload and the language
// navigation are injected, so kiosk-session.test.ts drives a whole run with a fake clock.
import type { Locale } from '$lib/i18n/locales';
import { Player, type PlayTarget } from './player';
import { IdleTimer, chapterSlideIndex, formatUptime, nextLoopLocale, type KioskParams, type LoopSlide } from './kiosk';
import { MapHoldPolicy, type MapState } from './map-hold';

export type KioskMode = 'attract' | 'explore';

export interface KioskSessionOptions {
	slides: LoopSlide[];
	chapterCount: number;
	/** The page's language now (it changes on a client-side language switch). */
	locale: () => Locale;
	/** Real milliseconds (performance.now in the page). */
	now: () => number;
	/** Reloads the page (location.reload in the page). */
	reload: () => void;
	/** Shows the kiosk in another language, keeping the URL's query (the page navigates; the session lives on). */
	navigate: (locale: Locale) => void;
	reducedMotion?: () => boolean;
	/** The loop's frame source; defaults to requestAnimationFrame. */
	requestFrame?: (cb: (now: number) => void) => number;
	cancelFrame?: (id: number) => void;
}

export const DEFAULT_KIOSK_PARAMS: KioskParams = { speed: 1, idleMs: 60_000, debug: false, langs: [] };

export class KioskSession {
	readonly slides: LoopSlide[];
	slideIndex = $state(0);
	slideProgress = $state(0);
	loopCount = $state(0);
	mode = $state<KioskMode>('attract');
	selectedPlace = $state<string | null>(null);
	/** The next map render lands at once (the first view, a reset, a jump with reduced motion). */
	instant = $state(true);
	cursorHidden = $state(false);
	/** Seconds until the idle reset, for the paused badge. */
	resumesIn = $state(0);
	mapState = $state<MapState>('loading');
	lastError = $state('');
	uptime = $state('0:00:00');
	params = $state<KioskParams>(DEFAULT_KIOSK_PARAMS);

	readonly slide = $derived.by(() => this.slides[this.slideIndex] ?? this.slides[0]!);
	readonly chapterIndex = $derived(this.slide.chapterIndex);
	readonly paused = $derived(this.mode === 'explore');

	readonly #options: KioskSessionOptions;
	readonly #hold = new MapHoldPolicy();
	readonly #player: Player;
	readonly #startedAt: number;
	#idle: IdleTimer;
	#started = false;

	constructor(options: KioskSessionOptions) {
		this.#options = options;
		this.slides = options.slides;
		this.#startedAt = options.now();
		this.#idle = new IdleTimer({ idleMs: this.params.idleMs, now: this.#startedAt });
		const session = this;
		const target: PlayTarget = {
			get index() {
				return session.slideIndex;
			},
			get progress() {
				return session.slideProgress;
			},
			count: this.slides.length,
			goTo: (index, progress = 1) => this.#goTo(index, progress)
		};
		this.#player = new Player(target, {
			dwellMs: (i) => (this.slides[i]?.dwellMs ?? 10_000) / this.params.speed,
			loop: true,
			// The loop keeps real time even where frames are slow (software GL): a step may be up to 1 s.
			maxStepMs: 1000,
			onLoop: () => this.#onLoop(),
			requestFrame: options.requestFrame,
			cancelFrame: options.cancelFrame
		});
	}

	/** The URL's parameters, once the browser has them (the page is prerendered without a query). */
	configure(params: KioskParams): void {
		this.params = params;
		this.#idle = new IdleTimer({ idleMs: params.idleMs, now: this.#options.now() });
	}

	get playing(): boolean {
		return this.#player.running;
	}

	/** The map hold policy's state, for the status corner and tests. */
	get hold(): string {
		return this.#hold.state.kind;
	}

	// --- The map ------------------------------------------------------------------------------------------------

	mapStateChanged(state: MapState): void {
		this.mapState = state;
		this.#hold.mapState(state, this.#options.now());
		if (state === 'error') this.lastError = 'map: error';
		// The loop starts once the map has loaded (or failed: the captions loop without it), at the very start.
		if (this.#hold.settled) this.#start();
		this.#sync();
	}

	/** A map that hangs while loading must not hold the loop forever (the page calls this after a while). */
	startWithoutMap(): void {
		this.#hold.giveUpWaiting();
		this.#start();
	}

	/** The map drew the last frame: later frames may animate. */
	rendered(): void {
		this.instant = false;
	}

	// --- The clock (real time, not scaled by speed): idle reset, map recovery, cursor, countdown, uptime ----------

	tick(): void {
		const now = this.#options.now();
		if (this.mode === 'explore' && this.#idle.expired(now)) this.reset();
		this.#hold.tick(now);
		this.#sync();
		this.cursorHidden = this.#idle.cursorHidden(now);
		this.resumesIn = this.mode === 'explore' ? Math.ceil(this.#idle.remainingMs(now) / 1000) : 0;
		if (this.params.debug) this.uptime = formatUptime(now - this.#startedAt);
	}

	// --- Input --------------------------------------------------------------------------------------------------

	/** Any input: pauses the loop (the visitor drives now) and re-arms the idle timer. */
	input(): void {
		this.#idle.input(this.#options.now());
		// A touch on the title card opens the first chapter's end view (its places labelled, ready to tap).
		if (this.slide.kind === 'title') this.#jump(chapterSlideIndex(this.slides, 0));
		this.mode = 'explore';
		this.#armCountdown();
		this.#sync();
	}

	/** The pause/play control (or the space bar): counts as input, and toggles the loop without resetting. */
	toggle(): void {
		this.#idle.input(this.#options.now());
		this.mode = this.mode === 'attract' ? 'explore' : 'attract';
		this.#armCountdown();
		this.#sync();
	}

	/** Pointer movement alone is not input: it only shows the cursor. */
	pointerMoved(): void {
		this.#idle.pointerMoved(this.#options.now());
		this.cursorHidden = false;
	}

	/** A chapter by index (wrapping), from the rail, keys or swipes. */
	goChapter(chapterIndex: number): void {
		this.input();
		this.selectedPlace = null;
		const n = this.#options.chapterCount;
		this.#jump(chapterSlideIndex(this.slides, ((chapterIndex % n) + n) % n));
	}

	step(delta: -1 | 1): void {
		this.goChapter(this.chapterIndex + delta);
	}

	select(id: string): void {
		this.input();
		this.selectedPlace = this.selectedPlace === id ? null : id;
	}

	closeCard(): void {
		this.input();
		this.selectedPlace = null;
	}

	/** Left alone: back to the start of the loop (the title card over the world view), cards closed. */
	reset(): void {
		this.selectedPlace = null;
		this.#player.stop();
		this.#goTo(0, 0);
		this.instant = this.#options.reducedMotion?.() ?? false;
		this.mode = 'attract';
		this.#started = true;
		this.#sync();
	}

	dispose(): void {
		this.#player.stop();
	}

	// --- Internals ----------------------------------------------------------------------------------------------

	#goTo(index: number, progress: number): void {
		this.slideIndex = Math.min(this.slides.length - 1, Math.max(0, Math.round(index)));
		this.slideProgress = Math.min(1, Math.max(0, progress));
	}

	/** A visitor's jump: lands on the slide's end state. */
	#jump(index: number): void {
		this.#goTo(index, 1);
		this.instant = this.#options.reducedMotion?.() ?? false;
	}

	#armCountdown(): void {
		this.resumesIn = Math.ceil(this.params.idleMs / 1000);
	}

	#start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#goTo(0, 0);
		this.#sync();
	}

	/** The loop plays exactly when it has started, nobody is exploring, and the map is not recovering. */
	#sync(): void {
		const run = this.#started && this.mode === 'attract' && !this.#hold.holdsLoop;
		if (run && !this.#player.running) this.#player.start();
		else if (!run && this.#player.running) this.#player.stop();
	}

	#onLoop(): void {
		this.loopCount += 1;
		if (this.#hold.loopStart(this.#options.now()) === 'reload') return this.#options.reload();
		const next = nextLoopLocale(this.#options.locale(), this.params.langs);
		if (next) this.#options.navigate(next);
	}
}
