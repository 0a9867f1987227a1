// The map's style: https://maplibre.org/maplibre-style-spec/
// Offline by default: the basemap is vector tiles we ship (static/geo/tiles, built by scripts/build-tiles.ts; one
// source per tile set, one source layer per TopoJSON object) and the route is GeoJSON the controller writes, so no
// tile, glyph or sprite request leaves the origin. Labels are HTML markers, not symbol layers,
// which is why the style has no `glyphs` and no `sprite`. Colours come from the design tokens the page CSS uses.
import type {
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl'; // the style-spec types of the MapLibre we ship (its own copy of the spec package)
import { color } from '$lib/design/tokens';
import { BASEMAP_NAMES } from './basemap';
import { TILE_SETS, tilePath } from './tiles';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Basemap layers as `${tileSet}-${object}` (the source layer `object` of the vector source `tileSet`). */
export const BASEMAP_SOURCE_IDS = [
	'world-land',
	'world-countries',
	'world-coastline',
	'world-borders',
	'korea-land',
	'korea-coastline',
	'korea-borders',
	'korea-rivers',
	'korea-urban',
	'korea-provinces',
	'korea-municipalities',
	'europe-land',
	'europe-coastline',
	'europe-borders',
	'europe-lakes',
	'europe-rivers',
	'europe-urban',
	'europe-regions',
	'europe-departements',
	'europe-cities'
] as const;
export type BasemapSourceId = (typeof BASEMAP_SOURCE_IDS)[number];

/** `source` and `source-layer` of a basemap layer id such as 'korea-rivers'. */
function tiled(id: string): { source: string; 'source-layer': string } {
	const [set, ...object] = id.split('-');
	return { source: set!, 'source-layer': object.join('-') };
}

/** Sources the story writes to as it plays (controller.ts). */
export const ROUTE_SOURCE = 'route';
export const OVERLAY_SOURCE_IDS = [ROUTE_SOURCE] as const;

/** The layer that shows a highlighted city outline; the controller sets its filter. */
export const HIGHLIGHT_LAYER = 'city-highlight';
/** Layers whose features count as "the place layer" in tests and in hover linking. */
export const OUTLINE_LAYERS = ['korea-municipalities-fill', 'europe-cities-fill'] as const;

/** Zoom at which the regional 1:10m detail takes over from the 1:50m world layers. */
export const DETAIL_ZOOM = 4.5;

/** Matches nothing: the highlight layer's filter until a city is highlighted. */
export const NO_HIGHLIGHT: FilterSpecification = ['==', ['get', 'id'], ''];

export function highlightFilter(placeId: string | null): FilterSpecification {
	return placeId ? ['==', ['get', 'id'], placeId] : NO_HIGHLIGHT;
}

function basemapLayers(): LayerSpecification[] {
	const regionalLand = (id: 'korea' | 'europe'): LayerSpecification => ({
		id: `${id}-land`,
		type: 'fill',
		...tiled(`${id}-land`),
		minzoom: DETAIL_ZOOM - 0.5,
		paint: { 'fill-color': color.land }
	});
	const lines = (
		id: string,
		paint: { color: string; width: number | [string, ...unknown[]]; dash?: number[]; opacity?: number },
		minzoom = 0,
		maxzoom = 24
	): LayerSpecification => ({
		id,
		type: 'line',
		...tiled(id),
		minzoom,
		maxzoom,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: {
			'line-color': paint.color,
			'line-width': paint.width as number,
			...(paint.dash ? { 'line-dasharray': paint.dash } : {}),
			...(paint.opacity !== undefined ? { 'line-opacity': paint.opacity } : {})
		}
	});
	const zoomWidth = (a: number, b: number): [string, ...unknown[]] => [
		'interpolate',
		['linear'],
		['zoom'],
		3,
		a,
		10,
		b
	];

	return [
		{ id: 'background', type: 'background', paint: { 'background-color': color.water } },
		{ id: 'world-land', type: 'fill', ...tiled('world-land'), paint: { 'fill-color': color.land } },
		// The three countries of the story, a shade apart, so the world view reads at a glance.
		{
			id: 'world-countries-story',
			type: 'fill',
			...tiled('world-countries'),
			maxzoom: DETAIL_ZOOM,
			filter: ['in', ['get', 'iso'], ['literal', ['KOR', 'DEU', 'FRA']]],
			paint: { 'fill-color': color.landDetail }
		},
		regionalLand('korea'),
		regionalLand('europe'),
		{ id: 'korea-urban', type: 'fill', ...tiled('korea-urban'), minzoom: 5.5, paint: { 'fill-color': color.urban } },
		{ id: 'europe-urban', type: 'fill', ...tiled('europe-urban'), minzoom: 5.5, paint: { 'fill-color': color.urban } },
		{ id: 'europe-lakes', type: 'fill', ...tiled('europe-lakes'), minzoom: 5, paint: { 'fill-color': color.water } },
		lines('korea-rivers', { color: color.river, width: zoomWidth(0.6, 2.4) }, 5),
		lines('europe-rivers', { color: color.river, width: zoomWidth(0.6, 2.4) }, 5),
		lines('korea-provinces', { color: color.region, width: 0.7 }, 6, 9),
		lines('europe-regions', { color: color.region, width: 0.7 }, 6, 9),
		// Its source is fine enough for the close-ups that the 1:5M regions leave (zoom 9 on).
		lines('europe-departements', { color: color.region, width: 1.2, dash: [4, 2] }, 7.5),
		lines('world-coastline', { color: color.coast, width: 0.6 }, 0, DETAIL_ZOOM),
		lines('korea-coastline', { color: color.coast, width: zoomWidth(0.5, 1.2) }, DETAIL_ZOOM),
		lines('europe-coastline', { color: color.coast, width: zoomWidth(0.5, 1.2) }, DETAIL_ZOOM),
		lines('world-borders', { color: color.border, width: 0.6, dash: [2, 1.5] }, 0, DETAIL_ZOOM),
		lines('korea-borders', { color: color.border, width: 1, dash: [3, 2] }, DETAIL_ZOOM),
		lines('europe-borders', { color: color.border, width: 1, dash: [3, 2] }, DETAIL_ZOOM)
	];
}

/** The route's widths in px by zoom, as [zoom, width] stops interpolated linearly: the WebGL layers below and the
 * flight's flown line in SVG (flown-line.ts) use the same, so the two look alike. */
export const ROUTE_WIDTHS = {
	line: [
		[2, 2],
		[10, 4]
	],
	casing: [
		[2, 4],
		[10, 7]
	]
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

type WidthStops = readonly (readonly [number, number])[];

/** The stops as a MapLibre expression. */
function widthByZoom(stops: WidthStops): ['interpolate', ['linear'], ['zoom'], ...number[]] {
	return ['interpolate', ['linear'], ['zoom'], ...stops.flat()];
}

/** What that expression gives at `zoom`: linear between the stops, the end values outside them. */
export function widthAtZoom(stops: WidthStops, zoom: number): number {
	const first = stops[0]!;
	const last = stops[stops.length - 1]!;
	if (!(zoom > first[0])) return first[1];
	if (zoom >= last[0]) return last[1];
	const i = stops.findIndex(([z]) => z > zoom);
	const [z0, w0] = stops[i - 1]!;
	const [z1, w1] = stops[i]!;
	return w0 + ((w1 - w0) * (zoom - z0)) / (z1 - z0);
}

function routeLine(id: string, filter: FilterSpecification, dash?: number[]): LayerSpecification {
	return {
		id,
		type: 'line',
		source: ROUTE_SOURCE,
		filter,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: {
			'line-color': color.accent,
			'line-width': widthByZoom(ROUTE_WIDTHS.line),
			...(dash ? { 'line-dasharray': dash } : {})
		}
	};
}

/** The arc still to fly (kind 'ahead'): the reader sees where the plane is going, fainter than the part flown. */
function routeAheadLine(): LayerSpecification {
	return {
		id: 'route-line-ahead',
		type: 'line',
		source: ROUTE_SOURCE,
		filter: ['==', ['get', 'kind'], 'ahead'],
		layout: { 'line-join': 'round', 'line-cap': 'butt' },
		paint: {
			'line-color': color.accent,
			'line-opacity': 0.45,
			'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1.5, 10, 3],
			'line-dasharray': [2, 2]
		}
	};
}

/** Our own layers: city outlines, the highlight and the route. Also drawn on top of a hosted style. */
export function overlayLayers(): LayerSpecification[] {
	const isDelegation: FilterSpecification = ['==', ['get', 'role'], 'delegation'];
	return [
		{
			id: 'korea-municipalities-fill',
			type: 'fill',
			...tiled('korea-municipalities'),
			paint: {
				'fill-color': ['case', isDelegation, color.korea, color.muted],
				'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.55, 10, 0.18]
			}
		},
		{
			id: 'korea-municipalities-line',
			type: 'line',
			...tiled('korea-municipalities'),
			minzoom: 6,
			paint: {
				'line-color': ['case', isDelegation, color.korea, color.muted],
				'line-width': 1.2,
				// Anyang is drawn dashed: listed by the source article, not in the delegation.
				'line-dasharray': [3, 1.5]
			},
			filter: ['!', isDelegation]
		},
		{
			id: 'korea-municipalities-outline',
			type: 'line',
			...tiled('korea-municipalities'),
			minzoom: 6,
			filter: isDelegation,
			paint: { 'line-color': color.korea, 'line-width': 1.4 }
		},
		{
			id: 'europe-cities-fill',
			type: 'fill',
			...tiled('europe-cities'),
			paint: {
				'fill-color': color.europe,
				'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.55, 11, 0.12]
			}
		},
		{
			id: 'europe-cities-line',
			type: 'line',
			...tiled('europe-cities'),
			minzoom: 7,
			paint: { 'line-color': color.europe, 'line-width': 1.6 }
		},
		{
			id: HIGHLIGHT_LAYER,
			type: 'line',
			...tiled('korea-municipalities'),
			filter: NO_HIGHLIGHT,
			paint: { 'line-color': color.highlight, 'line-width': 4 }
		},
		{
			id: `${HIGHLIGHT_LAYER}-europe`,
			type: 'line',
			...tiled('europe-cities'),
			filter: NO_HIGHLIGHT,
			paint: { 'line-color': color.highlight, 'line-width': 4 }
		},
		// labels-flight: the flight's arc ahead of the plane, faint and dashed, under the part flown.
		routeAheadLine(),
		{
			id: 'route-casing',
			type: 'line',
			source: ROUTE_SOURCE,
			filter: ['!=', ['get', 'kind'], 'ahead'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': color.surface, 'line-width': widthByZoom(ROUTE_WIDTHS.casing) }
		},
		// The intercontinental leg solid; the ground legs dashed, since how they travelled is undocumented.
		routeLine('route-line-air', ['==', ['get', 'kind'], 'air']),
		routeLine('route-line-ground', ['==', ['get', 'kind'], 'ground'], [1.5, 1.5])
	];
}

/** One vector source per tile set; `geoBase` is the absolute URL of static/geo/ (MapLibre's worker cannot
 * resolve relative tile URLs). */
export function basemapSources(geoBase: string): Record<string, SourceSpecification> {
	const sources: Record<string, SourceSpecification> = {};
	for (const name of BASEMAP_NAMES) {
		const set = TILE_SETS[name];
		sources[name] = {
			type: 'vector',
			tiles: [geoBase + tilePath(name, '{z}', '{x}', '{y}')],
			minzoom: set.minzoom,
			maxzoom: set.maxzoom,
			bounds: set.bounds
		};
	}
	return sources;
}

/** The sources our overlay layers read (on a hosted style too): the outline tile sets and the route, holding
 * `route` from the start (the first frame's: MapLibre's `load` then includes it, instead of a setData after). */
export function overlaySources(geoBase: string, route: GeoJSON.FeatureCollection = EMPTY): Record<string, SourceSpecification> {
	const { korea, europe } = basemapSources(geoBase);
	return { korea: korea!, europe: europe!, [ROUTE_SOURCE]: { type: 'geojson', data: route } };
}

/** A line width (a number, or an interpolation over zoom whose outputs are numbers) times `k`. Zoom expressions
 * must stay the top-level expression, so `['*', k, ...]` is not allowed around them: the stops are scaled. */
export function scaleWidth(width: unknown, k: number): unknown {
	if (typeof width === 'number') return +(width * k).toFixed(3);
	if (Array.isArray(width) && width[0] === 'interpolate') {
		// ['interpolate', type, input, stop0, out0, stop1, out1, ...]
		return width.map((value, i) => (i >= 4 && i % 2 === 0 && typeof value === 'number' ? +(value * k).toFixed(3) : value));
	}
	return width;
}

/** The layers with every line drawn `k` times as wide. On big screens the page's rem grows (layout.ts
 * rootFontPx), and the map's lines grow with it: at 3840 px a 1.4 px outline was a hairline next to 32 px text.
 * Dashes are in line widths, so they scale with the line. */
export function scaleLineWidths(layers: LayerSpecification[], k: number): LayerSpecification[] {
	if (k === 1) return layers;
	return layers.map((layer) => {
		if (layer.type !== 'line' || layer.paint?.['line-width'] === undefined) return layer;
		const width = scaleWidth(layer.paint['line-width'], k) as number;
		return { ...layer, paint: { ...layer.paint, 'line-width': width } };
	});
}

/** The complete offline style; `lineScale` widens every line (scaleLineWidths); `route` as in overlaySources. */
export function buildStyle(geoBase: string, lineScale = 1, route?: GeoJSON.FeatureCollection): StyleSpecification {
	return {
		version: 8,
		name: 'Learning Cities Journey (offline)',
		// No paint transitions: the story changes no paint property, and MapLibre's default (300 ms) kept the style
		// "transitioning" for 300 ms after it loaded, so `loaded()` stayed false and the first `idle` (the ready
		// map) came one frame or more after `load` (docs/PERFORMANCE.md, stop 33).
		transition: { duration: 0, delay: 0 },
		sources: { ...basemapSources(geoBase), ...overlaySources(geoBase, route) },
		layers: scaleLineWidths([...basemapLayers(), ...overlayLayers()], lineScale)
	};
}
