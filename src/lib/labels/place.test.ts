import { describe, expect, it } from 'vitest';
import { inside, intersects, pointIn, segmentHitsRect, type Rect } from './geometry';
import { placeLabels, visibleBoxes, type LabelCandidate, type PlacementInput } from './place';

/** mulberry32: a tiny seeded PRNG, so every randomized case is reproducible from its seed. */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomInput(seed: number): PlacementInput {
	const r = rng(seed);
	const width = 320 + Math.floor(r() * 1600);
	const height = 480 + Math.floor(r() * 900);
	const n = 3 + Math.floor(r() * 25);
	const labels: LabelCandidate[] = Array.from({ length: n }, (_, i) => ({
		id: `l${i}`,
		// Some anchors fall off the frame on purpose (-10 % .. 110 %).
		anchor: [(r() * 1.2 - 0.1) * width, (r() * 1.2 - 0.1) * height],
		width: 30 + r() * 160,
		height: 14 + r() * 30,
		priority: Math.floor(r() * 4),
		group: r() < 0.3 ? `g${Math.floor(r() * 3)}` : undefined,
		edgeIndicator: r() < 0.15,
		area: r() < 0.1
	}));
	const obstacles: Rect[] = Array.from({ length: Math.floor(r() * 4) }, () => ({
		x: r() * width,
		y: r() * height,
		width: 40 + r() * width * 0.4,
		height: 30 + r() * height * 0.3
	}));
	const groups = ['g0', 'g1', 'g2'].map((id) => ({ id, width: 120 + r() * 200, height: 18 }));
	return { labels, obstacles, groups, viewport: { width, height } };
}

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('placeLabels: the guarantees on randomized inputs', () => {
	it.each(SEEDS)('seed %i: no overlap, inside the frame, clear of obstacles', (seed) => {
		const input = randomInput(seed);
		const result = placeLabels(input);
		const boxes = visibleBoxes(result);
		const frame = { x: 0, y: 0, ...input.viewport };
		for (const { id, box } of boxes) {
			expect(inside(box, frame), `${id} inside the viewport`).toBe(true);
			for (const o of input.obstacles ?? []) expect(intersects(box, o), `${id} under an obstacle`).toBe(false);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(intersects(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} x ${boxes[j]!.id}`).toBe(false);
		expect(result.labels.map((l) => l.id)).toEqual(input.labels.map((l) => l.id));
	});

	it('is deterministic', () => {
		for (const seed of SEEDS.slice(0, 40)) expect(placeLabels(randomInput(seed))).toEqual(placeLabels(randomInput(seed)));
	});

	it('never lets a lower-priority label push out a higher one', () => {
		// Whatever a priority-0 label gets alone (with the same obstacles), it gets with the others present.
		// (Dots off: every dot is an obstacle to every label, whatever its priority.)
		for (const seed of SEEDS.slice(0, 60)) {
			const input = { ...randomInput(seed), groups: [], dotRadius: 0 };
			const labels = input.labels.map((l) => ({ ...l, group: undefined }));
			const top = labels.filter((l) => l.priority === 0);
			const full = placeLabels({ ...input, labels });
			const alone = placeLabels({ ...input, labels: top });
			for (const l of alone.labels) {
				expect(full.labels.find((f) => f.id === l.id), `seed ${seed}: ${l.id}`).toEqual(l);
			}
		}
	});
});

describe('placeLabels: choices', () => {
	const viewport = { width: 800, height: 600 };
	const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
		id,
		anchor: [x, y],
		width: 100,
		height: 20,
		priority: 1,
		...extra
	});

	it('uses the preferred side when it is free, another side when it is not', () => {
		const r = placeLabels({ viewport, labels: [label('a', 400, 300, { prefer: 'W' })] });
		expect(r.labels[0]).toMatchObject({ kind: 'direct', direction: 'W' });
		// At the right edge there is no room to the east: it flips west.
		const edge = placeLabels({ viewport, labels: [label('b', 780, 300)] });
		expect(edge.labels[0]).toMatchObject({ kind: 'direct', direction: 'W' });
	});

	it('takes a side that leaves the route line uncovered, and covers it only when no other side is free', () => {
		// The route runs east from the dot: the preferred east side would sit on it.
		const route = [[[400, 300], [700, 300]]] as [number, number][][];
		const r = placeLabels({ viewport, labels: [label('a', 400, 300, { prefer: 'E' })], lines: route });
		expect(r.labels[0]).toMatchObject({ kind: 'direct' });
		expect(r.labels[0]).not.toMatchObject({ direction: 'E' });
		const box = (r.labels[0] as { box: { x: number; y: number; width: number; height: number } }).box;
		expect(segmentHitsRect([400, 300], [700, 300], box)).toBe(false);
		// A route through every side of the dot: the label still shows, on its preferred side.
		const star = [[[300, 300], [500, 300]], [[400, 200], [400, 400]], [[300, 200], [500, 400]], [[300, 400], [500, 200]]];
		const crowded = placeLabels({ viewport, labels: [label('b', 400, 300, { prefer: 'E' })], lines: star as [number, number][][] });
		expect(crowded.labels[0]).toMatchObject({ kind: 'direct', direction: 'E' });
		// Bad points in a line are skipped, not thrown on.
		expect(() => placeLabels({ viewport, labels: [label('c', 10, 10)], lines: [[[Number.NaN, 1], [2, 2]]] })).not.toThrow();
	});

	it('hides the lowest priority first when two cannot both fit', () => {
		// A narrow viewport: two dots 4 px apart, room for one label only.
		const tight = { width: 130, height: 40 };
		const r = placeLabels({
			viewport: tight,
			labels: [label('low', 10, 18, { priority: 3 }), label('high', 10, 22, { priority: 0 })],
			gap: 6,
			margin: 0,
			dotRadius: 2
		});
		expect(r.labels.find((l) => l.id === 'high')?.kind).toBe('direct');
		expect(r.labels.find((l) => l.id === 'low')?.kind).toBe('hidden');
	});

	it('moves a crowded label out on a leader line to a free spot', () => {
		// Four labels around one dot's eight sides leave the fifth no direct place.
		const labels = [
			label('p', 400, 300, { priority: 0, width: 60 }),
			label('q', 400, 330, { priority: 0, width: 60 }),
			label('r', 400, 270, { priority: 0, width: 60 }),
			label('s', 470, 300, { priority: 0, width: 20 }),
			label('t', 330, 300, { priority: 0, width: 20 }),
			label('crowded', 400, 300, { priority: 1, width: 60 })
		];
		const r = placeLabels({ viewport, labels });
		const crowded = r.labels.find((l) => l.id === 'crowded')!;
		expect(crowded.kind).toBe('leader');
		if (crowded.kind === 'leader') expect(crowded.line[0]).toEqual([400, 300]);
	});

	it('merges close venues of one group into a single group label', () => {
		// Three venues within a few px (Évry at a city zoom): their labels cannot all sit beside their dots.
		const viewport = { width: 600, height: 300 };
		const venues = [
			label('hotel-de-ville', 300, 150, { group: 'evry', priority: 0, width: 250 }),
			label('universite', 306, 158, { group: 'evry', priority: 0, width: 250 }),
			label('genopole', 296, 162, { group: 'evry', priority: 0, width: 250 })
		];
		const r = placeLabels({
			viewport,
			labels: venues,
			groups: [{ id: 'evry', width: 234, height: 20 }],
			// The card above and the controls below leave a band the height of about two labels.
			obstacles: [
				{ x: 0, y: 0, width: 600, height: 130 },
				{ x: 0, y: 185, width: 600, height: 115 }
			]
		});
		expect(r.labels.every((l) => l.kind === 'grouped')).toBe(true);
		expect(r.groups).toHaveLength(1);
		expect(r.groups[0]).toMatchObject({ id: 'evry', memberIds: ['hotel-de-ville', 'universite', 'genopole'] });
		expect(r.groups[0]!.kind).not.toBe('hidden');
	});

	it('keeps group members apart when they fit', () => {
		const r = placeLabels({
			viewport,
			labels: [label('a', 100, 100, { group: 'g' }), label('b', 500, 400, { group: 'g' })],
			groups: [{ id: 'g', width: 200, height: 20 }]
		});
		expect(r.labels.map((l) => l.kind)).toEqual(['direct', 'direct']);
		expect(r.groups).toEqual([]);
	});

	it('shows an off-frame route end as an edge indicator, at the edge towards it', () => {
		const r = placeLabels({
			viewport,
			labels: [label('hamburg', -300, 250, { edgeIndicator: true }), label('gone', 2000, 300)]
		});
		const edge = r.labels[0]!;
		expect(edge.kind).toBe('edge');
		if (edge.kind === 'edge') {
			expect(edge.box.x).toBeLessThan(10);
			expect(Math.abs(edge.angleDeg)).toBeGreaterThan(170);
		}
		expect(r.labels[1]).toEqual({ id: 'gone', kind: 'hidden', reason: 'off-frame' });
	});

	it('hides a label whose dot is under an obstacle (the card covers it)', () => {
		const r = placeLabels({
			viewport,
			labels: [label('under', 100, 100)],
			obstacles: [{ x: 0, y: 0, width: 300, height: 300 }]
		});
		expect(r.labels[0]).toMatchObject({ kind: 'hidden', reason: 'off-frame' });
	});

	it('shows a route end under an obstacle beside it, on the side nearest the dot, arrow towards the dot', () => {
		// A phone's card scrolling up over Incheon: the card's top edge is 20 px above the dot.
		const card = { x: 16, y: 400, width: 768, height: 200 };
		const r = placeLabels({ viewport, labels: [label('icn', 500, 420, { edgeIndicator: true })], obstacles: [card] });
		const edge = r.labels[0]!;
		expect(edge.kind).toBe('edge');
		if (edge.kind === 'edge') {
			expect(intersects(edge.box, card)).toBe(false);
			expect(edge.box.y + edge.box.height).toBeLessThanOrEqual(card.y);
			expect(edge.box.x).toBeLessThan(500);
			expect(edge.box.x + edge.box.width).toBeGreaterThan(500);
			expect(edge.angleDeg).toBeGreaterThan(0); // pointing down, at the dot under the card
		}
	});

	it('centres an area name on its anchor; beside it when taken; hidden rather than on a leader line', () => {
		const viewport = { width: 400, height: 300 };
		const area = { id: 'hamburg', anchor: [200, 150] as [number, number], width: 80, height: 16, priority: 3, area: true };
		const alone = placeLabels({ labels: [area], viewport }).labels[0]!;
		expect(alone).toMatchObject({ kind: 'direct', direction: 'C', box: { x: 160, y: 142, width: 80, height: 16 } });
		// A venue's dot at the anchor: the centred box would cover it, so the name goes beside it.
		const venue = { id: 'rathaus', anchor: [200, 150] as [number, number], width: 60, height: 16, priority: 0, prefer: 'E' as const };
		const beside = placeLabels({ labels: [venue, area], viewport }).labels[1]!;
		expect(beside.kind).toBe('direct');
		expect(beside.kind === 'direct' && beside.direction).not.toBe('C');
		// No side free: hidden, never a leader line.
		const crowd = placeLabels({ labels: [area], viewport, obstacles: [{ x: 0, y: 0, width: 400, height: 146 }, { x: 0, y: 154, width: 400, height: 146 }] });
		expect(crowd.labels[0]).toEqual({ id: 'hamburg', kind: 'hidden', reason: 'no-room' });
		// An area has no dot: a label of its own may sit over its anchor.
		const over = placeLabels({ labels: [area, { ...venue, id: 'x', anchor: [150, 150], prefer: 'E' }], viewport });
		expect(over.labels[1]).toMatchObject({ kind: 'direct', direction: 'E' });
	});

	it('survives bad numbers without throwing', () => {
		const r = placeLabels({
			viewport: { width: Number.NaN, height: -5 },
			labels: [label('nan', Number.NaN, 1), { ...label('inf', 1, 1), width: Infinity }]
		});
		expect(visibleBoxes(r)).toEqual([]);
		expect(pointIn([0, 0], { x: 0, y: 0, width: 0, height: 0 })).toBe(true);
	});
});
