// The ONLY code that touches the MapLibre map after create-map.ts built it (docs/ARCHITECTURE.md:
// state -> frame -> controller -> map), including adding overlay layers and removing the map.
// It sees the map through MapLike, a narrow slice of maplibregl.Map, so unit tests drive it with a fake and the
// contract test at the end of controller.test.ts proves the real Map.prototype still has every method used here.
// Components never call map methods; they hand the controller a frame of the timeline and it draws it.
// Label visibility and classes are NOT set here: components/map/MapLabels.svelte derives them from the frame;
// the controller only positions the label elements as markers.
import type { LonLat } from '$lib/story/types';
import type { Padding } from '$lib/journey/camera';
import { HIGHLIGHT_LAYER, ROUTE_SOURCE, highlightFilter, OUTLINE_LAYERS } from './style';
import { FlownLine, linesKey, type FlownLineElements, type ScreenPoint } from './flown-line';
import { whenIdle } from '$lib/idle';

export type { Padding };

export interface CameraTarget {
	center: LonLat;
	zoom: number;
	bearing: number;
	pitch: number;
	padding: Padding;
}

/** What the controller draws: one frame of the timeline (timeline.ts's StoryFrame satisfies it). */
export interface MapFrame {
	chapterId: string;
	route: LonLat[][];
	/** The flight's arc ahead of the plane, drawn faintly under the part flown (optional: older callers). */
	routeAhead?: LonLat[][];
	/** The flight's km flown of its great-circle total (the readout); absent or null outside the flight. */
	flight?: { flownKm: number; totalKm: number } | null;
	plane: { lonLat: LonLat; headingDeg: number; visible: boolean };
	reachedStopIds: readonly string[];
	camera: CameraTarget;
}

type Listener = (event: unknown) => void;

/** The slice of maplibregl.Map the controller uses. Keep it narrow: every method here is in the contract test. */
export interface MapLike {
	on(type: string, listener: Listener): unknown;
	off(type: string, listener: Listener): unknown;
	getSource(id: string): unknown;
	setFilter(layerId: string, filter: unknown): unknown;
	jumpTo(options: object): unknown;
	easeTo(options: object): unknown;
	getCenter(): { lng: number; lat: number };
	getZoom(): number;
	isMoving(): boolean;
	triggerRepaint(): unknown;
	loaded(): boolean;
	queryRenderedFeatures(options?: { layers?: string[] }): { layer: { id: string } }[];
	getLayer(id: string): unknown;
	resize(): unknown;
	getContainer(): { clientWidth: number; clientHeight: number };
	getCanvas(): { clientWidth: number; clientHeight: number };
	/** Where MapLibre keeps the canvas and the markers: the flown line goes in before any marker. */
	getCanvasContainer(): { appendChild(node: Element): unknown };
	project(lonLat: LonLat): ScreenPoint;
	remove(): void;
	addSource(id: string, source: never): unknown;
	addLayer(layer: never): unknown;
}

/** Removes a map that never got a controller (the page went away while it loaded). */
export function disposeMap(map: MapLike): void {
	map.remove();
}

/** What a marker factory returns (maplibregl.Marker satisfies it). */
export interface MarkerLike {
	setLngLat(lonLat: LonLat): unknown;
	setRotation(deg: number): unknown;
	remove(): unknown;
}
export type MarkerFactory = (
	element: HTMLElement,
	lonLat: LonLat,
	options: { anchor?: 'center' | 'left' | 'right' | 'top' | 'bottom'; rotationAlignment?: 'map' | 'viewport' }
) => MarkerLike;

export interface PlaceMarker {
	id: string;
	lonLat: LonLat;
	element: HTMLElement;
	anchor?: 'center' | 'left' | 'right' | 'top' | 'bottom';
}

