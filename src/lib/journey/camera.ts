// Camera math as MapLibre does it (Web Mercator, 512 px tiles: the world is 512 * 2^zoom px wide), in plain TS
// so the timeline's cameras can be tested in Node. A Camera is exactly what `map.jumpTo(camera)` takes:
// `center` sits at the centre of the PADDED area, so `map.getCenter()` afterwards equals `center`.
// Bearing and pitch are carried through but the fitting below assumes 0 for both (the story never tilts).
// `constrainCamera` mirrors MapLibre 4's own clamp (Transform.getConstrained), which the map applies to
// every jumpTo/easeTo: computing it here keeps `contains` truthful and the page's data-center equal to ours.
import type { LonLat } from '$lib/story/types';
import { breakpoint, layoutPx, panelExtentPx, PANEL_WIDTH_FRACTION, SHEET_HEIGHT_FRACTION } from '$lib/design/layout';

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Camera {
	center: LonLat;
	zoom: number;
	bearing: number;
	pitch: number;
	padding: Padding;
}

/** The map's size in CSS px and the part of it covered by the text panel (see `panelPadding`). */
export interface Viewport {
	width: number;
	height: number;
	padding: Padding;
	/**
	 * MapLibre's `renderWorldCopies`. Default false: one world, which MapLibre keeps filling the canvas (see
	 * `constrainCamera`), and nothing drawn beyond ±180°.
	 */
	worldCopies?: boolean;
}

/**
 * Whether the live map draws world copies (MapLibre's `renderWorldCopies`, and every shell's viewport): no.
 * With copies, a canvas wider than the world (the title's world view at 1440 px is zoom 1.26, 1226 px of world)
 * made MapLibre load, parse and upload every tile once per copy in view: each of the seven opening tiles was
 * fetched twice (docs/PERFORMANCE.md). With one world the camera zooms until the world fills the canvas
 * (`constrainCamera`), which frames the title view from the Atlantic to the antimeridian.
 */
export const WORLD_COPIES = false;

export const TILE_SIZE = 512;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
/** Web Mercator's latitude limit (MapLibre's too). */
const MAX_LAT = 85.051129;
/** Room kept between a fitted point and the padded area's edge, for the marker and its HTML label. */
export const DEFAULT_FIT_MARGIN_PX = 64;

// ---------------------------------------------------------------------------------------------- small helpers

export function clamp(x: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, x));
}

/** Clamp to [0, 1]; NaN becomes 0 so a bad input can never poison a frame. */
export function clamp01(x: number): number {
	return Number.isNaN(x) ? 0 : clamp(x, 0, 1);
}

/** a at k = 0, b at k = 1, both exactly (this form, unlike a + (b - a) * k, hits b exactly at k = 1). */
export function mix(a: number, b: number, k: number): number {
	return a * (1 - k) + b * k;
}

/** GLSL smoothstep: 0 below edge0, 1 above edge1, a C1-continuous S in between. */
export function smoothstep(edge0: number, edge1: number, x: number): number {
	if (!(edge1 > edge0)) return x < edge0 ? 0 : 1;
	const k = clamp01((x - edge0) / (edge1 - edge0));
	return k * k * (3 - 2 * k);
}

/**
 * A gentle ease-in-out: `strength` 0 is linear, 1 is a full smoothstep. In between the speed at both ends is
 * (1 - strength) of the average, so motion starts and stops softly without ever standing still for long.
 */
export function easeInOut(x: number, strength = 0.5): number {
	const k = clamp01(x);
	return mix(k, k * k * (3 - 2 * k), clamp01(strength));
}

/** Longitude into [-180, 180). */
export function normalizeLon(lon: number): number {
	return (((lon + 180) % 360) + 360) % 360 - 180;
}

/** The signed shortest turn from `from` to `to`, in (-180, 180]. */
function shortDelta(from: number, to: number): number {
	const d = normalizeLon(to - from);
	return d === -180 ? 180 : d;
}

function finiteOr(x: number, fallback: number): number {
	return Number.isFinite(x) ? x : fallback;
}

// ----------------------------------------------------------------------------------------------- Web Mercator

/** Mercator x in world units: 0 at -180°, 1 at +180° (longitudes past ±180 go past 0..1, on purpose). */
export function mercatorX(lon: number): number {
	return (lon + 180) / 360;
}

