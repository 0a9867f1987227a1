// Tile step of the geo build: the committed TopoJSON (static/geo/*.topo.json, built by build-geo.ts) decoded
// and cut into Mapbox Vector Tiles with MapLibre's own slicer (@maplibre/geojson-vt) and encoder
// (@maplibre/vt-pbf). Deterministic: the same topology gives the same bytes (no timestamps, fixed order).
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { BASEMAP_OBJECTS, type BasemapName } from '../../src/lib/map/basemap';
import { decodeBasemap } from './decode';
import { TILE_EXTENT, TILE_SETS, tilePath, tileRange } from '../../src/lib/map/tiles';

/**
 * Every tile of one tile set inside its bounds, keyed by its path (tilePath). Tiles with no feature are written
 * as empty files, so MapLibre never sees a 404 inside the bounds.
 */
export function buildTiles(name: BasemapName, topology: unknown): Map<string, Uint8Array> {
	const layers = decodeBasemap(name, topology);
	const set = TILE_SETS[name];
	const indexes = BASEMAP_OBJECTS[name].map((object) => ({
		object,
		index: new GeoJSONVT(layers[`${name}-${object}`]!, {
			maxZoom: set.maxzoom,
			indexMaxZoom: set.maxzoom,
			extent: TILE_EXTENT,
			// The TopoJSON is already simplified per layer (build-geo.ts): keep its vertices, only drop sub-pixel ones.
			tolerance: 1,
			buffer: 64
		})
	}));
	const tiles = new Map<string, Uint8Array>();
	for (let z = set.minzoom; z <= set.maxzoom; z++) {
		const { x0, x1, y0, y1 } = tileRange(set.bounds, z);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const tileLayers: Parameters<typeof fromGeojsonVt>[0] = {};
				for (const { object, index } of indexes) {
					const tile = index.getTile(z, x, y);
					if (tile && tile.features.length > 0) tileLayers[object] = tile;
				}
				const bytes =
					Object.keys(tileLayers).length > 0
						? fromGeojsonVt(tileLayers, { version: 2, extent: TILE_EXTENT })
						: new Uint8Array(0);
				tiles.set(tilePath(name, z, x, y), bytes);
			}
		}
	}
	return tiles;
}
