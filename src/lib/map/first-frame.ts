// MapLibre draws a frame for each tile that arrives: water, then the land tile by tile. Before the map is ready
// those half-drawn frames are covered anyway (the drawn map shows until then) yet each one costs a composited frame,
// and under software GL every frame holds the GPU process for 50-250 ms, in front of the next tile's draw
// (docs/PERFORMANCE.md, "One frame before ready"). So the map's first frame is the complete one: until every tile
// in view is in, MapLibre keeps loading and placing but draws nothing, and its canvas stays transparent over the
// drawn map. MapLibre 4 has no option for this; its painter is the one place all drawing goes through.

/** The part of a MapLibre map this needs: its painter (public on the Map object, untyped) and `loaded()`. */
export interface PaintingMap {
	loaded(): boolean;
}
interface Painter {
	render(style: unknown, ...args: unknown[]): unknown;
	style?: unknown;
}

/**
 * Holds MapLibre's drawing until `map.loaded()`, then hands the painter back as it was. Returns false (and
 * changes nothing) when the map has no painter to hold, as a MapLibre other than 4 might not.
 */
export function drawFirstFrameWhenLoaded(map: PaintingMap): boolean {
	const painter = (map as PaintingMap & { painter?: Partial<Painter> }).painter;
	const render = painter?.render;
	if (!painter || typeof render !== 'function') return false;
	painter.render = function held(this: Painter, style: unknown, ...args: unknown[]) {
		if (!map.loaded()) {
			// The one thing a frame leaves that the tiles need: each tile that arrives is deserialised against the
			// painter's style, which render() sets first. Without it the tiles load empty and the map stays water.
			this.style = style;
			return undefined;
		}
		painter.render = render;
		return render.call(this, style, ...args);
	};
	return true;
}
