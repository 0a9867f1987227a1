// Browser-only: checks WebGL, loads MapLibre (a separate chunk, so pages without WebGL never download it)
// and constructs the one map instance a page holds for its whole life.
// Everything after construction (a hosted style's overlay layers, removal) goes through MapController.
import type { CameraTarget, MapLike, MarkerFactory } from './controller';
import { base } from '$app/paths';
import { BASEMAP_NAMES, type BasemapName } from './basemap';
import { buildStyle } from './style';
import { remScale } from '$lib/design/layout';
import { MAP_LOAD_TIMEOUT_MS, hasOpaqueOrigin, withTimeout } from './load-bounds';
import { tilePath } from './tiles';
import { WORLD_COPIES } from '$lib/journey/camera';
import { hasWebGL, webglProbe } from './webgl-probe';
import { drawFirstFrameWhenLoaded } from './first-frame';

export class WebGLUnavailableError extends Error {
	constructor(detail: string) {
		super(`WebGL is not available: ${detail}`);
		this.name = 'WebGLUnavailableError';
	}
}

/** Resolves after the browser has painted the current document (a frame, then a task after it): the drawn map
 * and the text, already in the prerendered HTML, reach the screen before any map work blocks the thread. */
export function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface CreatedMap {
	map: MapLike;
	createMarker: MarkerFactory;
	/** Resolves on the map's `load` (style and sources ready); rejects on a WebGL failure. */
	loaded: Promise<void>;
	/** Absolute URL of static/geo/, for overlay sources on a hosted style. */
	geoBase: string;
	/** How many times wider than the style's own widths the lines are drawn (1, or more on big screens). */
	lineScale: number;
}

export interface CreateMapOptions {
	container: HTMLElement;
	/** Hosted vector style (PUBLIC_MAP_STYLE_URL); our overlay layers are added on top. Empty = offline style. */
	styleUrl?: string;
	interactive: boolean;
	cooperativeGestures?: boolean;
	/** Where the map opens: the first frame's camera, padding included, so that frame needs no other draw. */
	camera: CameraTarget;
	/** The first frame's route, built into the offline style (style.ts overlaySources). */
	route?: GeoJSON.FeatureCollection;
	/** A basemap tile failed to load or decode (`tiles/korea/5/27/12.pbf`): the page names it; the map goes on. */
	onBasemapError?: (file: string) => void;
}

interface TileErrorEvent {
	sourceId?: string;
	tile?: { tileID?: { canonical?: { z: number; x: number; y: number } } };
	error?: { message?: string };
}

/** The tile file a MapLibre error event is about, if it is about one of our basemap tiles. */
export function basemapTileFile(event: TileErrorEvent): string | null {
	const set = event.sourceId;
	const tile = event.tile?.tileID?.canonical;
	if (!set || !tile || !(BASEMAP_NAMES as readonly string[]).includes(set)) return null;
	return tilePath(set as BasemapName, tile.z, tile.x, tile.y);
}

export async function createMap(options: CreateMapOptions): Promise<CreatedMap> {
	// Browsers without the WebGL API, and sandboxed frames (issue 12 #1, load-bounds.ts: MapLibre's worker is
	// refused there), keep the drawn map without downloading MapLibre.
	if (typeof WebGLRenderingContext === 'undefined') throw new WebGLUnavailableError('this browser has no WebGL');
	if (hasOpaqueOrigin()) throw new WebGLUnavailableError('this frame has an opaque origin: the map worker cannot start');
	// MapLibre (the page's heaviest download) is fetched while the page paints and a worker starts the GPU side
	// (webgl-probe.ts: measured, that start otherwise blocks the main thread for most of a second).
	const offThread = webglProbe();
	const modules = Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl.css')
	]).then(([module]) => {
		// MapLibre 4 ships one UMD file with its worker inside (started from a blob: URL, allowed by the CSP's
		// worker-src); bundled, its namespace is the module's default export. Chosen over 6 by measurement
		// (docs/PERFORMANCE.md): 211 KB instead of 295 KB + a 147 KB worker, and a usable map about 1 s sooner.
		const maplibre = (module as unknown as { default?: typeof module }).default ?? module;
		// Its tile worker starts now, while the probe runs, instead of when the map is constructed.
		maplibre.prewarm();
		performance.mark('lcj:maplibre-loaded');
		return maplibre;
	});
	await afterFirstPaint();
	if (!(await offThread) && !hasWebGL()) {
		modules.catch(() => undefined);
		throw new WebGLUnavailableError('this browser could not create a WebGL context');
	}
	const maplibre = await modules;
	// Absolute: MapLibre's worker fetches the tiles and cannot resolve a relative URL.
	const geoBase = new URL(`${base}/geo/`, location.href).href;
	// Lines grow with the page's rem on big screens (style.ts scaleLineWidths), set once: a kiosk keeps its screen.
	const lineScale = remScale(window.innerWidth);

	let map: import('maplibre-gl').Map;
	performance.mark('lcj:map-construct');
	try {
		map = new maplibre.Map({
			container: options.container,
			style: options.styleUrl || buildStyle(geoBase, lineScale, options.route),
			center: options.camera.center,
			zoom: options.camera.zoom,
			bearing: options.camera.bearing,
			pitch: options.camera.pitch,
			interactive: options.interactive,
			cooperativeGestures: options.cooperativeGestures ?? false,
			// Credits are HTML on the page (Credits.svelte), translated and always visible.
			attributionControl: false,
			// The story controls the camera; keyboard arrows move between chapters.
			keyboard: false,
			// One world (camera.ts WORLD_COPIES): copies made every tile load once per copy in view.
			renderWorldCopies: WORLD_COPIES,
			maxPitch: 60,
			fadeDuration: 0
		});
	} catch (error) {
		throw new WebGLUnavailableError(error instanceof Error ? error.message : String(error));
	}
	// Before the first frame is drawn (MapLibre 4 has no padding option).
	map.setPadding(options.camera.padding);
	drawFirstFrameWhenLoaded(map);

	map.on('error', (event: TileErrorEvent) => {
		const file = basemapTileFile(event);
		if (!file) return;
		options.onBasemapError?.(file);
		// MapLibre 4 draws no frame after a tile fails: when the failed tile was the last one pending, `load` and
		// `idle` (both fired from a frame) would wait for the next camera move. Ask for that frame.
		map.triggerRepaint();
	});
	const loaded = new Promise<void>((resolve, reject) => {
		const onError = (event: TileErrorEvent) => {
			const message = event.error?.message ?? '';
			if (/webgl/i.test(message)) reject(new WebGLUnavailableError(message));
		};
		map.on('error', onError);
		map.once('load', () => {
			performance.mark('lcj:map-load');
			map.off('error', onError);
			// `load` fires inside the frame MapLibre has just drawn (its longest task, with the shaders compiled):
			// what the page does next (the controller, the labels) starts in a task of its own, not in that one.
			setTimeout(resolve, 0);
		});
	});

	const createMarker: MarkerFactory = (element, lonLat, markerOptions) =>
		new maplibre.Marker({ element, ...markerOptions }).setLngLat(lonLat).addTo(map);

	// A map that never loads ends in the drawn map too (StoryMap: WebGLUnavailableError -> `fallback`).
	const bounded = withTimeout(
		loaded,
		MAP_LOAD_TIMEOUT_MS,
		() => new WebGLUnavailableError(`the map did not load within ${MAP_LOAD_TIMEOUT_MS / 1000} s`)
	);
	return { map, createMarker, loaded: bounded, geoBase, lineScale };
}
