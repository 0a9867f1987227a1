// The story's state: which chapter, how far into it, whether the clock plays, which city is highlighted.
// Scroll, keys, the play clock and the URL write here; the map and the page read from here (one-way data flow).
import { CHAPTER_IDS, type ChapterId } from '$lib/story/types';

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1);

export class StoryState {
	readonly count = CHAPTER_IDS.length;
	index = $state(0);
	/** Progress within the chapter, 0..1; 1 is the chapter's end state (what a deep link shows). */
	progress = $state(1);
	playing = $state(false);
	highlighted = $state<string | null>(null);
	/** When true the next map render lands at once (first paint, deep links); cleared after use. */
	instant = $state(true);

	readonly chapterId: ChapterId = $derived(CHAPTER_IDS[this.index] ?? CHAPTER_IDS[0]);

	goTo(index: number, progress = 1): void {
		const i = Math.round(Number.isFinite(index) ? index : 0);
		this.index = Math.min(this.count - 1, Math.max(0, i));
		this.progress = clamp01(progress);
	}

	goToId(id: ChapterId, progress = 1): void {
		this.goTo(CHAPTER_IDS.indexOf(id), progress);
	}

	next(): void {
		this.goTo(this.index + 1);
	}

	prev(): void {
		this.goTo(this.index - 1);
	}
}
