// The controller with a fake map of vi.fn()s (Reuters graphics-components' pattern). The contract test at the
// bottom proves the real maplibregl.Map and Marker still have every method the fakes stand in for.
import { describe, expect, it, vi } from 'vitest';
import { Map as MaplibreMap, Marker } from 'maplibre-gl';
import { MapController, glRoute, routeFeatures, type MapFrame, type MapLike, type MarkerLike } from './controller';
import { HIGHLIGHT_LAYER, ROUTE_SOURCE } from './style';

/** A minimal element stand-in: the controller only toggles `hidden` and classes. */
function fakeElement() {
	const classes = new Set<string>();
	return {
		hidden: false,
		classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)), has: (c: string) => classes.has(c) }
	} as unknown as HTMLElement & { classList: { has(c: string): boolean } };
}

/** The flown line's SVG and paths: records the attributes the controller sets. */
function fakeFlownLine() {
	const el = () => {
		const attrs = new Map<string, string>();
		return { attrs, style: { display: '' }, setAttribute: (k: string, v: string) => attrs.set(k, v) };
	};
	const elements = { root: el(), casing: el(), line: el() };
	return { elements: elements as unknown as import('./flown-line').FlownLineElements & typeof elements, lineScale: 1 };
}

function fakeMap() {
	const listeners = new Map<string, Set<(e: unknown) => void>>();
	const sources = new Map<string, { setData: ReturnType<typeof vi.fn> }>();
	let moving = false;
	// Where the map stands: jumpTo puts it there, as MapLibre does when nothing constrains the camera.
	const at = { lng: 9.993, lat: 53.551, zoom: 11.234 };
	const container = { clientWidth: 800, clientHeight: 600 };
	const canvas = { clientWidth: 800, clientHeight: 600 };
	const map = {
		on: vi.fn((type: string, fn: (e: unknown) => void) => {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(fn);
		}),
		off: vi.fn((type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn)),
		getSource: vi.fn((id: string) => {
			if (!sources.has(id)) sources.set(id, { setData: vi.fn() });
			return sources.get(id);
		}),
		setFilter: vi.fn(),
		// As in MapLibre, any camera call or resize leaves `loaded()` false until the next drawn frame.
		jumpTo: vi.fn((o: { center: [number, number]; zoom: number }) => {
			map.loaded.mockReturnValue(false);
			Object.assign(at, { lng: o.center[0], lat: o.center[1], zoom: o.zoom });
		}),
		easeTo: vi.fn(() => (moving = true)),
		getCenter: vi.fn(() => ({ lng: at.lng, lat: at.lat })),
		getZoom: vi.fn(() => at.zoom),
		isMoving: vi.fn(() => moving),
		triggerRepaint: vi.fn(),
		loaded: vi.fn(() => false),
		// Every layer but the flight's arc ahead (a style without it); two rendered features per layer asked for, and
		// one of a layer nobody counts.
		getLayer: vi.fn((id: string) => (id === 'route-line-ahead' ? undefined : { id })),
		queryRenderedFeatures: vi.fn(({ layers = [] }: { layers?: string[] } = {}) => [
			...layers.flatMap((id) => [{ layer: { id } }, { layer: { id } }]),
			{ layer: { id: 'background' } }
		]),
		resize: vi.fn(() => {
			map.loaded.mockReturnValue(false);
			Object.assign(canvas, { clientWidth: container.clientWidth, clientHeight: container.clientHeight });
		}),
		getContainer: vi.fn(() => container),
		getCanvas: vi.fn(() => canvas),
		getCanvasContainer: vi.fn(() => ({ appendChild: vi.fn() })),
		// A plain stand-in for Mercator: 10 px per degree from the map's centre.
		project: vi.fn((p: [number, number]) => ({ x: (p[0] - at.lng) * 10, y: (at.lat - p[1]) * 10 })),
		remove: vi.fn(),
		addSource: vi.fn(),
		addLayer: vi.fn()
	} satisfies MapLike;
	const fire = (type: string, event: object = {}) => {
		if (type === 'moveend') moving = false;
		for (const fn of listeners.get(type) ?? []) fn(event);
	};
	return { map, sources, fire, listeners, container };
}

