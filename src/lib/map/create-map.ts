// Browser-only: checks WebGL, loads MapLibre (a separate chunk, so pages without WebGL never download it),
// points it at its worker, and constructs the one map instance a page holds for its whole life.
// Everything after construction (a hosted style's overlay layers, removal) goes through MapController.
import type { MapLike, MarkerFactory } from './controller';
import { buildStyle } from './style';

export class WebGLUnavailableError extends Error {
	constructor(detail: string) {
		super(`WebGL is not available: ${detail}`);
		this.name = 'WebGLUnavailableError';
	}
}

/** True when the browser can give us a WebGL context (MapLibre 6 needs WebGL 2). */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2'));
	} catch {
		return false;
	}
}

export interface CreatedMap {
	map: MapLike;
	createMarker: MarkerFactory;
	/** Resolves on the map's `load` (style and sources ready); rejects on a WebGL failure. */
	loaded: Promise<void>;
}

export interface CreateMapOptions {
	container: HTMLElement;
	/** Hosted vector style (PUBLIC_MAP_STYLE_URL); our overlay layers are added on top. Empty = offline style. */
	styleUrl?: string;
	interactive: boolean;
	cooperativeGestures?: boolean;
	center: [number, number];
	zoom: number;
}

export async function createMap(options: CreateMapOptions): Promise<CreatedMap> {
	if (!hasWebGL()) throw new WebGLUnavailableError('this browser could not create a WebGL 2 context');
	const [maplibre, worker] = await Promise.all([
		import('maplibre-gl'),
		// `?worker&url` makes Vite bundle the worker together with its `maplibre-gl-shared` sibling and emit it,
		// which a plain `?url` does not: MapLibre 6 would then 404 on the shared chunk and draw nothing.
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'),
		import('maplibre-gl/dist/maplibre-gl.css')
	]);
	maplibre.setWorkerUrl(worker.default);

	let map: import('maplibre-gl').Map;
	try {
		map = new maplibre.Map({
			container: options.container,
			style: options.styleUrl || buildStyle(),
			center: options.center,
			zoom: options.zoom,
			interactive: options.interactive,
			cooperativeGestures: options.cooperativeGestures ?? false,
			// Credits are HTML on the page (Credits.svelte), translated and always visible.
			attributionControl: false,
			// The story controls the camera; keyboard arrows move between chapters.
			keyboard: false,
			// The opening world view is wider than one world on wide screens; copies fill the sides.
			renderWorldCopies: true,
			maxPitch: 60,
			fadeDuration: 0
		});
	} catch (error) {
		throw new WebGLUnavailableError(error instanceof Error ? error.message : String(error));
	}

	const loaded = new Promise<void>((resolve, reject) => {
		const onError = (event: { error?: { message?: string } }) => {
			const message = event.error?.message ?? '';
			if (/webgl/i.test(message)) reject(new WebGLUnavailableError(message));
		};
		map.on('error', onError);
		map.once('load', () => {
			map.off('error', onError);
			resolve();
		});
	});

	const createMarker: MarkerFactory = (element, lonLat, markerOptions) =>
		new maplibre.Marker({ element, ...markerOptions }).setLngLat(lonLat).addTo(map);

	return { map, createMarker, loaded };
}