export interface ControllerOptions {
	createMarker: MarkerFactory;
	/** The plane's element (an inline SVG); rotated with the route's heading. */
	planeElement: HTMLElement;
	/** The SVG the flight's flown arc is drawn in (flown-line.ts), and how much wider than the style's its lines
	 * are drawn (create-map.ts lineScale). */
	flownLine: { elements: FlownLineElements; lineScale: number };
	/** Called on every `moveend` with the map's centre and zoom, for the page contract. */
	onView?: (center: LonLat, zoom: number) => void;
	/** Called on every `movestart`: until the next onView the camera moves (labels wait for it to settle). */
	onMoveStart?: () => void;
	/** Called after the map settles: this view is drawn. */
	onRendered?: () => void;
	/**
	 * The number of rendered features per group (the page contract's data-rendered-*: tests, kiosk health), after
	 * `onRendered`, when the page is idle: counting queries every tile in view, 20-60 ms under a busy CPU, and at the
	 * map's first frame that was a third of the page's last long task before ready (docs/PERFORMANCE.md, stop 36).
	 */
	onCounted?: (counts: RenderedCounts) => void;
	/** Camera transitions between chapters take this long, in ms; 0 under reduced motion. */
	transitionMs: () => number;
	/** glRoute(...).key of the route the style was built with: a first frame with that route sets no data. */
	routeInStyle?: string;
	/** The camera the map was created at (createMap). A first frame at that camera and with the style's route
	 * needs nothing drawn: it jumps (no ease to where the map stands) and, if the map has every tile, it is
	 * reported at once instead of at the next `idle` (one more frame cost 300-450 ms of time to a usable map
	 * under software GL: docs/PERFORMANCE.md). */
	openedAt?: CameraTarget;
	/**
	 * The WebGL context was lost (GPU reset, driver update, too many contexts; or WEBGL_lose_context in tests).
	 * MapLibre calls preventDefault on the canvas event (so the browser may restore it) and fires
	 * `webglcontextlost`; nothing may touch the map's style until it fires `webglcontextrestored`.
	 */
	onContextLost?: () => void;
	/** The context came back and the map redrew everything: `onRendered` follows when it has settled. */
	onContextRestored?: () => void;
}

export interface RenderedCounts {
	basemap: number;
	outlines: number;
	route: number;
}

/**
 * The GeoJSON MapLibre wants for the route: the first leg flies, the rest are ground legs; `ahead` (the arc not
 * yet flown) comes as kind 'ahead', which only the faint route-line-ahead layer draws.
 */
export function routeFeatures(route: LonLat[][], ahead: LonLat[][] = []): GeoJSON.FeatureCollection<GeoJSON.LineString> {
	const line = (coordinates: LonLat[], kind: string): GeoJSON.Feature<GeoJSON.LineString> => ({
		type: 'Feature',
		properties: { kind },
		geometry: { type: 'LineString', coordinates }
	});
	return {
		type: 'FeatureCollection',
		features: [
			...ahead.filter((l) => l.length >= 2).map((l) => line(l, 'ahead')),
			...route.flatMap((l, i) => (l.length >= 2 ? [line(l, i === 0 ? 'air' : 'ground')] : []))
		]
	};
}

/**
 * What WebGL draws of a frame's route, and a key for it. In the flight (the route's first leg, timeline.ts) that
 * is the whole arc as the faint line ahead, the same in every frame of the flight: the part flown is drawn over it
 * in SVG (flown-line.ts), so scrubbing the flight sets no data and the map draws nothing. Elsewhere: the legs so
 * far (routeFeatures).
 */
export function glRoute(frame: Pick<MapFrame, 'route' | 'routeAhead' | 'flight'>): {
	key: string;
	features: () => GeoJSON.FeatureCollection<GeoJSON.LineString>;
} {
	if (frame.flight) {
		// The flown part ends where the part ahead begins (the plane): together they are the arc.
		const flown = frame.route[0] ?? [];
		const ahead = frame.routeAhead?.[0] ?? [];
		const arc = flown.length > 0 && ahead.length > 0 ? [...flown, ...ahead.slice(1)] : flown.length > 0 ? flown : ahead;
		const key = `flight:${arc[0]?.join(',')}>${arc.at(-1)?.join(',')}`;
		return { key, features: () => routeFeatures([], [arc]) };
	}
	return { key: linesKey([...frame.route, ...(frame.routeAhead ?? [])]), features: () => routeFeatures(frame.route, frame.routeAhead) };
}

/** The lines the SVG draws over the map: the flight's part flown; nothing outside the flight. */
function flownLines(frame: Pick<MapFrame, 'route' | 'flight'>): LonLat[][] {
	return frame.flight ? frame.route.slice(0, 1) : [];
}