function fakeMarkerFactory() {
	const made: (MarkerLike & { element: HTMLElement })[] = [];
	const factory = vi.fn((element: HTMLElement) => {
		const m = { element, setLngLat: vi.fn(), setRotation: vi.fn(), remove: vi.fn() };
		made.push(m);
		return m;
	});
	return { factory, made };
}

const camera = (zoom: number) => ({
	center: [10, 50] as [number, number],
	zoom,
	bearing: 0,
	pitch: 0,
	padding: { top: 0, right: 0, bottom: 0, left: 0 }
});
const frame = (chapterId: string, extra: Partial<MapFrame> = {}): MapFrame => ({
	chapterId,
	route: [],
	plane: { lonLat: [0, 0], headingDeg: 0, visible: false },
	reachedStopIds: [],
	camera: camera(5),
	...extra
});

function setup(transitionMs = 1000) {
	const fm = fakeMap();
	const markers = fakeMarkerFactory();
	const onView = vi.fn();
	const onMoveStart = vi.fn();
	const onRendered = vi.fn();
	const onCounted = vi.fn();
	const plane = fakeElement();
	const flownLine = fakeFlownLine();
	const controller = new MapController(fm.map, {
		createMarker: markers.factory,
		planeElement: plane,
		flownLine,
		onView,
		onMoveStart,
		onRendered,
		onCounted,
		transitionMs: () => transitionMs
	});
	return { ...fm, ...markers, controller, onView, onMoveStart, onRendered, onCounted, plane, flown: flownLine.elements };
}

