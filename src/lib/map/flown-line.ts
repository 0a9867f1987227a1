// The flight's flown arc, drawn as an SVG path over the map's canvas instead of in WebGL.
// During the flight the camera holds the whole arc still (timeline.ts FLIGHT) and only the flown part grows. In
// WebGL every step of it was a GeoJSON setData: the route cut into tiles again in MapLibre's worker, sent back,
// uploaded, and the whole map redrawn, every animation frame of the scrub; the flight's slow frames were those
// (docs/PERFORMANCE.md, stop 34). Here a step re-projects a few hundred points and sets two path strings; the map
// itself draws nothing, since the arc under it (the faint line ahead, the whole arc) holds still too.
// Same look as the WebGL route: the accent line on a surface-coloured casing, round caps and joins, the widths of
// style.ts ROUTE_WIDTHS at the map's zoom, times the page's line scale.
import type { LonLat } from '$lib/story/types';
import { ROUTE_WIDTHS, widthAtZoom } from './style';

export interface ScreenPoint {
	x: number;
	y: number;
}

/** The lines as one SVG path (`M x,y L x,y ...`, 0.1 px); lines of fewer than two points draw nothing. */
export function svgPath(lines: readonly (readonly ScreenPoint[])[]): string {
	let d = '';
	for (const line of lines) {
		if (line.length < 2) continue;
		for (let i = 0; i < line.length; i++) d += `${i === 0 ? 'M' : 'L'}${line[i]!.x.toFixed(1)},${line[i]!.y.toFixed(1)}`;
	}
	return d;
}

/** A key that changes when the lines change: the drawn end moves, or a line is added (cheap: every frame). */
export function linesKey(lines: readonly (readonly LonLat[])[]): string {
	return lines.map((l) => `${l.length}:${l.at(-1)?.join(',')}`).join('|');
}

/** The two paths the line needs: its casing and the line on it (MapHost renders them; the controller draws). */
export interface FlownLineElements {
	/** The SVG holding both; the controller puts it over the canvas, under the markers. */
	root: Element & ElementCSSInlineStyle;
	casing: Element;
	line: Element;
}

export class FlownLine {
	private lines: readonly (readonly LonLat[])[] = [];
	private key = '';

	constructor(
		private readonly elements: FlownLineElements,
		private readonly lineScale: number
	) {
		elements.root.setAttribute('data-flown-line', '');
		elements.root.style.display = 'none';
	}

	/** The lines to draw (the part flown); empty hides the SVG. Drawn at once with `project` and `zoom`, unless
	 * they are the lines already drawn (the play clock sends a frame every animation frame, also at rest; a camera
	 * move reaches `reproject` instead). */
	set(lines: readonly (readonly LonLat[])[], project: (p: LonLat) => ScreenPoint, zoom: number): void {
		const key = linesKey(lines);
		if (key === this.key) return;
		this.key = key;
		this.lines = lines;
		this.draw(project, zoom);
	}

	/** The camera moved (an ease into the chapter, a resize): the same lines, projected again. */
	reproject(project: (p: LonLat) => ScreenPoint, zoom: number): void {
		if (this.lines.length > 0) this.draw(project, zoom);
	}

	get visible(): boolean {
		return this.lines.length > 0;
	}

	private draw(project: (p: LonLat) => ScreenPoint, zoom: number): void {
		const { root, casing, line } = this.elements;
		const d = svgPath(this.lines.map((l) => l.map(project)));
		root.style.display = d === '' ? 'none' : '';
		casing.setAttribute('d', d);
		line.setAttribute('d', d);
		casing.setAttribute('stroke-width', (widthAtZoom(ROUTE_WIDTHS.casing, zoom) * this.lineScale).toFixed(2));
		line.setAttribute('stroke-width', (widthAtZoom(ROUTE_WIDTHS.line, zoom) * this.lineScale).toFixed(2));
	}
}
