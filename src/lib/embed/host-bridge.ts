// The embed's link to its host page: our height (plain and Pym.js) and chapter out, `lcj:goto` in. Plain TS
// around a window-like object, so it is unit-tested without a browser (host-bridge.test.ts).
// Floods (issue 12 #5): gotos are coalesced, only the last one before the next frame is obeyed; a chapter is
// announced once per change, so 1,000 gotos in a burst cost one step and a handful of replies.
// It never touches the parent document: postMessage is the only use of `parent`.
import type { ChapterId } from '$lib/story/types';
import { chapterMessage, heightMessage, parseHostMessage, pymHeightMessage } from './messages';

/** The slice of `window` the bridge uses. */
export interface BridgeWindow {
	parent: { postMessage(message: unknown, targetOrigin: string): void } | BridgeWindow;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Runs `cb` soon (next frame); returns a cancel function. */
export type Schedule = (cb: () => void) => () => void;

/** Next animation frame, with a timer as a backstop (browsers stop frames in a hidden iframe). */
export const nextFrame: Schedule = (cb) => {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
		cb();
	};
	const frame = requestAnimationFrame(run);
	const timer = setTimeout(run, 100);
	return () => {
		done = true;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
};

export interface HostBridgeOptions {
	/** The host asked for this chapter (the last valid goto of a frame). */
	onGoto: (id: ChapterId) => void;
	/** Pym.js's `childId` (parsePymChildId), or null when not under pym. */
	pymId: string | null;
	schedule?: Schedule;
}

export class HostBridge {
	private readonly win: BridgeWindow;
	private readonly options: HostBridgeOptions;
	private pendingGoto: ChapterId | null = null;
	private cancelFlush: (() => void) | null = null;
	private lastHeight = 0;
	private lastChapter: ChapterId | null = null;

	constructor(win: BridgeWindow, options: HostBridgeOptions) {
		this.win = win;
		this.options = options;
		win.addEventListener('message', this.onMessage);
	}

	/** True inside a frame; at top level there is nobody to talk to. */
	get framed(): boolean {
		return this.win.parent !== this.win;
	}

	/** Height and chapter are not secrets: any origin may hear them. */
	private post(message: unknown): void {
		if (this.framed) (this.win.parent as { postMessage(m: unknown, o: string): void }).postMessage(message, '*');
	}

	/** Our content's height, in CSS px; repeated heights are not re-sent. */
	postHeight(height: number): void {
		const message = heightMessage(height);
		if (!message || message.height === this.lastHeight) return;
		this.lastHeight = message.height;
		this.post(message);
		const pym = this.options.pymId ? pymHeightMessage(this.options.pymId, message.height) : null;
		if (pym) this.post(pym);
	}

	/** The chapter shown now; announced once per change. */
	postChapter(id: ChapterId): void {
		if (id === this.lastChapter) return;
		this.lastChapter = id;
		this.post(chapterMessage(id));
	}

	private onMessage = (event: MessageEvent) => {
		// Only the page that frames us may steer; anything else (siblings, popups, other windows) is dropped.
		if (!this.framed || event.source !== this.win.parent) return;
		const message = parseHostMessage(event.data);
		if (!message) return;
		this.pendingGoto = message.id;
		this.cancelFlush ??= (this.options.schedule ?? nextFrame)(this.flush);
	};

	private flush = () => {
		this.cancelFlush = null;
		const id = this.pendingGoto;
		this.pendingGoto = null;
		if (id) this.options.onGoto(id);
	};

	destroy(): void {
		this.win.removeEventListener('message', this.onMessage);
		this.cancelFlush?.();
		this.cancelFlush = null;
	}
}