describe('MapController', () => {
	it('eases to a new chapter and jumps for frames within it', () => {
		const s = setup();
		s.controller.render(frame('korea'), { instant: true });
		expect(s.map.jumpTo).toHaveBeenCalledTimes(1);
		s.controller.render(frame('flight', { camera: camera(3) }));
		expect(s.map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ zoom: 3, duration: 1000 }));
		// Frames during the transition are held back, not queued as more animations...
		s.controller.render(frame('flight', { camera: camera(3.5) }));
		s.controller.render(frame('flight', { camera: camera(4) }));
		expect(s.map.easeTo).toHaveBeenCalledTimes(1);
		expect(s.map.jumpTo).toHaveBeenCalledTimes(1);
		// ...and the newest lands when it ends.
		s.fire('moveend');
		expect(s.map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 4, duration: 250 }));
		s.fire('moveend');
		s.controller.render(frame('flight', { camera: camera(4.2) }));
		expect(s.map.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 4.2 }));
	});

	it('reports movestart, and a moveend before the catch-up ease it starts (labels wait for a settled camera)', () => {
		const s = setup();
		s.controller.render(frame('korea'), { instant: true });
		s.controller.render(frame('flight', { camera: camera(3) }));
		s.fire('movestart');
		expect(s.onMoveStart).toHaveBeenCalledTimes(1);
		s.controller.render(frame('flight', { camera: camera(4) }));
		s.map.easeTo.mockClear();
		s.onView.mockClear();
		s.fire('moveend');
		expect(s.onView).toHaveBeenCalledTimes(1);
		expect(s.map.easeTo).toHaveBeenCalledTimes(1);
		expect(s.onView.mock.invocationCallOrder[0]!).toBeLessThan(s.map.easeTo.mock.invocationCallOrder[0]!);
		s.controller.destroy();
		expect(s.map.off).toHaveBeenCalledWith('movestart', expect.any(Function));
	});

	it('lands at once when there is no transition time (reduced motion)', () => {
		const s = setup(0);
		s.controller.render(frame('korea'));
		s.controller.render(frame('bonn', { camera: camera(11) }));
		expect(s.map.easeTo).not.toHaveBeenCalled();
		expect(s.map.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 11 }));
	});

	it('skips a jump to the camera the map already stands at, and jumps again where the map is elsewhere', () => {
		const s = setup();
		s.controller.render(frame('bonn', { camera: camera(11) }), { instant: true });
		// The play clock's frames while a chapter holds still: the same camera, so nothing to redraw.
		for (let i = 0; i < 5; i++) s.controller.render(frame('bonn', { camera: camera(11) }));
		expect(s.map.jumpTo).toHaveBeenCalledTimes(1);
		// The map is not where it was asked to be (a reader dragged it; a resize constrained it): the next frame
		// puts it back.
		s.map.getCenter.mockReturnValueOnce({ lng: 7.2, lat: 50.8 });
		s.controller.render(frame('bonn', { camera: camera(11) }));
		expect(s.map.jumpTo).toHaveBeenCalledTimes(2);
		s.map.getZoom.mockReturnValueOnce(10.5);
		s.controller.render(frame('bonn', { camera: camera(11) }));
		expect(s.map.jumpTo).toHaveBeenCalledTimes(3);
		// A new camera is always applied.
		s.controller.render(frame('bonn', { camera: camera(11.5) }));
		expect(s.map.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 11.5 }));
	});

	it('sets the route only when it changed, and moves and rotates the plane', () => {
		const s = setup();
		const route: [number, number][][] = [[[126, 37], [100, 50]]];
		s.controller.render(frame('flight', { route, plane: { lonLat: [100, 50], headingDeg: 300, visible: true } }));
		s.controller.render(frame('flight', { route, plane: { lonLat: [100, 50], headingDeg: 300, visible: true } }));
		expect(s.sources.get(ROUTE_SOURCE)!.setData).toHaveBeenCalledTimes(1);
		const plane = s.made[0]!;
		expect(plane.setLngLat).toHaveBeenCalledWith([100, 50]);
		expect(plane.setRotation).toHaveBeenCalledWith(300);
		expect(s.plane.hidden).toBe(false);
		s.controller.render(frame('korea'));
		expect(s.plane.hidden).toBe(true);
	});

	it('places each label element as a marker once and leaves its visibility and classes alone', () => {
		const s = setup();
		const suwon = fakeElement();
		s.controller.setMarkers([{ id: 'suwon', lonLat: [127, 37.26], element: suwon }]);
		s.controller.render(frame('bonn', { reachedStopIds: ['suwon'] }));
		// MapLabels.svelte derives hidden/is-reached from the frame: the controller must not also write them.
		expect(suwon.hidden).toBe(false);
		expect((suwon.classList as unknown as { has(c: string): boolean }).has('is-reached')).toBe(false);
		expect(s.made.map((m) => m.element)).toContain(suwon);
	});

	it('adds a hosted style overlay through the map', () => {
		const s = setup();
		s.controller.addOverlay({ route: { type: 'geojson' } }, [{ id: 'route-line' }]);
		expect(s.map.addSource).toHaveBeenCalledWith('route', { type: 'geojson' });
		expect(s.map.addLayer).toHaveBeenCalledWith({ id: 'route-line' });
	});

	it('highlights a city on both outline layers, not its label element', () => {
		const s = setup();
		const el = fakeElement();
		s.controller.setMarkers([{ id: 'suwon', lonLat: [127, 37], element: el }]);
		s.controller.highlight('suwon');
		expect(s.map.setFilter).toHaveBeenCalledWith(HIGHLIGHT_LAYER, ['==', ['get', 'id'], 'suwon']);
		expect(s.map.setFilter).toHaveBeenCalledWith(`${HIGHLIGHT_LAYER}-europe`, ['==', ['get', 'id'], 'suwon']);
		expect((el.classList as unknown as { has(c: string): boolean }).has('is-highlighted')).toBe(false);
	});

	it('reports the view on moveend, the drawn view on idle, and its rendered features when the page is idle', () => {
		const idle: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
		try {
			const s = setup();
			s.fire('moveend');
			expect(s.onView).toHaveBeenCalledWith([9.993, 53.551], 11.23);
			s.fire('idle');
			expect(s.onRendered).toHaveBeenCalledTimes(1);
			// Not counted inside the map's frame: queryRenderedFeatures reads every tile in view.
			expect(s.map.queryRenderedFeatures).not.toHaveBeenCalled();
			// Settling again before the page is idle asks for no second count.
			s.fire('idle');
			expect(s.onRendered).toHaveBeenCalledTimes(2);
			expect(idle).toHaveLength(1);
			idle.shift()!();
			expect(s.onCounted).toHaveBeenCalledExactlyOnceWith({ basemap: 6, outlines: 4, route: 4 });
			expect(s.map.queryRenderedFeatures).toHaveBeenCalledTimes(1);
			// Once counted, the next settle counts again; a destroyed controller reports nothing.
			s.fire('idle');
			expect(idle).toHaveLength(1);
			s.controller.destroy();
			idle.shift()!();
			expect(s.onCounted).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('asks for a frame once it listens, so a map that went idle before it was handed over reports idle again', () => {
		const s = setup();
		expect(s.map.triggerRepaint).toHaveBeenCalledTimes(1);
		const listening = s.map.on.mock.invocationCallOrder[s.map.on.mock.calls.findIndex(([type]) => type === 'idle')]!;
		expect(s.map.triggerRepaint.mock.invocationCallOrder[0]).toBeGreaterThan(listening);
	});

	it('removes its listeners, markers and the map on destroy, once', () => {
		const s = setup();
		s.controller.setMarkers([{ id: 'a', lonLat: [0, 0], element: fakeElement() }]);
		s.controller.destroy();
		s.controller.destroy();
		expect(s.map.remove).toHaveBeenCalledTimes(1);
		expect([...s.listeners.values()].every((set) => set.size === 0)).toBe(true);
		for (const m of s.made) expect(m.remove).toHaveBeenCalled();
		s.controller.render(frame('korea'));
		expect(s.map.jumpTo).not.toHaveBeenCalled();
	});
});

describe('MapController after a WebGL context loss', () => {
	it('leaves the map alone while the context is lost, then refills sources, filter and frame on the first idle', () => {
		const onContextLost = vi.fn();
		const onContextRestored = vi.fn();
		const fm = fakeMap();
		const markers = fakeMarkerFactory();
		const onRendered = vi.fn();
		const controller = new MapController(fm.map, {
			createMarker: markers.factory,
			planeElement: fakeElement(),
			flownLine: fakeFlownLine(),
			onRendered,
			onContextLost,
			onContextRestored,
			transitionMs: () => 1000
		});
		const route: [number, number][][] = [[[126, 37], [100, 50]]];
		controller.render(frame('flight', { route }), { instant: true });
		fm.fire('webglcontextlost');
		expect(onContextLost).toHaveBeenCalledTimes(1);
		const calls = () => fm.map.jumpTo.mock.calls.length + fm.map.easeTo.mock.calls.length + fm.map.setFilter.mock.calls.length;
		const before = calls();
		controller.render(frame('bonn', { route, camera: camera(11) }));
		controller.highlight('bonn');
		fm.fire('idle');
		expect(calls()).toBe(before);
		expect(onRendered).not.toHaveBeenCalled();

		fm.fire('webglcontextrestored');
		fm.fire('idle'); // the rebuilt style has loaded
		expect(fm.sources.get(ROUTE_SOURCE)!.setData).toHaveBeenCalledTimes(2);
		expect(fm.map.setFilter).toHaveBeenLastCalledWith(`${HIGHLIGHT_LAYER}-europe`, ['==', ['get', 'id'], 'bonn']);
		expect(fm.map.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 11 }));
		expect(onContextRestored).toHaveBeenCalledTimes(1);
		fm.fire('idle');
		expect(onRendered).toHaveBeenCalledTimes(1);
		controller.destroy();
		expect([...fm.listeners.values()].every((set) => set.size === 0)).toBe(true);
	});
});

