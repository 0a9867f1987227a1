// The ONE label placement step (issue 10 item 3), shared by the story, the kiosk and the embed.
// Input: labels (anchor in screen px, measured box, priority), obstacles (controls, card, credit line, legend),
// the viewport. Output: per label a box beside its dot (one of eight directions), a box at a free spot with a
// leader line, a place in a group label, an edge indicator (for an origin/destination out of frame or under a card), or hidden.
// Guarantees, whatever the input: no two visible boxes overlap, every visible box lies inside the viewport (less
// `margin`), and none intersects an obstacle. Greedy in priority order (lower number first, input order on ties),
// so a lower-priority label never displaces a higher one, and the same input always gives the same output.
import { inflate, inside, intersects, nearestPoint, pointIn, segmentHitsRect, type Point, type Rect } from './geometry';

/** A side of the dot; 'C' is centred on the anchor (an area's name, which has no dot). */
export type Direction = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW' | 'C';
export const DIRECTIONS: readonly Direction[] = ['E', 'W', 'NE', 'SE', 'NW', 'SW', 'N', 'S'];

export interface LabelCandidate {
	id: string;
	/** The dot, in screen px. */
	anchor: Point;
	width: number;
	height: number;
	/** Lower is more important: the chapter's own places, then venues, then orientation names. */
	priority: number;
	/** Tried first (a hand-picked side that reads well), then DIRECTIONS. */
	prefer?: Direction;
	/** Labels of one group may be merged into its group label when they do not all fit beside their dots. */
	group?: string;
	/**
	 * Route ends: when the anchor is out of frame, show the label at the frame's edge with an arrow; when it is
	 * under an obstacle, beside that obstacle, the arrow pointing at the anchor.
	 */
	edgeIndicator?: boolean;
	/**
	 * An area's name (a host city over its outline, a Land, a département): it has no dot, so it covers none and
	 * is tried centred on its anchor first, then beside it; never on a leader line (it would point at nothing).
	 */
	area?: boolean;
}

export interface LabelGroup {
	id: string;
	/** The group label's measured box ("Évry: Hôtel de ville, Université d’Évry, Genopole"). */
	width: number;
	height: number;
}

export interface PlacementInput {
	labels: readonly LabelCandidate[];
	groups?: readonly LabelGroup[];
	obstacles?: readonly Rect[];
	viewport: { width: number; height: number };
	/** Distance from the dot to the box, px. */
	gap?: number;
	/** Kept clear along the viewport's edges, px. */
	margin?: number;
	/** Minimum clearance between two boxes, px. */
	spacing?: number;
	/** Dots are obstacles too: half their size, px. */
	dotRadius?: number;
	/** Width added to an edge indicator's box for its arrow, px. */
	arrowSize?: number;
	/**
	 * Lines on the map a label should leave uncovered where it can (the route, in screen px): a side of the dot
	 * that covers none is taken before one that does. A preference, not a guarantee: a label that fits only over
	 * the line still shows.
	 */
	lines?: readonly (readonly Point[])[];
	/** How close to a line's middle a box may come and still leave it uncovered: half its drawn width, px. */
	lineClearance?: number;
}

export type LabelPlacement =
	| { id: string; kind: 'direct'; direction: Direction; box: Rect }
	| { id: string; kind: 'leader'; box: Rect; line: [Point, Point] }
	| { id: string; kind: 'edge'; box: Rect; angleDeg: number }
	| { id: string; kind: 'grouped'; groupId: string }
	| { id: string; kind: 'hidden'; reason: 'off-frame' | 'no-room' };

export type GroupPlacement =
	| { id: string; memberIds: string[]; kind: 'direct'; direction: Direction; box: Rect }
	| { id: string; memberIds: string[]; kind: 'leader'; box: Rect; line: [Point, Point] }
	| { id: string; memberIds: string[]; kind: 'hidden' };

export interface PlacementResult {
	/** One entry per input label, in input order. */
	labels: LabelPlacement[];
	/** Only the groups that were merged. */
	groups: GroupPlacement[];
}

/** Every box the result shows (labels and merged groups): what the guarantees are about. */
export function visibleBoxes(result: PlacementResult): { id: string; box: Rect }[] {
	const out: { id: string; box: Rect }[] = [];
	for (const l of result.labels) if ('box' in l) out.push({ id: l.id, box: l.box });
	for (const g of result.groups) if ('box' in g) out.push({ id: g.id, box: g.box });
	return out;
}

