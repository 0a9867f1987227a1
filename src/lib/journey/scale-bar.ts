// The map's scale bar, from the camera alone (so the drawn map and MapLibre show the same one): Web Mercator at
// 512 px tiles has 2π·R·cos(lat) / (512·2^zoom) metres per CSS px at the centre's latitude. The bar's length is
// the longest round distance (1, 2 or 5 × 10^k metres) that fits in `maxPx`.
const EARTH_RADIUS_M = 6378137;

export interface ScaleBar {
	/** The distance the bar stands for, in metres (a round number). */
	metres: number;
	/** Its length on screen, CSS px (at most maxPx). */
	px: number;
}

export function metresPerPixel(lat: number, zoom: number): number {
	return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Null when the camera is not a real one (NaN, past Web Mercator's latitude limit) or no round distance fits. */
export function scaleBar(lat: number, zoom: number, maxPx = 96): ScaleBar | null {
	if (!(Math.abs(lat) <= 85.051129)) return null;
	const perPx = metresPerPixel(lat, zoom);
	if (!Number.isFinite(perPx) || perPx <= 0 || !(maxPx > 0)) return null;
	const most = perPx * maxPx;
	const power = 10 ** Math.floor(Math.log10(most));
	const metres = [5, 2, 1].map((k) => k * power).find((m) => m <= most);
	return metres ? { metres, px: metres / perPx } : null;
}