/** Mercator y in world units: 0 at the north limit, 1 at the south limit (screen y grows downwards). */
export function mercatorY(lat: number): number {
	const phi = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
	return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

export function lonFromMercatorX(x: number): number {
	return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
	return ((2 * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - Math.PI / 2) * 180) / Math.PI;
}

export function worldSize(zoom: number): number {
	return TILE_SIZE * 2 ** zoom;
}

// ------------------------------------------------------------------------------------------------- viewports

function sanitizePadding(p: Padding | undefined): Padding {
	const side = (x: number | undefined) => Math.max(0, finiteOr(x ?? 0, 0));
	return { top: side(p?.top), right: side(p?.right), bottom: side(p?.bottom), left: side(p?.left) };
}

/** The padded area in screen px: where fitted points must land and whose centre is `camera.center`. */
function paddedArea(width: number, height: number, padding: Padding) {
	const w = Math.max(0, finiteOr(width, 0));
	const h = Math.max(0, finiteOr(height, 0));
	const p = sanitizePadding(padding);
	return { x0: p.left, x1: w - p.right, y0: p.top, y1: h - p.bottom };
}

// The layout numbers come from the one set the CSS uses (design/layout.ts); the names stay for this module's users.
/** Below this width the text is a bottom sheet (phones, narrow windows); at and above it, a side panel. */
export const PANEL_BREAKPOINT = breakpoint.panel;
export const BIG_SCREEN = breakpoint.big;
export { PANEL_WIDTH_FRACTION, SHEET_HEIGHT_FRACTION };
/** Space between the panel and the map's useful area. */
export const PANEL_GAP = layoutPx.panelGap;
/** Margin on the sides without a panel (map controls, the screen edge). */
export const EDGE_MARGIN = layoutPx.edgeMargin;
/** The story's control bar: at the bottom of wide screens, at the top of phones (StoryNav in StoryShell). */
export const NAV_DOCK = layoutPx.navDock;

/** The padding that keeps the map's subject clear of the text panel (side panel on the left, or bottom sheet). */
export function panelPadding(width: number, height: number): Padding {
	const w = Math.max(0, finiteOr(width, 0));
	const h = Math.max(0, finiteOr(height, 0));
	if (w >= PANEL_BREAKPOINT) {
		return { top: EDGE_MARGIN, right: EDGE_MARGIN, bottom: EDGE_MARGIN + NAV_DOCK, left: panelExtentPx(w) + PANEL_GAP };
	}
	const sheet = Math.round(SHEET_HEIGHT_FRACTION * h);
	return { top: EDGE_MARGIN + NAV_DOCK, right: EDGE_MARGIN, bottom: sheet + PANEL_GAP, left: EDGE_MARGIN };
}

/** A viewport of the given size with the text panel's padding. */
export function panelViewport(width: number, height: number): Viewport {
	return { width, height, padding: panelPadding(width, height) };
}

// ------------------------------------------------------------------------------------------------ projection

/** Screen px of `point` for `camera` on a map `viewport.width` x `viewport.height`. */
export function project(camera: Camera, viewport: Viewport, point: LonLat): [number, number] {
	const area = paddedArea(viewport.width, viewport.height, camera.padding);
	const scale = worldSize(camera.zoom);
	let dx = mercatorX(point[0]) - mercatorX(camera.center[0]);
	if (viewport.worldCopies) dx -= Math.round(dx); // the point shows in the world copy nearest the centre
	const dy = mercatorY(point[1]) - mercatorY(camera.center[1]);
	return [(area.x0 + area.x1) / 2 + dx * scale, (area.y0 + area.y1) / 2 + dy * scale];
}

/**
 * True when `point` projects inside the viewport's padded area, the part of the screen the controls and the text
 * leave free (1 px tolerance for rounding). The viewport's padding, not the camera's: constrainCamera may slide
 * the camera's padding to where MapLibre's clamp lets the subject be drawn.
 */
export function contains(camera: Camera, viewport: Viewport, point: LonLat): boolean {
	const area = paddedArea(viewport.width, viewport.height, viewport.padding);
	const [x, y] = project(camera, viewport, point);
	const tol = 1;
	return x >= area.x0 - tol && x <= area.x1 + tol && y >= area.y0 - tol && y <= area.y1 + tol;
}

// ------------------------------------------------------------------------------------------------- fitting

/**
 * The longitude extent of the points as [west, east] with west <= east (east may pass 180): the complement of
 * the largest empty arc, so points on both sides of the antimeridian get a narrow box, not a 340° one.
 */
function lonExtent(points: readonly LonLat[]): [number, number] {
	const lons = points.map((p) => normalizeLon(p[0])).sort((a, b) => a - b);
	const first = lons[0] ?? 0;
	const last = lons[lons.length - 1] ?? 0;
	let west = first;
	let east = last;
	let gap = first + 360 - last; // the empty arc across the antimeridian; preferred on ties
	for (let i = 0; i + 1 < lons.length; i++) {
		const a = lons[i] ?? 0;
		const b = lons[i + 1] ?? 0;
		if (b - a > gap) {
			gap = b - a;
			west = b;
			east = a + 360;
		}
	}
	return [west, east];
}

export interface FitOptions {
	maxZoom: number;
	minZoom?: number;
	marginPx?: number;
}

/**
 * The camera that shows all `points` as large as possible (zoom <= maxZoom) inside the viewport's padded area,
 * `marginPx` clear of its edges, centred on the points' bounding box in Mercator space. Never returns NaN or
 * Infinity: a single point gets maxZoom, a viewport too small for its padding is treated as 1 x 1 px, and the
 * zoom is clamped to [0, 22]. `minZoom` wins over fitting (the points may then overflow).
 */
export function fitBounds(points: readonly LonLat[], viewport: Viewport, options: FitOptions): Camera {
	const padding = sanitizePadding(viewport.padding);
	const maxZoom = clamp(finiteOr(options.maxZoom, MAX_ZOOM), MIN_ZOOM, MAX_ZOOM);
	const minZoom = clamp(finiteOr(options.minZoom ?? MIN_ZOOM, MIN_ZOOM), MIN_ZOOM, maxZoom);
	const margin = Math.max(0, finiteOr(options.marginPx ?? DEFAULT_FIT_MARGIN_PX, DEFAULT_FIT_MARGIN_PX));
	const pts = points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
	if (pts.length === 0) return { center: [0, 0], zoom: minZoom, bearing: 0, pitch: 0, padding };

	const [west, east] = lonExtent(pts);
	const x0 = mercatorX(west);
	const x1 = mercatorX(east);
	const ys = pts.map((p) => mercatorY(p[1]));
	const y0 = Math.min(...ys);
	const y1 = Math.max(...ys);

	const area = paddedArea(viewport.width, viewport.height, padding);
	const w = Math.max(1, area.x1 - area.x0 - 2 * margin);
	const h = Math.max(1, area.y1 - area.y0 - 2 * margin);
	// The zoom at which the box exactly fills w (or h): TILE_SIZE * 2^z * extent = px. A zero extent fits any zoom.
	const zx = x1 > x0 ? Math.log2(w / (TILE_SIZE * (x1 - x0))) : Infinity;
	const zy = y1 > y0 ? Math.log2(h / (TILE_SIZE * (y1 - y0))) : Infinity;
	const zoom = clamp(Math.min(zx, zy, maxZoom), minZoom, maxZoom);

	const center: LonLat = [normalizeLon(lonFromMercatorX((x0 + x1) / 2)), latFromMercatorY((y0 + y1) / 2)];
	return constrainCamera({ center, zoom, bearing: 0, pitch: 0, padding }, viewport);
}

/**
 * The camera MapLibre 4 will actually show for `camera` (Transform.getConstrained, default lat range, no
 * maxBounds), and where the padded area must sit for the subject to stay in it.
 * MapLibre 4 clamps the CENTRE against the whole canvas, ignoring the padding: the canvas, centred on `center`,
 * may not reach past the world's top or bottom (nor, without world copies, past ±180°); if the world is smaller
 * than the canvas the map zooms in until it fills it, centred. On a phone the padded area (the strip between the
 * control bar and the card) is far off the canvas's middle, so a clamped centre drags the subject out of it: the
 * flight's end view sat under the control bar with ocean below. So when the centre is clamped, the padding slides
 * by the same distance (its size unchanged, never past the canvas): the point asked for is drawn where the padded
 * area's centre was. MapLibre never moves padding, so the result is what the map shows, and a constrained camera
 * comes back with identical numbers. Zoom is clamped to [0, 22] first.
 * But MapLibre DRAWS the centre at the padded anchor, so a clamp against the canvas alone can leave the world
 * short of a canvas edge: the one-world title view at 1920 px ended at 180° 105 px before the right edge, Chukotka
 * cut square. So, across, the asked point also moves, as little as it must, to where the world drawn around it
 * covers the canvas (`clampAxis`). Not up and down: there the subject stays in the free area (on a phone the
 * free area is far above the canvas's middle), and past 85° north or south there is only sea to show.
 */
export function constrainCamera(camera: Camera, viewport: Viewport): Camera {
	const zoom = clamp(finiteOr(camera.zoom, MIN_ZOOM), MIN_ZOOM, MAX_ZOOM);
	const padding = sanitizePadding(camera.padding);
	const width = Math.max(0, finiteOr(viewport.width, 0));
	const height = Math.max(0, finiteOr(viewport.height, 0));
	const wraps = viewport.worldCopies === true;
	const x = mercatorX(finiteOr(camera.center[0], 0));
	const y = mercatorY(finiteOr(camera.center[1], 0));
	const ws = worldSize(zoom);

	// A world smaller than the canvas (in height; in width too without copies): zoom in until it fills it.
	const scaleY = ws < height ? height / ws : 0;
	const scaleX = !wraps && ws < width ? width / ws : 0;
	const scale = Math.max(scaleX, scaleY);
	const nz = scale > 0 ? zoom + Math.log2(scale) : zoom;
	const nws = worldSize(nz);

	const anchorX = (padding.left + width - padding.right) / 2;
	const anchorY = (padding.top + height - padding.bottom) / 2;
	const vertical = clampAxis(y, anchorY, height, nws, padding.top, padding.bottom, false);
	const horizontal = wraps ? { at: x, shift: 0 } : clampAxis(x, anchorX, width, nws, padding.left, padding.right, true);
	const [nx, ny] = [horizontal.at, vertical.at];
	const center: LonLat = [
		nx === x ? finiteOr(camera.center[0], 0) : lonFromMercatorX(nx),
		ny === y ? finiteOr(camera.center[1], 0) : latFromMercatorY(ny)
	];
	const [down, right] = [vertical.shift, horizontal.shift];
	const slid: Padding =
		down === 0 && right === 0
			? padding
			: { top: padding.top + down, bottom: padding.bottom - down, left: padding.left + right, right: padding.right - right };
	return { center, zoom: nz, bearing: finiteOr(camera.bearing, 0), pitch: finiteOr(camera.pitch, 0), padding: slid };
}

/**
 * One axis of `constrainCamera`, in world units (the world is 0..1) and px. `t` is the centre asked for, drawn
 * at `anchor` px of a canvas `size` px long, in a world `ws` px long (at least `size`); `before`/`after` are the
 * padding on either side. `at` is the centre MapLibre keeps (the canvas centred on it lies inside the world);
 * `shift` is how far the padding slides so that the asked point is still drawn at `anchor`, or, with `cover`,
 * where the world drawn around it covers the canvas: at `anchor` when it already does, else as near as allowed.
 */
function clampAxis(t: number, anchor: number, size: number, ws: number, before: number, after: number, cover: boolean) {
	const half = size / 2 / ws;
	const at = clamp(t, half, 1 - half);
	// Drawn at p px, the asked point puts the world's edges at p - t * ws and p + (1 - t) * ws.
	const drawnAt = cover ? clamp(anchor, size - (1 - t) * ws, t * ws) : anchor;
	const shift = at === t && drawnAt === anchor ? 0 : clamp((at - t) * ws + (drawnAt - anchor), -before, after);
	return { at, shift };
}

// ---------------------------------------------------------------------------------------------- interpolation

/**
 * The camera between a (k = 0) and b (k = 1). Zoom is linear; bearing turns the short way; the centre moves in
 * Mercator space, paced by the zoom so that it moves at a constant speed ON SCREEN: when zooming out from a
 * close view it barely drifts at first and catches up once zoomed out (as MapLibre's easeTo does), instead of
 * sweeping thousands of pixels per frame while zoomed in. With equal zooms this is plain linear interpolation.
 */
export function lerpCamera(a: Camera, b: Camera, k: number): Camera {
	const t = clamp01(k);
	if (t === 0) return cloneCamera(a);
	if (t === 1) return cloneCamera(b);

	const dz = b.zoom - a.zoom;
	// Screen speed = (d centre / dt) * 2^zoom(t); holding it constant gives this weight (-> t as dz -> 0).
	const w = Math.abs(dz) < 1e-6 ? t : (1 - 2 ** (-t * dz)) / (1 - 2 ** -dz);
	const ax = mercatorX(a.center[0]);
	const ay = mercatorY(a.center[1]);
	const dx = shortDelta(a.center[0], b.center[0]) / 360;
	const dy = mercatorY(b.center[1]) - ay;
	const center: LonLat = [
		normalizeLon(lonFromMercatorX(ax + dx * w)),
		latFromMercatorY(ay + dy * w)
	];
	return {
		center,
		zoom: mix(a.zoom, b.zoom, t),
		bearing: a.bearing + shortDelta(a.bearing, b.bearing) * t,
		pitch: mix(a.pitch, b.pitch, t),
		padding: {
			top: mix(a.padding.top, b.padding.top, t),
			right: mix(a.padding.right, b.padding.right, t),
			bottom: mix(a.padding.bottom, b.padding.bottom, t),
			left: mix(a.padding.left, b.padding.left, t)
		}
	};
}

function cloneCamera(c: Camera): Camera {
	return { ...c, center: [c.center[0], c.center[1]], padding: { ...c.padding } };
}