describe('the frame the map opened on', () => {
	const opening = frame('korea', { route: [[[126, 37], [100, 50]]] });
	const open = (loaded: boolean, openedAt = opening.camera) => {
		const fm = fakeMap();
		fm.map.loaded.mockReturnValue(loaded);
		const onRendered = vi.fn();
		const controller = new MapController(fm.map, {
			createMarker: fakeMarkerFactory().factory,
			planeElement: fakeElement(),
			flownLine: fakeFlownLine(),
			onRendered,
			transitionMs: () => 1000,
			routeInStyle: glRoute(opening).key,
			openedAt
		});
		return { ...fm, controller, onRendered };
	};
	it('is jumped to, not eased, and reported at once (after the jump: its moveend) when the map has every tile', () => {
		const s = open(true);
		s.controller.render(opening);
		expect(s.map.easeTo).not.toHaveBeenCalled();
		expect(s.map.jumpTo).toHaveBeenCalledTimes(1);
		expect(s.onRendered).toHaveBeenCalledTimes(1);
		expect(s.map.jumpTo.mock.invocationCallOrder[0]).toBeLessThan(s.onRendered.mock.invocationCallOrder[0]!);
		// A later chapter eases as usual.
		s.controller.render(frame('flight', { route: opening.route }));
		expect(s.map.easeTo).toHaveBeenCalledTimes(1);
		expect(s.onRendered).toHaveBeenCalledTimes(1);
	});
	it('is reported at once after a first resize that finds the canvas at its size (no reset, no wait)', () => {
		const s = open(true);
		s.controller.resize();
		expect(s.map.resize).not.toHaveBeenCalled();
		s.controller.render(opening);
		expect(s.onRendered).toHaveBeenCalledTimes(1);
	});
	it('resizes the canvas when its container has another size', () => {
		const s = open(true);
		s.container.clientWidth = 400;
		s.controller.resize();
		expect(s.map.resize).toHaveBeenCalledTimes(1);
		s.controller.resize();
		expect(s.map.resize).toHaveBeenCalledTimes(1);
	});
	it('waits for the idle while tiles are still loading, or when the frame is not the opening one', () => {
		const loading = open(false);
		loading.controller.render(opening);
		expect(loading.onRendered).not.toHaveBeenCalled();
		loading.fire('idle');
		expect(loading.onRendered).toHaveBeenCalledTimes(1);

		const elsewhere = open(true, { ...opening.camera, zoom: opening.camera.zoom + 1 });
		elsewhere.controller.render(opening);
		expect(elsewhere.map.easeTo).toHaveBeenCalledTimes(1);
		expect(elsewhere.onRendered).not.toHaveBeenCalled();
	});
});