function setData(map: MapLike, sourceId: string, data: GeoJSON.GeoJSON): boolean {
	const source = map.getSource(sourceId) as { setData?: (d: GeoJSON.GeoJSON) => unknown } | undefined;
	if (!source || typeof source.setData !== 'function') return false;
	source.setData(data);
	return true;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export class MapController {
	private readonly map: MapLike;
	private readonly options: ControllerOptions;
	private readonly markers = new Map<string, { spec: PlaceMarker; marker: MarkerLike }>();
	private readonly plane: MarkerLike;
	private readonly flown: FlownLine;
	private lastChapter: string | null = null;
	private lastRouteKey = '';
	/** True while a chapter transition (easeTo) runs; frames then update everything but the camera. */
	private transitioning = false;
	private pendingCamera: CameraTarget | null = null;
	/** The last camera jumped to: a frame asking for the same camera, where the map still stands, is skipped. */
	private lastJump: string | null = null;
	private destroyed = false;
	/**
	 * 'lost': between webglcontextlost and webglcontextrestored; the map is not touched, frames are only kept.
	 * 'restoring': MapLibre rebuilds its style from a snapshot (async); the camera may move, but sources and
	 * filters wait for the first `idle`, when the controller re-applies everything it owns.
	 */
	private gl: 'ok' | 'lost' | 'restoring' = 'ok';
	private lastFrame: MapFrame | null = null;
	private firstRender = true;
	private highlighted: string | null = null;
	/** The flight is left; the SVG flown line waits for WebGL to have drawn the route that replaces it. */
	private flownHidePending = false;

	constructor(map: MapLike, options: ControllerOptions) {
		this.map = map;
		this.options = options;
		this.lastRouteKey = options.routeInStyle ?? '';
		// Before the plane's marker: MapLibre appends markers to the same container, so they stay on top of it.
		map.getCanvasContainer().appendChild(options.flownLine.elements.root);
		this.flown = new FlownLine(options.flownLine.elements, options.flownLine.lineScale);
		this.plane = options.createMarker(options.planeElement, [0, 0], {
			anchor: 'center',
			rotationAlignment: 'map'
		});
		options.planeElement.hidden = true;
		map.on('movestart', this.handleMoveStart);
		map.on('moveend', this.handleMoveEnd);
		map.on('move', this.handleMove);
		map.on('resize', this.handleMove);
		map.on('sourcedata', this.handleSourceData);
		map.on('idle', this.handleIdle);
		map.on('webglcontextlost', this.handleContextLost);
		map.on('webglcontextrestored', this.handleContextRestored);
		// The map may have gone idle between its `load` and this subscription (every tile already settled, some
		// of them failed: nothing left to draw). One more frame makes it report `idle`, so `onRendered` comes.
		map.triggerRepaint();
	}

	setMarkers(places: readonly PlaceMarker[]): void {
		for (const { marker } of this.markers.values()) marker.remove();
		this.markers.clear();
		for (const spec of places) {
			const marker = this.options.createMarker(spec.element, spec.lonLat, { anchor: spec.anchor ?? 'center' });
			this.markers.set(spec.id, { spec, marker });
		}
	}

	/** A hosted basemap (PUBLIC_MAP_STYLE_URL): our outlines and the route go on top of its layers. */
	addOverlay(sources: Record<string, object>, layers: readonly object[]): void {
		if (this.destroyed) return;
		for (const [id, source] of Object.entries(sources)) this.map.addSource(id, source as never);
		for (const layer of layers) this.map.addLayer(layer as never);
	}

	/**
	 * Draws a frame. A chapter change eases the camera (interruptible: a newer target replaces it, never queues);
	 * frames within a chapter (scrubbing the flight, the play clock) jump the camera, since they arrive every
	 * animation frame and are already smooth. `instant` (reduced motion, deep links) lands at once.
	 */
	render(frame: MapFrame, { instant = false }: { instant?: boolean } = {}): void {
		if (this.destroyed) return;
		this.lastFrame = frame;
		if (this.gl === 'lost') return;
		const chapterChanged = frame.chapterId !== this.lastChapter;
		this.lastChapter = frame.chapterId;
		const route = glRoute(frame);
		const opening = this.firstRender && this.opensAt(frame, route.key);
		// Read before any camera call below: each one marks MapLibre's sources dirty, and `loaded()` then stays
		// false until the next drawn frame, which under a busy GPU comes 50-300 ms later.
		const openedWhole = opening && this.gl === 'ok' && this.map.loaded();
		this.firstRender = false;

		const routeSet = route.key !== this.lastRouteKey && this.gl === 'ok';
		if (routeSet) {
			this.lastRouteKey = route.key;
			setData(this.map, ROUTE_SOURCE, route.features());
		}

		this.options.planeElement.hidden = !frame.plane.visible;
		if (frame.plane.visible) {
			this.plane.setLngLat(frame.plane.lonLat);
			// The marker says where it was put (tests read the rendered plane, not the timeline's output).
			this.options.planeElement.setAttribute?.('data-lon-lat', frame.plane.lonLat.map((n) => n.toFixed(4)).join(','));
			this.plane.setRotation(frame.plane.headingDeg);
		}

		const camera = cameraOptions(frame.camera);
		const duration = instant || opening ? 0 : this.options.transitionMs();
		if (chapterChanged && duration > 0) {
			this.transitioning = true;
			this.pendingCamera = null;
			this.lastJump = null;
			this.map.easeTo({ ...camera, duration, essential: false });
		} else if (this.transitioning) {
			this.pendingCamera = frame.camera;
		} else {
			this.jump(camera);
		}
		// After the camera call: a jump has moved the map already; an ease re-projects it on every `move`.
		const flown = flownLines(frame);
		if (flown.length === 0 && (this.flownHidePending || (routeSet && this.flown.visible))) {
			// Leaving the flight: WebGL takes the arc back, a few frames later (the worker cuts the new route into
			// tiles first). The SVG stays until then (handleSourceData), so the arc never blinks faint in between.
			this.flownHidePending = true;
		} else {
			this.flownHidePending = false;
			this.flown.set(flown, this.project, this.map.getZoom());
		}
		// The jump fired moveend (onView) synchronously; the map shows what it showed at its `load`.
		if (openedWhole) this.handleIdle();
	}

	/** The frame is the one the map was created for: its camera, and the route its style was built with. */
	private opensAt(frame: MapFrame, route: string): boolean {
		const { openedAt, routeInStyle } = this.options;
		if (!openedAt || routeInStyle === undefined || route !== routeInStyle) return false;
		return JSON.stringify(cameraOptions(frame.camera)) === JSON.stringify(cameraOptions(openedAt));
	}

	/**
	 * jumpTo, unless the map already stands at this same camera. The play clock sends a frame every animation
	 * frame, also while a chapter holds still (the title, a city's dwell); every jumpTo makes MapLibre draw again,
	 * so without this a playing story or kiosk redraws the whole map 60 times a second for nothing. The check reads
	 * the map's own centre and zoom: where MapLibre did not land where asked (a reader panned; a canvas being
	 * resized constrained the camera), the next frame jumps again.
	 */
	private jump(camera: ReturnType<typeof cameraOptions>): void {
		const key = JSON.stringify(camera);
		if (this.lastJump === key && this.standsAt(camera)) return;
		this.map.jumpTo(camera);
		this.lastJump = key;
	}

	private standsAt(camera: ReturnType<typeof cameraOptions>): boolean {
		const c = this.map.getCenter();
		const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
		return near(c.lng, camera.center[0]) && near(c.lat, camera.center[1]) && near(this.map.getZoom(), camera.zoom);
	}

	/** Outlines the city on the map (hover or focus in a chart, a list, a marker); null clears it. The label's own
	 * highlight is MapLabels' (derived from the same `highlighted` prop). */
	highlight(placeId: string | null): void {
		this.highlighted = placeId;
		if (this.gl !== 'ok') return; // re-applied after a context loss
		this.map.setFilter(HIGHLIGHT_LAYER, highlightFilter(placeId));
		this.map.setFilter(`${HIGHLIGHT_LAYER}-europe`, highlightFilter(placeId));
	}

	/**
	 * Fits the canvas to its container, when they differ. MapLibre's resize always resets the canvas (a blank
	 * buffer, a full redraw, and `loaded()` false until then), so the first frame, which finds the canvas already
	 * at its container's size, must not pay for one.
	 */
	resize(): void {
		const box = this.map.getContainer();
		const canvas = this.map.getCanvas();
		if (canvas.clientWidth === box.clientWidth && canvas.clientHeight === box.clientHeight) return;
		this.map.resize();
	}

	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		this.map.off('movestart', this.handleMoveStart);
		this.map.off('moveend', this.handleMoveEnd);
		this.map.off('move', this.handleMove);
		this.map.off('resize', this.handleMove);
		this.map.off('sourcedata', this.handleSourceData);
		this.map.off('idle', this.handleIdle);
		this.map.off('webglcontextlost', this.handleContextLost);
		this.map.off('webglcontextrestored', this.handleContextRestored);
		for (const { marker } of this.markers.values()) marker.remove();
		this.markers.clear();
		this.plane.remove();
		this.map.remove();
	}

	private handleMoveStart = () => this.options.onMoveStart?.();

	private project = (p: LonLat): ScreenPoint => this.map.project(p);

	/** The camera moved or the canvas changed size: the flown line follows (markers do the same on `move`). */
	private handleMove = () => this.flown.reproject(this.project, this.map.getZoom());

	/** The route's new tiles are in (MapLibre draws them in the coming frame): a flown line left behind goes. */
	private handleSourceData = (event: unknown) => {
		const e = event as { sourceId?: string; isSourceLoaded?: boolean };
		if (this.flownHidePending && e.sourceId === ROUTE_SOURCE && e.isSourceLoaded) this.hideFlownLine();
	};

	private hideFlownLine(): void {
		this.flownHidePending = false;
		this.flown.set([], this.project, this.map.getZoom());
	}

	private handleMoveEnd = () => {
		// Reported first: the catch-up ease below starts a new move (movestart), which must come after it.
		const c = this.map.getCenter();
		this.options.onView?.([round(c.lng, 5), round(c.lat, 5)], round(this.map.getZoom(), 2));
		if (this.transitioning && !this.map.isMoving()) {
			this.transitioning = false;
			// Frames that arrived during the transition were held back; land on the newest with a short ease.
			const pending = this.pendingCamera;
			this.pendingCamera = null;
			this.lastJump = null;
			if (pending) this.map.easeTo({ ...cameraOptions(pending), duration: 250, essential: false });
		}
	};

	private handleContextLost = () => {
		this.gl = 'lost';
		this.lastJump = null;
		this.transitioning = false;
		this.pendingCamera = null;
		this.options.onContextLost?.();
	};

	private handleContextRestored = () => {
		this.gl = 'restoring';
		// MapLibre refetches the basemap tiles itself; the controller refills what it owns (the route).
		this.lastRouteKey = '';
		this.lastChapter = null;
	};

	/** First idle after a restore: the rebuilt style is loaded; put back the data, the filter and the frame. */
	private reapply(): void {
		this.gl = 'ok';
		this.highlight(this.highlighted);
		if (this.lastFrame) this.render(this.lastFrame, { instant: true });
		this.options.onContextRestored?.();
	}

	private handleIdle = () => {
		if (this.flownHidePending) this.hideFlownLine(); // everything is drawn: if no sourcedata said so, idle does
		if (this.gl === 'lost') return;
		if (this.gl === 'restoring') return this.reapply(); // the next idle reports the redrawn map
		this.options.onRendered?.();
		this.countWhenIdle();
	};

	/** One count pending at most: settling twice before the page is idle counts the view it settled on last. */
	private countPending = false;
	private countWhenIdle(): void {
		const report = this.options.onCounted;
		if (!report || this.countPending) return;
		this.countPending = true;
		const run = () => {
			this.countPending = false;
			if (this.destroyed || this.gl !== 'ok') return;
			// One query for all three groups: each tile's features are then read once, not once per group.
			const counts: RenderedCounts = { basemap: 0, outlines: 0, route: 0 };
			// Only layers the style has (a hosted style has none of our basemap's): MapLibre answers nothing at all
			// to a query that names a missing one.
			const layers = [...COUNTED_LAYER.keys()].filter((id) => this.map.getLayer(id));
			for (const feature of this.map.queryRenderedFeatures({ layers })) {
				const group = COUNTED_LAYER.get(feature.layer.id);
				if (group) counts[group]++;
			}
			report(counts);
		};
		// A second at most, so a page that is never idle still reports.
		whenIdle(run, 1000);
	}
}

/** The layers each of RenderedCounts' groups counts. */
const COUNTED_LAYER = new Map<string, keyof RenderedCounts>([
	...(['world-land', 'korea-land', 'europe-land'] as const).map((id) => [id, 'basemap'] as const),
	...OUTLINE_LAYERS.map((id) => [id, 'outlines'] as const),
	// With the faint arc ahead: in the flight, the only route WebGL draws (the part flown is SVG).
	...(['route-line-ahead', 'route-line-air', 'route-line-ground'] as const).map((id) => [id, 'route'] as const)
]);

function cameraOptions(camera: CameraTarget) {
	return {
		center: camera.center,
		zoom: camera.zoom,
		bearing: camera.bearing,
		pitch: camera.pitch,
		padding: camera.padding
	};
}
