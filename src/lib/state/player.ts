// The play clock: advances the story through its chapters on requestAnimationFrame. Each chapter plays from
// progress 0 to 1 over its dwell time, then the next begins; it stops at the end (the kiosk loops instead).
// Pure scheduling logic with an injectable frame source, so it is unit-tested without a browser.
export interface PlayTarget {
	index: number;
	progress: number;
	readonly count: number;
	goTo(index: number, progress?: number): void;
}

export interface PlayerOptions {
	/** How long a chapter plays, in ms. */
	dwellMs: (index: number) => number;
	/** Called after every step of the clock (the story page scrolls its text to match). */
	onTick?: () => void;
	onEnd?: () => void;
	/** Defaults to requestAnimationFrame; tests pass a manual clock. */
	requestFrame?: (cb: (now: number) => void) => number;
	cancelFrame?: (id: number) => void;
	loop?: boolean;
	/** The longest step one frame may take, in ms (default 100, so a long task doesn't skip a chapter). */
	maxStepMs?: number;
	/** With `loop`: called each time the clock wraps from the last chapter back to the first (kiosk loop count). */
	onLoop?: () => void;
}

export class Player {
	private frame: number | null = null;
	private last: number | null = null;
	private readonly target: PlayTarget;
	private readonly options: PlayerOptions;

	constructor(target: PlayTarget, options: PlayerOptions) {
		this.target = target;
		this.options = options;
	}

	get running(): boolean {
		return this.frame !== null;
	}

	start(): void {
		if (this.running) return;
		// Starting on a finished chapter moves on to the next one (or back to the start at the very end).
		if (this.target.progress >= 1) {
			const atEnd = this.target.index >= this.target.count - 1;
			this.target.goTo(atEnd ? 0 : this.target.index + 1, 0);
		}
		this.last = null;
		this.schedule();
	}

	stop(): void {
		if (this.frame !== null) (this.options.cancelFrame ?? cancelAnimationFrame)(this.frame);
		this.frame = null;
		this.last = null;
	}

	/** Advances by `elapsedMs` of story time. Exposed for tests and for the kiosk's speed multiplier. */
	advance(elapsedMs: number): void {
		let remaining = Math.max(0, elapsedMs);
		while (remaining > 0) {
			const dwell = Math.max(1, this.options.dwellMs(this.target.index));
			const left = (1 - this.target.progress) * dwell;
			if (remaining < left) {
				this.target.goTo(this.target.index, this.target.progress + remaining / dwell);
				break;
			}
			remaining -= left;
			if (this.target.index >= this.target.count - 1) {
				this.target.goTo(this.target.index, 1);
				if (this.options.loop) {
					this.target.goTo(0, 0);
					this.options.onLoop?.();
					continue;
				}
				this.stop();
				this.options.onEnd?.();
				return;
			}
			this.target.goTo(this.target.index + 1, 0);
		}
	}

	private schedule(): void {
		const request = this.options.requestFrame ?? requestAnimationFrame;
		this.frame = request((now) => {
			if (this.frame === null) return;
			// Cap a step so a background tab or a long task doesn't skip whole chapters.
			if (this.last !== null) this.advance(Math.min(now - this.last, this.options.maxStepMs ?? 100));
			this.last = now;
			this.options.onTick?.();
			if (this.frame !== null) this.schedule();
		});
	}
}