describe('the flight drawn in SVG', () => {
	// A flight of three points: the plane between the first two, then at the end.
	const arc: [number, number][] = [[126, 37], [100, 50], [10, 53]];
	const flying = (route: [number, number][][], ahead: [number, number][][]) =>
		frame('flight', { route, routeAhead: ahead, flight: { flownKm: 1, totalKm: 2 } });
	const mid = flying([[arc[0]!, [113, 44]]], [[[113, 44], arc[1]!, arc[2]!]]);
	const later = flying([[arc[0]!, arc[1]!, [50, 52]]], [[[50, 52], arc[2]!]]);
	const landed = flying([arc], []);

	it('gives WebGL the whole arc, the same in every frame of the flight, as the faint line ahead', () => {
		expect(glRoute(mid).key).toBe(glRoute(later).key);
		expect(glRoute(mid).key).toBe(glRoute(landed).key);
		expect(glRoute(flying([], [arc])).key).toBe(glRoute(mid).key);
		const features = glRoute(later).features().features;
		expect(features.map((f) => f.properties?.kind)).toEqual(['ahead']);
		expect(features[0]!.geometry.coordinates).toEqual([arc[0], arc[1], [50, 52], arc[2]]);
		// Outside the flight: the legs so far, as routeFeatures makes them.
		const ground = frame('hamburg', { route: [arc, [[10, 53], [7, 50]]] });
		expect(glRoute(ground).features()).toEqual(routeFeatures(ground.route));
	});

	it('sets the route once for the whole scrub, and draws the part flown in the SVG on every step', () => {
		const s = setup();
		s.controller.render(mid, { instant: true });
		s.controller.render(later);
		s.controller.render(landed);
		expect(s.sources.get(ROUTE_SOURCE)!.setData).toHaveBeenCalledTimes(1);
		expect(s.flown.root.style.display).toBe('');
		// The fake projects 10 px per degree from the map's centre (the camera, [10, 50]).
		expect(s.flown.line.attrs.get('d')).toBe('M1160.0,130.0L900.0,0.0L0.0,-30.0');
		expect(s.flown.casing.attrs.get('d')).toBe(s.flown.line.attrs.get('d'));
		// At zoom 5 the style's widths are 2.75 px (line) and 5.125 px (casing).
		expect(s.flown.line.attrs.get('stroke-width')).toBe('2.75');
		expect(s.flown.casing.attrs.get('stroke-width')).toBe('5.13');
	});

	it('follows the camera: a move projects the same line again', () => {
		const s = setup();
		s.controller.render(landed, { instant: true });
		const before = s.flown.line.attrs.get('d');
		s.map.jumpTo({ center: [20, 50], zoom: 5 });
		s.fire('move');
		expect(s.flown.line.attrs.get('d')).not.toBe(before);
		expect(s.flown.line.attrs.get('d')).toMatch(/^M1060\.0,/);
	});

	it('on leaving the flight, stays until WebGL has the route that replaces it', () => {
		const s = setup();
		s.controller.render(landed, { instant: true });
		s.controller.render(frame('hamburg', { route: [arc] }), { instant: true });
		expect(s.flown.root.style.display).toBe('');
		s.fire('sourcedata', { sourceId: 'korea', isSourceLoaded: true });
		s.fire('sourcedata', { sourceId: ROUTE_SOURCE, isSourceLoaded: false });
		expect(s.flown.root.style.display).toBe('');
		s.fire('sourcedata', { sourceId: ROUTE_SOURCE, isSourceLoaded: true });
		expect(s.flown.root.style.display).toBe('none');
		// Back into the flight: drawn at once.
		s.controller.render(mid, { instant: true });
		expect(s.flown.root.style.display).toBe('');
		// And out again, this time with only an idle to say the map has drawn.
		s.controller.render(frame('korea'), { instant: true });
		s.controller.render(frame('korea', { camera: camera(6) }), { instant: true });
		expect(s.flown.root.style.display).toBe('');
		s.fire('idle');
		expect(s.flown.root.style.display).toBe('none');
	});

	it('draws nothing outside the flight', () => {
		const s = setup();
		s.controller.render(frame('hamburg', { route: [arc] }), { instant: true });
		expect(s.flown.root.style.display).toBe('none');
		expect(s.flown.line.attrs.get('d')).toBeUndefined();
	});
});

