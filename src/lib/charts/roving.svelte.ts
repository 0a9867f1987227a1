// Roving focus inside a chart, the one helper every chart uses: one Tab stop per chart; the arrow keys, Home and
// End move between its marks; focus, hover or a tap makes a mark active (the readout shows it, the map lights
// its place up). The active mark keeps the chart's Tab stop, so Tab back into the chart lands where you left.
import type { Figure } from '../story/types';

/** The index a key moves to among `count` marks, or null when the key is not ours (Tab, letters …). */
export function nextIndex(key: string, index: number, count: number): number | null {
	if (count <= 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** What a mark needs to be roved over: its figure's id, the place it lights up, the figure itself. */
export interface RovingMark {
	id: string;
	placeId: string;
	figure: Figure;
}

export class RovingMarks<M extends RovingMark> {
	activeIndex = $state(0);
	activeId = $state<string | null>(null);
	/** The focusable element of each mark, by index (bound by ChartMark / the fact cards). */
	elements: (HTMLElement | SVGElement | undefined)[] = [];
	readonly indexOf: Map<string, number>;

	constructor(
		readonly marks: readonly M[],
		private readonly highlight: (placeId: string | null) => void
	) {
		this.indexOf = new Map(marks.map((m, i) => [m.id, i]));
	}

	get active(): M | undefined {
		return this.marks.find((m) => m.id === this.activeId);
	}

	activate(index: number): void {
		const mark = this.marks[index];
		if (!mark) return;
		this.activeIndex = index;
		this.activeId = mark.id;
		this.highlight(mark.placeId);
	}

	release(): void {
		this.highlight(null);
	}

	/** Enter/Space activate (for marks that are not native buttons); arrows, Home, End move the focus. */
	keydown(event: KeyboardEvent, index: number, { activateOnEnter = true } = {}): void {
		if (activateOnEnter && (event.key === 'Enter' || event.key === ' ')) {
			event.preventDefault();
			this.activate(index);
			return;
		}
		const next = nextIndex(event.key, index, this.marks.length);
		if (next === null) return;
		event.preventDefault();
		this.elements[next]?.focus();
	}
}
