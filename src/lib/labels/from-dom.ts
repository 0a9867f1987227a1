// The browser side of label placement: what the placement step (place.ts) needs, read from the rendered page.
// Obstacles are any element marked `data-map-obstacle` (the story's controls and cards, the kiosk's header, rail
// and caption, the map's credit line), in coordinates relative to the map element.
import type { Rect } from './geometry';

export const OBSTACLE_SELECTOR = '[data-map-obstacle]';

/** `el`'s box relative to `origin` (both in CSS px, as getBoundingClientRect gives them). */
export function relativeRect(el: Element, origin: DOMRect): Rect {
	const r = el.getBoundingClientRect();
	return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/** Every visible obstacle that overlaps the map, relative to the map element. */
export function obstaclesFor(map: HTMLElement, doc: Document = document): Rect[] {
	const origin = map.getBoundingClientRect();
	const frame = { x: 0, y: 0, width: origin.width, height: origin.height };
	const out: Rect[] = [];
	for (const el of doc.querySelectorAll(OBSTACLE_SELECTOR)) {
		const r = relativeRect(el, origin);
		if (r.width <= 0 || r.height <= 0) continue;
		if (r.x >= frame.width || r.y >= frame.height || r.x + r.width <= 0 || r.y + r.height <= 0) continue;
		if (getComputedStyle(el).visibility === 'hidden') continue;
		out.push(r);
	}
	return out;
}

/** The centre of `el` relative to `origin`: a marker's dot is the point it marks. */
export function centreOf(el: Element, origin: DOMRect): [number, number] {
	const r = el.getBoundingClientRect();
	return [r.left + r.width / 2 - origin.left, r.top + r.height / 2 - origin.top];
}