describe('a route built into the style', () => {
	it('is not set again by a first frame with the same route, and is by the next route', () => {
		const fm = fakeMap();
		const route: [number, number][][] = [[[126, 37], [100, 50]]];
		const opening = frame('flight', { route });
		const controller = new MapController(fm.map, {
			createMarker: fakeMarkerFactory().factory,
			planeElement: fakeElement(),
			flownLine: fakeFlownLine(),
			transitionMs: () => 0,
			routeInStyle: glRoute(opening).key
		});
		controller.render(opening, { instant: true });
		expect(fm.sources.get(ROUTE_SOURCE)?.setData ?? vi.fn()).not.toHaveBeenCalled();
		controller.render(frame('flight', { route: [[[126, 37], [90, 52]]] }), { instant: true });
		expect(fm.sources.get(ROUTE_SOURCE)!.setData).toHaveBeenCalledTimes(1);
	});
	it('keys a route by its legs and the arc ahead', () => {
		const key = (f: Partial<MapFrame>) => glRoute({ route: [], flight: null, ...f }).key;
		const flown = key({ route: [[[0, 0], [1, 1]]] });
		expect(key({ route: [[[0, 0], [1, 1]]] })).toBe(flown);
		expect(key({ route: [[[0, 0], [1, 1]]], routeAhead: [[[1, 1], [2, 2]]] })).not.toBe(flown);
		expect(key({ route: [[[0, 0], [2, 2]]] })).not.toBe(flown);
	});
});

describe('routeFeatures', () => {
	it('makes the first leg the flight and the rest ground legs, skipping lines of one point', () => {
		const fc = routeFeatures([[[0, 0], [1, 1]], [[1, 1], [2, 2]], [[2, 2]]]);
		expect(fc.features.map((f) => f.properties?.kind)).toEqual(['air', 'ground']);
		const withAhead = routeFeatures([[[0, 0], [1, 1]]], [[[1, 1], [3, 3]], [[5, 5]]]);
		expect(withAhead.features.map((f) => f.properties?.kind)).toEqual(['ahead', 'air']);
	});
});

describe('contract with the real MapLibre', () => {
	// If MapLibre renames or drops a method the controller relies on, this fails before any browser test does.
	const fake = fakeMap().map;
	it.each(Object.keys(fake))('maplibregl.Map.prototype has %s', (method) => {
		expect(typeof (MaplibreMap.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
	});
	it.each(['setLngLat', 'setRotation', 'remove', 'addTo'])('maplibregl.Marker.prototype has %s', (method) => {
		expect(typeof (Marker.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
	});
});