const DEFAULTS = { gap: 8, margin: 4, spacing: 2, dotRadius: 7, arrowSize: 14, lineClearance: 3 };

/** The box `w` x `h` on side `d` of a dot at `a`, `gap` px away. */
export function boxAt(a: Point, w: number, h: number, d: Direction, gap: number): Rect {
	const diag = gap * Math.SQRT1_2;
	const [x, y] = a;
	switch (d) {
		case 'E':
			return { x: x + gap, y: y - h / 2, width: w, height: h };
		case 'W':
			return { x: x - gap - w, y: y - h / 2, width: w, height: h };
		case 'N':
			return { x: x - w / 2, y: y - gap - h, width: w, height: h };
		case 'S':
			return { x: x - w / 2, y: y + gap, width: w, height: h };
		case 'NE':
			return { x: x + diag, y: y - diag - h, width: w, height: h };
		case 'SE':
			return { x: x + diag, y: y + diag, width: w, height: h };
		case 'NW':
			return { x: x - diag - w, y: y - diag - h, width: w, height: h };
		case 'SW':
			return { x: x - diag - w, y: y + diag, width: w, height: h };
		case 'C':
			return { x: x - w / 2, y: y - h / 2, width: w, height: h };
	}
}

function directionsFor(prefer: Direction | undefined): Direction[] {
	return prefer ? [prefer, ...DIRECTIONS.filter((d) => d !== prefer)] : [...DIRECTIONS];
}

/** Leader spots: three rings of 16 angles around the dot, nearest first. */
const LEADER_RINGS = [1.8, 2.8, 4];
const LEADER_ANGLES = 16;

interface Item {
	id: string;
	anchor: Point;
	width: number;
	height: number;
	priority: number;
	order: number;
	prefer?: Direction;
	edgeIndicator: boolean;
	area: boolean;
	/** Extra distance from the anchor (a group's spread). */
	reach: number;
	/** Member ids when this item is a merged group. */
	members?: string[];
}

const finite = (n: number, fallback = 0) => (Number.isFinite(n) ? n : fallback);

export function placeLabels(input: PlacementInput): PlacementResult {
	const merged = new Set<string>();
	let result = placeOnce(input, merged);
	// Merge groups one at a time (input order): a group whose members do not all fit beside their own dots.
	for (const group of input.groups ?? []) {
		const members = result.labels.filter((l) => input.labels.find((c) => c.id === l.id)?.group === group.id);
		if (members.length < 2) continue;
		if (members.every((m) => m.kind === 'direct')) continue;
		if (members.every((m) => m.kind === 'hidden' && m.reason === 'off-frame')) continue;
		merged.add(group.id);
		result = placeOnce(input, merged);
	}
	return result;
}

