import { describe, expect, it } from 'vitest';
import { coveredTargets, TARGET_PX } from './targets';

describe('coveredTargets', () => {
	it('keeps dots at least a target apart as targets', () => {
		const dots = [
			{ id: 'a', at: [0, 0] as const },
			{ id: 'b', at: [TARGET_PX, 0] as const },
			{ id: 'c', at: [0, TARGET_PX] as const }
		];
		expect([...coveredTargets(dots)]).toEqual([]);
	});

	it('makes the first dot of a cluster its target and covers the others (Évry: three venues within 9 px)', () => {
		const dots = [
			{ id: 'hotel-de-ville', at: [981, 413] as const },
			{ id: 'genopole', at: [990, 414] as const },
			{ id: 'universite', at: [984, 410] as const }
		];
		expect([...coveredTargets(dots)].sort()).toEqual(['genopole', 'universite']);
		// Rank decides: the same cluster led by another dot.
		expect([...coveredTargets([dots[1]!, dots[0]!, dots[2]!])].sort()).toEqual(['hotel-de-ville', 'universite']);
	});

	it('checks a dot against the targets only: a chain keeps every other dot', () => {
		// 0, 20, 40: 20 is covered by 0; 40 is 40 px from the target 0, so it is a target again.
		const dots = [0, 20, 40].map((x) => ({ id: String(x), at: [x, 0] as const }));
		expect([...coveredTargets(dots)]).toEqual(['20']);
	});
});
