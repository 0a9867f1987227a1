// The tile build (geo/tiles.ts): deterministic, covering every chapter's view at its zoom, and with no ring
// or line jumping across the antimeridian (a stripe around the world).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_FILES, BASEMAP_NAMES, BASEMAP_OBJECTS, type BasemapName } from '../../src/lib/map/basemap';
import { TILE_EXTENT, TILE_SETS, tilePath } from '../../src/lib/map/tiles';
import { storyTimeline } from '../../src/lib/journey/journey';
import { panelViewport, mercatorX, mercatorY } from '../../src/lib/journey/camera';
import { CHAPTERS } from '../../src/lib/story';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { buildTiles } from './tiles';

const topology = (name: BasemapName): unknown =>
	JSON.parse(readFileSync(new URL(`../../static/geo/${BASEMAP_FILES[name]}`, import.meta.url), 'utf8'));

const built = {} as Record<BasemapName, Map<string, Uint8Array>>;
beforeAll(() => {
	for (const name of BASEMAP_NAMES) built[name] = buildTiles(name, topology(name));
}, 120_000);

const layersOf = (bytes: Uint8Array | undefined): VectorTile['layers'] =>
	bytes && bytes.length > 0 ? new VectorTile(new Pbf(bytes)).layers : {};

const digest = (tiles: Map<string, Uint8Array>) => {
	const hash = createHash('sha256');
	for (const [path, bytes] of tiles) hash.update(path).update(bytes);
	return hash.digest('hex');
};

describe('the basemap tiles', () => {
	it('are deterministic: the same topology gives the same files and bytes', () => {
		const again = buildTiles('korea', topology('korea'));
		expect([...again.keys()]).toEqual([...built.korea.keys()]);
		expect(digest(again)).toBe(digest(built.korea));
	}, 60_000);

	it('hold every object of their file as a source layer somewhere', () => {
		for (const name of BASEMAP_NAMES) {
			const seen = new Set<string>();
			for (const bytes of built[name].values()) for (const layer of Object.keys(layersOf(bytes))) seen.add(layer);
			expect([...seen].sort(), name).toEqual([...BASEMAP_OBJECTS[name]].sort());
		}
	});

	it('write a file for every tile inside each set, from its minzoom to its maxzoom', () => {
		for (const name of BASEMAP_NAMES) {
			const { minzoom, maxzoom } = TILE_SETS[name];
			const zooms = new Set([...built[name].keys()].map((path) => Number(path.split('/')[2])));
			expect([...zooms].sort((a, b) => a - b)).toEqual(Array.from({ length: maxzoom - minzoom + 1 }, (_, i) => minzoom + i));
		}
	});

	// Each chapter's end view, phone and laptop: the tile under the centre (at the zoom MapLibre requests, capped
	// at the set's maxzoom) holds land, and in the city chapters the outline the chapter shows.
	for (const [width, height] of [
		[375, 667],
		[1440, 900]
	] as const) {
		for (const [index, chapter] of CHAPTERS.entries()) {
			it(`cover the ${chapter.id} chapter's view at ${width}x${height}`, () => {
				const { camera } = storyTimeline.storyAtChapter(index, 1, panelViewport(width, height));
				const [lon, lat] = camera.center;
				const sets = BASEMAP_NAMES.filter((name) => {
					const [w, s, e, n] = TILE_SETS[name].bounds;
					return name !== 'world' && lon >= w && lon <= e && lat >= s && lat <= n && camera.zoom >= TILE_SETS[name].minzoom;
				});
				const name: BasemapName = sets[0] ?? 'world';
				const z = Math.min(Math.max(Math.floor(camera.zoom), TILE_SETS[name].minzoom), TILE_SETS[name].maxzoom);
				const x = Math.floor(mercatorX(lon) * 2 ** z);
				const y = Math.floor(mercatorY(lat) * 2 ** z);
				const layers = layersOf(built[name].get(tilePath(name, z, x, y)));
				expect(built[name].has(tilePath(name, z, x, y)), `${name} ${z}/${x}/${y}`).toBe(true);
				expect(layers.land?.length ?? 0, `${name} ${z}/${x}/${y} has land`).toBeGreaterThan(0);
				if (name === 'europe' && chapter.id !== 'flight') expect(layers.cities?.length ?? 0).toBeGreaterThan(0);
				if (chapter.id === 'korea') expect(layers.municipalities?.length ?? 0).toBeGreaterThan(0);
			});
		}
	}

	it('draw no stripe: no segment of a world tile runs across the world inside the tile', () => {
		const found = [...built.world].flatMap(([path, bytes]) => stripes(path, bytes));
		expect(found).toEqual([]);
	});

	it('the stripe check finds a ring drawn the long way round', () => {
		// What a naive 179 -> -179 island becomes at zoom 0: an edge across the whole world at 10°N.
		const y = Math.round(mercatorY(10) * TILE_EXTENT);
		const ring: [number, number][] = [[8150, y], [40, y], [40, y - 80], [8150, y - 80], [8150, y]];
		const tile = { features: [{ type: 3 as const, geometry: [ring], tags: {} }] };
		const bytes = fromGeojsonVt({ land: tile as never }, { version: 2, extent: TILE_EXTENT });
		expect(stripes('tiles/world/0/0/0.pbf', bytes)).toHaveLength(2); // its two long edges
	});
});

/**
 * Segments longer than an eighth of the world that do not lie along the tile's own edge (the clip edges, and
 * Antarctica closed along the bottom of the map, legitimately do): each is a stripe across the map.
 */
function stripes(path: string, bytes: Uint8Array): string[] {
	const z = Number(path.split('/')[2]);
	const limit = (TILE_EXTENT * 2 ** z) / 8;
	const onEdge = (v: number) => v <= 0 || v >= TILE_EXTENT;
	const found: string[] = [];
	for (const [name, layer] of Object.entries(layersOf(bytes))) {
		for (let i = 0; i < layer.length; i++) {
			for (const ring of layer.feature(i).loadGeometry()) {
				for (let k = 1; k < ring.length; k++) {
					const [a, b] = [ring[k - 1]!, ring[k]!];
					const alongEdge = (a.y === b.y && onEdge(a.y)) || (a.x === b.x && onEdge(a.x));
					if (!alongEdge && Math.abs(b.x - a.x) > limit) found.push(`${path} ${name}: ${a.x},${a.y} -> ${b.x},${b.y}`);
				}
			}
		}
	}
	return found;
}
