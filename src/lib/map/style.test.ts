import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { color } from '$lib/design/tokens';
import {
	BASEMAP_SOURCE_IDS,
	HIGHLIGHT_LAYER,
	OUTLINE_LAYERS,
	ROUTE_SOURCE,
	buildStyle,
	highlightFilter,
	overlayLayers,
	scaleWidth,
	overlaySources
} from './style';

const GEO = 'http://localhost:4173/geo/';

describe('buildStyle', () => {
	const style = buildStyle(GEO);

	it('is a valid MapLibre style', () => {
		// The validator is the newest style spec (a devDependency); MapLibre 4 types the same style with its own,
		// older copy, whose tuples are looser. What the shipped MapLibre draws is checked in the browser tests.
		expect(validateStyleMin(style as unknown as Parameters<typeof validateStyleMin>[0])).toEqual([]);
	});

	it('has no paint transitions: the map is idle (ready) right after its load, not 300 ms later', () => {
		expect(style.transition).toEqual({ duration: 0, delay: 0 });
	});

	it('never reaches the network: no glyphs, no sprite, our own tiles and inline GeoJSON only', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const [id, source] of Object.entries(style.sources)) {
			if (source.type === 'vector') {
				expect(source.tiles, id).toEqual([`${GEO}tiles/${id}/{z}/{x}/{y}.pbf`]);
			} else {
				expect(source.type, id).toBe('geojson');
				expect(typeof (source as { data: unknown }).data, id).toBe('object');
			}
		}
		expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
	});

	it('reads every basemap layer from its tile set and every layer from an existing source', () => {
		expect(style.sources[ROUTE_SOURCE]).toBeDefined();
		const read = new Set(
			style.layers.flatMap((l) => ('source-layer' in l && l['source-layer'] ? [`${l.source}-${l['source-layer']}`] : []))
		);
		for (const id of BASEMAP_SOURCE_IDS) expect(read.has(id), id).toBe(true);
		for (const layer of style.layers) {
			if ('source' in layer) expect(style.sources[layer.source as string], layer.id).toBeDefined();
		}
	});

	it('takes its colours from the design tokens', () => {
		const paint = (id: string) => style.layers.find((l) => l.id === id)?.paint as Record<string, unknown>;
		expect(paint('background')['background-color']).toBe(color.water);
		expect(paint('world-land')['fill-color']).toBe(color.land);
		expect(paint('route-line-air')['line-color']).toBe(color.accent);
		const all = JSON.stringify(style.layers);
		const hexes = all.match(/#[0-9a-f]{6}/gi) ?? [];
		const tokens = new Set(Object.values(color).map((c) => c.toLowerCase()));
		for (const hex of hexes) expect(tokens.has(hex.toLowerCase()), hex).toBe(true);
	});

	it('draws the route above the outlines and the outlines above the basemap', () => {
		const ids = style.layers.map((l) => l.id);
		const idx = (id: string) => ids.indexOf(id);
		expect(idx('route-line-air')).toBeGreaterThan(idx(OUTLINE_LAYERS[0]));
		expect(idx(OUTLINE_LAYERS[0])).toBeGreaterThan(idx('korea-land'));
		expect(ids).toContain(HIGHLIGHT_LAYER);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('dashes the ground legs only', () => {
		const ground = style.layers.find((l) => l.id === 'route-line-ground')!;
		const air = style.layers.find((l) => l.id === 'route-line-air')!;
		expect((ground.paint as Record<string, unknown>)['line-dasharray']).toBeDefined();
		expect((air.paint as Record<string, unknown>)['line-dasharray']).toBeUndefined();
	});
});

describe('overlay on a hosted style', () => {
	it('brings its own sources for every overlay layer', () => {
		const sources = overlaySources(GEO);
		for (const layer of overlayLayers()) {
			if ('source' in layer) expect(sources[layer.source as string], layer.id).toBeDefined();
		}
	});
	it('holds the opening route from the start, in the offline style too, and an empty one without it', () => {
		const route: GeoJSON.FeatureCollection = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { kind: 'air' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }]
		};
		expect(overlaySources(GEO, route)[ROUTE_SOURCE]).toEqual({ type: 'geojson', data: route });
		expect(buildStyle(GEO, 1, route).sources[ROUTE_SOURCE]).toEqual({ type: 'geojson', data: route });
		expect((overlaySources(GEO)[ROUTE_SOURCE] as { data: GeoJSON.FeatureCollection }).data.features).toEqual([]);
	});
});

describe('scaleLineWidths (big screens)', () => {
	it('scales numbers and the outputs of zoom interpolations, never the zoom stops', () => {
		expect(scaleWidth(1.4, 2)).toBe(2.8);
		expect(scaleWidth(['interpolate', ['linear'], ['zoom'], 2, 1.5, 10, 3], 2)).toEqual([
			'interpolate',
			['linear'],
			['zoom'],
			2,
			3,
			10,
			6
		]);
	});
	it('widens every line layer of the style and leaves the others as they are', () => {
		const plain = buildStyle(GEO).layers;
		const big = buildStyle(GEO, 2).layers;
		expect(big.map((l) => l.id)).toEqual(plain.map((l) => l.id));
		const lines = plain.filter((l) => l.type === 'line');
		expect(lines.length).toBeGreaterThan(10);
		for (const [i, layer] of plain.entries()) {
			const paint = (layer as { paint?: Record<string, unknown> }).paint;
			const bigPaint = (big[i] as { paint?: Record<string, unknown> }).paint;
			if (layer.type === 'line') expect(bigPaint?.['line-width'], layer.id).toEqual(scaleWidth(paint?.['line-width'], 2));
			else expect(big[i]).toEqual(layer);
		}
		expect(buildStyle(GEO, 1).layers).toEqual(plain);
	});
});

describe('highlightFilter', () => {
	it.each([
		['suwon', ['==', ['get', 'id'], 'suwon']],
		[null, ['==', ['get', 'id'], '']]
	])('%j', (id, expected) => {
		expect(highlightFilter(id)).toEqual(expected);
	});
});
