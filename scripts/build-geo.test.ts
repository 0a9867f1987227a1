import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_FILES, BASEMAP_NAMES } from '../src/lib/map/basemap';
import { decodeBasemap, type BasemapLayers } from './geo/decode';
import { ROOT, buildGeo } from './build-geo';
import { LAT_MAX } from './geo/config';
import { linesOfGeometry } from './geo/geometry';

const committed = (file: string) => readFileSync(join(ROOT, 'static/geo', file), 'utf8');

/** Every ring and line of every decoded layer, with the layer id. */
function* allLines(layers: BasemapLayers) {
	for (const [id, collection] of Object.entries(layers)) {
		for (const f of collection.features) for (const line of f.geometry ? linesOfGeometry(f.geometry) : []) yield { id, line };
	}
}
const maxJump = (line: [number, number][]) =>
	line.reduce((max, p, i) => (i ? Math.max(max, Math.abs(p[0] - line[i - 1]![0])) : 0), 0);

describe('build-geo: the committed static/geo outputs', () => {
	let layers: BasemapLayers = {};
	beforeAll(() => {
		for (const name of BASEMAP_NAMES) Object.assign(layers, decodeBasemap(name, JSON.parse(committed(BASEMAP_FILES[name]))));
	});

	it('has every object, none empty', () => {
		expect(Object.keys(layers)).toHaveLength(20);
		for (const [id, collection] of Object.entries(layers)) {
			expect(collection.features.length, id).toBeGreaterThan(0);
			for (const f of collection.features) expect(f.geometry, id).not.toBeNull();
		}
	});

	it('has the 8 KOSTAT municipalities with their ids and roles', () => {
		const props = layers['korea-municipalities']!.features.map((f) => f.properties ?? {});
		expect(props.map((p) => `${p.id}:${p.role}`).sort()).toEqual(
			[
				'anseong:delegation',
				'anyang:discrepancy',
				'buan:delegation',
				'eunpyeong:delegation',
				'gongju:delegation',
				'gwangmyeong:delegation',
				'seo-gu-gwangju:delegation',
				'suwon:delegation'
			]
		);
		for (const p of props) expect(p.name && p.nameKo).toBeTruthy();
	});

	it('has the 4 European city outlines, each with its detail kept', () => {
		const cities = layers['europe-cities']!.features;
		expect(cities.map((f) => f.properties?.id).sort()).toEqual(['bonn', 'evry', 'hamburg', 'paris']);
		for (const f of cities) {
			const vertices = f.geometry ? linesOfGeometry(f.geometry).flat().length : 0;
			expect(vertices, f.properties?.id).toBeGreaterThan(30);
		}
	});

	it('has the 17 provinces, the regions and the story countries', () => {
		const provinces = layers['korea-provinces']!.features.map((f) => f.properties ?? {});
		expect(provinces).toHaveLength(17);
		expect(provinces.every((p) => p.name && p.nameKo)).toBe(true);
		const regions = layers['europe-regions']!.features.map((f) => f.properties?.name);
		expect(regions).toEqual(expect.arrayContaining(['Hamburg', 'Nordrhein-Westfalen', 'Île-de-France']));
		// Essonne, the département around Évry, for the close-ups (Paris's is the city outline already).
		expect(layers['europe-departements']!.features.map((f) => f.properties)).toEqual([{ code: '91', name: 'Essonne' }]);
		const iso = layers['world-countries']!.features.map((f) => f.properties?.iso);
		expect(iso).toEqual(expect.arrayContaining(['KOR', 'DEU', 'FRA']));
	});

	it('has the Han, Rhine, Elbe and Seine', () => {
		const names = (id: string) => layers[id]!.features.map((f) => String(f.properties?.name));
		expect(names('korea-rivers')).toContain('Han');
		expect(names('europe-rivers').some((n) => n === 'Rhine' || n === 'Rhein')).toBe(true);
		expect(names('europe-rivers')).toEqual(expect.arrayContaining(['Elbe', 'Seine']));
	});

	it('has no segment crossing the antimeridian and every point on the Web Mercator map', () => {
		// One expectation per layer (not per point) keeps this fast; the message names the layer.
		const worst: Record<string, { jump: number; lon: number; lat: number; lines: number }> = {};
		for (const { id, line } of allLines(layers)) {
			const w = (worst[id] ??= { jump: 0, lon: 0, lat: 0, lines: 0 });
			w.jump = Math.max(w.jump, maxJump(line));
			for (const [lon, lat] of line) {
				w.lon = Math.max(w.lon, Math.abs(lon));
				w.lat = Math.max(w.lat, Math.abs(lat));
			}
			w.lines++;
		}
		expect(Object.keys(worst)).toHaveLength(20);
		for (const [id, w] of Object.entries(worst)) {
			expect(w.jump, id).toBeLessThanOrEqual(180);
			expect(w.lon, id).toBeLessThanOrEqual(180 + 1e-9);
			expect(w.lat, id).toBeLessThanOrEqual(LAT_MAX + 1e-9);
		}
		expect(worst['world-land']!.lon).toBeCloseTo(180, 6); // the check did see the world's edges
		expect(worst['world-land']!.lat).toBeCloseTo(LAT_MAX, 6);
	});

	it('closes Antarctica along the bottom edge of the map', () => {
		const antarctica = layers['world-countries']!.features.find((f) => f.properties?.iso === 'ATA');
		const points = antarctica?.geometry ? linesOfGeometry(antarctica.geometry).flat() : [];
		const edge = points.filter(([, lat]) => Math.abs(lat + LAT_MAX) < 1e-6).map(([lon]) => lon);
		expect(Math.min(...edge)).toBeCloseTo(-180, 6);
		expect(Math.max(...edge)).toBeCloseTo(180, 6);
	});

	it('weighs well under 400 KB gzip in total', () => {
		const total = BASEMAP_NAMES.reduce((sum, name) => sum + gzipSync(committed(BASEMAP_FILES[name])).length, 0);
		expect(total).toBeLessThan(400 * 1024);
	});
});

describe('build-geo: buildGeo', () => {
	let built: Record<string, string> = {};
	beforeAll(() => {
		built = buildGeo(join(ROOT, 'data/geo-src'));
	}, 60_000);

	it('is deterministic: two runs give identical strings', () => {
		expect(buildGeo(join(ROOT, 'data/geo-src'))).toEqual(built);
	}, 60_000);

	it('matches the committed files (run `npm run geo` after changing the script or data)', () => {
		for (const [file, text] of Object.entries(built)) expect(committed(file) === text, file).toBe(true);
	});
});