function placeOnce(input: PlacementInput, merged: ReadonlySet<string>): PlacementResult {
	const gap = Math.max(0, finite(input.gap ?? DEFAULTS.gap, DEFAULTS.gap));
	const margin = Math.max(0, finite(input.margin ?? DEFAULTS.margin, DEFAULTS.margin));
	const spacing = Math.max(0, finite(input.spacing ?? DEFAULTS.spacing, DEFAULTS.spacing));
	const dotR = Math.max(0, finite(input.dotRadius ?? DEFAULTS.dotRadius, DEFAULTS.dotRadius));
	const arrow = Math.max(0, finite(input.arrowSize ?? DEFAULTS.arrowSize, DEFAULTS.arrowSize));
	const vw = Math.max(0, finite(input.viewport.width));
	const vh = Math.max(0, finite(input.viewport.height));
	const frame: Rect = { x: margin, y: margin, width: Math.max(0, vw - 2 * margin), height: Math.max(0, vh - 2 * margin) };
	const obstacles = (input.obstacles ?? []).filter((r) => r.width > 0 && r.height > 0);
	const visibleAnchor = (p: Point) =>
		Number.isFinite(p[0]) && Number.isFinite(p[1]) && pointIn(p, frame) && !obstacles.some((o) => pointIn(p, o));

	// Dots that show: labels may not cover them.
	const dots: Rect[] = input.labels
		.filter((l) => dotR > 0 && !l.area && visibleAnchor(l.anchor))
		.map((l) => ({ x: l.anchor[0] - dotR, y: l.anchor[1] - dotR, width: 2 * dotR, height: 2 * dotR }));

	const items: Item[] = [];
	const groupMembers = new Map<string, LabelCandidate[]>();
	input.labels.forEach((l, order) => {
		if (l.group && merged.has(l.group)) {
			const list = groupMembers.get(l.group) ?? [];
			list.push(l);
			groupMembers.set(l.group, list);
			return;
		}
		items.push({
			id: l.id,
			anchor: l.anchor,
			width: Math.max(0, finite(l.width)),
			height: Math.max(0, finite(l.height)),
			priority: finite(l.priority, Infinity),
			order,
			prefer: l.prefer,
			edgeIndicator: l.edgeIndicator === true && l.area !== true,
			area: l.area === true,
			reach: 0
		});
	});
	for (const group of input.groups ?? []) {
		const members = (groupMembers.get(group.id) ?? []).filter((m) => visibleAnchor(m.anchor));
		if (members.length === 0) continue;
		const cx = members.reduce((s, m) => s + m.anchor[0], 0) / members.length;
		const cy = members.reduce((s, m) => s + m.anchor[1], 0) / members.length;
		const reach = Math.max(...members.map((m) => Math.hypot(m.anchor[0] - cx, m.anchor[1] - cy)));
		items.push({
			id: group.id,
			anchor: [cx, cy],
			width: Math.max(0, finite(group.width)),
			height: Math.max(0, finite(group.height)),
			priority: Math.min(...members.map((m) => finite(m.priority, Infinity))),
			order: Math.min(...members.map((m) => input.labels.indexOf(m))),
			edgeIndicator: false,
			area: false,
			reach: reach + dotR,
			members: members.map((m) => m.id)
		});
	}
	items.sort((a, b) => a.priority - b.priority || a.order - b.order);

	const placed: Rect[] = [];
	const free = (box: Rect) =>
		box.width > 0 &&
		box.height > 0 &&
		inside(box, frame) &&
		!obstacles.some((o) => intersects(box, o)) &&
		!dots.some((d) => intersects(box, d)) &&
		!placed.some((p) => intersects(inflate(box, spacing), p));

	const segments: [Point, Point][] = (input.lines ?? []).flatMap((line) =>
		line.slice(1).map((b, i) => [line[i]!, b] as [Point, Point]).filter(([a, b]) => [...a, ...b].every(Number.isFinite))
	);
	const clearance = Math.max(0, finite(input.lineClearance ?? DEFAULTS.lineClearance, DEFAULTS.lineClearance));
	const onLine = (box: Rect) => segments.some(([a, b]) => segmentHitsRect(a, b, inflate(box, clearance)));

	const labelOut = new Map<string, LabelPlacement>();
	const groupOut: GroupPlacement[] = [];

	for (const item of items) {
		const outcome = placeItem(item);
		if (item.members) {
			groupOut.push({ id: item.id, memberIds: item.members, ...outcome } as GroupPlacement);
			continue;
		}
		labelOut.set(item.id, { id: item.id, ...outcome } as LabelPlacement);
	}

	function placeItem(item: Item):
		| { kind: 'direct'; direction: Direction; box: Rect }
		| { kind: 'leader'; box: Rect; line: [Point, Point] }
		| { kind: 'edge'; box: Rect; angleDeg: number }
		| { kind: 'hidden'; reason: 'off-frame' | 'no-room' } {
		if (!visibleAnchor(item.anchor)) {
			if (item.edgeIndicator) {
				const edge = edgeBox(item);
				if (edge) {
					placed.push(edge.box);
					return { kind: 'edge', ...edge };
				}
			}
			return { kind: 'hidden', reason: 'off-frame' };
		}
		const { anchor, width: w, height: h } = item;
		const directions = item.area ? (['C', ...DIRECTIONS] as const) : directionsFor(item.prefer);
		// Beside the dot: first a side that leaves the lines uncovered, then any free side.
		for (const clearOfLines of segments.length > 0 ? [true, false] : [false]) {
			for (const direction of directions) {
				const box = boxAt(anchor, w, h, direction, gap + item.reach);
				if (free(box) && !(clearOfLines && onLine(box))) {
					placed.push(box);
					return { kind: 'direct', direction, box };
				}
			}
		}
		if (item.area) return { kind: 'hidden', reason: 'no-room' };
		const base = Math.hypot(w, h) / 2 + gap + item.reach;
		for (const ring of LEADER_RINGS) {
			for (let k = 0; k < LEADER_ANGLES; k++) {
				const angle = (2 * Math.PI * k) / LEADER_ANGLES;
				const cx = anchor[0] + Math.cos(angle) * base * ring;
				const cy = anchor[1] + Math.sin(angle) * base * ring;
				const box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
				if (!free(box)) continue;
				const end = nearestPoint(box, anchor);
				// The line may not cross another label or an obstacle (it may cross dots: they are small).
				if ([...placed, ...obstacles].some((r) => segmentHitsRect(anchor, end, r))) continue;
				placed.push(box);
				return { kind: 'leader', box, line: [[anchor[0], anchor[1]], end] };
			}
		}
		return { kind: 'hidden', reason: 'no-room' };
	}

	/**
	 * An edge indicator's box: for an anchor under an obstacle (a phone's card scrolling over Incheon), just
	 * outside the obstacle that covers it, nearest the anchor first; for an anchor out of frame, where the ray
	 * from the frame's centre to the anchor leaves the frame. Either way slid along that edge if the spot is taken.
	 */
	function edgeBox(item: Item): { box: Rect; angleDeg: number } | null {
		const [ax, ay] = item.anchor;
		if (!Number.isFinite(ax) || !Number.isFinite(ay)) return null;
		const w = item.width + arrow;
		const h = item.height;
		const cover = pointIn(item.anchor, frame) ? obstacles.find((o) => pointIn(item.anchor, o)) : undefined;
		if (cover) return besideObstacle(cover, item.anchor, w, h);
		const cx = vw / 2;
		const cy = vh / 2;
		const dx = ax - cx;
		const dy = ay - cy;
		if (dx === 0 && dy === 0) return null;
		const angleDeg = (Math.atan2(dy, dx) * 180) / Math.PI;
		// Scale the ray so the box's centre stays half a box inside the frame.
		const hw = Math.max(0, frame.width / 2 - w / 2);
		const hh = Math.max(0, frame.height / 2 - h / 2);
		const s = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy), 1);
		const box = slide(cx + dx * s, cy + dy * s, w, h, Math.abs(dx * s) >= hw - 0.5);
		return box && { box, angleDeg };
	}

	/** The four spots just outside `o` level with the anchor, nearest first; the arrow points at the anchor. */
	function besideObstacle(o: Rect, [ax, ay]: Point, w: number, h: number): { box: Rect; angleDeg: number } | null {
		const sides = [
			{ d: ay - o.y, x: ax, y: o.y - gap - h / 2, vertical: false },
			{ d: o.y + o.height - ay, x: ax, y: o.y + o.height + gap + h / 2, vertical: false },
			{ d: ax - o.x, x: o.x - gap - w / 2, y: ay, vertical: true },
			{ d: o.x + o.width - ax, x: o.x + o.width + gap + w / 2, y: ay, vertical: true }
		].sort((a, b) => a.d - b.d);
		for (const side of sides) {
			const box = slide(side.x, side.y, w, h, side.vertical);
			if (box) return { box, angleDeg: (Math.atan2(ay - (box.y + h / 2), ax - (box.x + w / 2)) * 180) / Math.PI };
		}
		return null;
	}

	/** The first free box centred at (bx, by), then slid along a vertical or horizontal edge, alternating sides. */
	function slide(bx: number, by: number, w: number, h: number, vertical: boolean): Rect | null {
		for (let step = 0; step <= 40; step++) {
			const offset = step === 0 ? 0 : Math.ceil(step / 2) * (step % 2 ? 1 : -1) * (vertical ? h / 2 : w / 4);
			const box = {
				x: (vertical ? bx : bx + offset) - w / 2,
				y: (vertical ? by + offset : by) - h / 2,
				width: w,
				height: h
			};
			if (free(box)) return box;
		}
		return null;
	}

	return {
		labels: input.labels.map(
			(l) =>
				labelOut.get(l.id) ?? { id: l.id, kind: 'grouped', groupId: l.group ?? '' }
		),
		groups: groupOut
	};
}
