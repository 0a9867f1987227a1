// The roving marks of one chart with what they say: the active mark's readout (for the frame), one accessible
// sentence per mark, and the sources of all of them (the chart's source line). `text` is read inside $derived,
// so the words follow a change of locale.
import type { T } from './format';
import { readoutFor, readoutSentence, sourcesOfFigures, type Readout, type ReadoutSource } from './readout';
import { RovingMarks, type RovingMark } from './roving.svelte';

export class ChartMarks<M extends RovingMark> extends RovingMarks<M> {
	readonly sources: ReadoutSource[];
	readonly readout: Readout | null = $derived.by(() => {
		const { t, locale } = this.text();
		const active = this.active;
		return active ? readoutFor(t, active.figure, active.placeId, locale) : null;
	});
	readonly labels: Record<string, string> = $derived.by(() => {
		const { t, locale } = this.text();
		return Object.fromEntries(this.marks.map((m) => [m.id, readoutSentence(t, readoutFor(t, m.figure, m.placeId, locale))]));
	});

	constructor(
		marks: readonly M[],
		highlight: (placeId: string | null) => void,
		private readonly text: () => { t: T; locale: string }
	) {
		super(marks, highlight);
		this.sources = sourcesOfFigures(marks.map((m) => m.figure));
	}
}
