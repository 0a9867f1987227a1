// One pointer target per cluster of dots (WCAG 2.2, 2.5.8 Target Size). Each place's button is a 24 px square
// around its dot; at a chapter's scale some venues lie closer than that (Évry's three venues within 9 px, Korea's
// cities on a phone), so their squares overlap and no one of them is a full 24 px target. The dot that ranks
// first in a cluster stays the target; the others it covers leave the pointer and the tab order (the cluster is
// one place to tap), their placed labels stay readable and clickable, and they stay in the accessibility tree.

/** WCAG 2.5.8's minimum target size, in CSS px: the square each place's button takes around its dot. */
export const TARGET_PX = 24;

export interface TargetDot {
	id: string;
	/** The dot's centre, in px. */
	at: readonly [number, number];
}

/**
 * The ids whose target square overlaps that of a dot ranked before them (input order is rank order: the first
 * dot of a cluster is its target). Greedy, so a dot covered by a covered dot is still checked against the targets
 * only: a chain of close dots keeps every dot at least TARGET_PX from the previous target.
 */
export function coveredTargets(dots: readonly TargetDot[], size: number = TARGET_PX): Set<string> {
	const targets: TargetDot[] = [];
	const covered = new Set<string>();
	for (const dot of dots) {
		const overlaps = targets.some((t) => Math.abs(t.at[0] - dot.at[0]) < size && Math.abs(t.at[1] - dot.at[1]) < size);
		if (overlaps) covered.add(dot.id);
		else targets.push(dot);
	}
	return covered;
}
