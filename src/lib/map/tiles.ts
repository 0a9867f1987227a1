// The basemap's vector tiles: what scripts/build-tiles.ts writes and style.ts reads. One tile set per TopoJSON
// file (world, korea, europe), each object a source layer of the same name, so MapLibre's worker fetches and
// decodes only the tiles in view and the main thread decodes nothing. Plain TS: used by the build and the app.
import type { BasemapName } from './basemap';

export interface TileSet {
	minzoom: number;
	/** Deepest zoom written; MapLibre overzooms past it (EXTENT units keep about 1 px at zoom 12). */
	maxzoom: number;
	/** [west, south, east, north]: MapLibre requests no tile outside it, the build writes every tile inside it. */
	bounds: [number, number, number, number];
}

/** Tile units per side: MapLibre's own internal extent, so no precision is lost on loading. */
export const TILE_EXTENT = 8192;

export const TILE_SETS: Readonly<Record<BasemapName, TileSet>> = {
	// The world layers are drawn up to DETAIL_ZOOM (4.5); the land stays under the regional detail beyond it.
	world: { minzoom: 0, maxzoom: 4, bounds: [-180, -85.0511, 180, 85.0511] },
	// From zoom 0: the cities' fills show as dots in the world view; zoom 7 tiles overzoom to the city views.
	korea: { minzoom: 0, maxzoom: 7, bounds: [124.59287, 32.5, 132, 39.5] },
	europe: { minzoom: 0, maxzoom: 7, bounds: [-5.5, 41.3671, 15.5, 55.5] }
};

/** `${base}tiles/${name}/{z}/{x}/{y}.pbf`: the file layout under static/geo/. */
export const tilePath = (name: BasemapName, z: number | string, x: number | string, y: number | string) =>
	`tiles/${name}/${z}/${x}/${y}.pbf`;

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
	const phi = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * 2 ** z);
};

/** The tile range covering [west, south, east, north] at zoom z (clamped to the world). */
export function tileRange(bounds: readonly number[], z: number): { x0: number; x1: number; y0: number; y1: number } {
	const [w, s, e, n] = bounds as [number, number, number, number];
	const max = 2 ** z - 1;
	const clamp = (v: number) => Math.max(0, Math.min(max, v));
	return { x0: clamp(lonToX(w, z)), x1: clamp(lonToX(e, z)), y0: clamp(latToY(n, z)), y1: clamp(latToY(s, z)) };
}
