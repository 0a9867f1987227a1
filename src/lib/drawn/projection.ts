// The drawn map's camera: the same Web Mercator camera MapLibre shows (camera.ts), as a d3-geo projection for
// the route and the stops, and as one SVG transform for the prebuilt basemap paths (drawn-basemap.ts).
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { mercatorX, mercatorY, worldSize, type Camera, type Viewport } from '$lib/journey/camera';
import type { LonLat } from '$lib/story/types';
import { WORLD } from './drawn-basemap';

/** The padded area's centre in screen px: where `camera.center` lands (as MapLibre does it). */
function anchor(camera: Camera, viewport: Viewport): [number, number] {
	const p = camera.padding;
	return [(p.left + viewport.width - p.right) / 2, (p.top + viewport.height - p.bottom) / 2];
}

/**
 * A d3 Mercator projection that puts every point where MapLibre puts it for this camera (bearing and pitch 0,
 * as the story's cameras are). Rotated so the camera's longitude is the middle: points then show in the world
 * copy nearest the centre, as with MapLibre's renderWorldCopies, and d3 cuts lines at the far antimeridian.
 */
export function cameraProjection(camera: Camera, viewport: Viewport): GeoProjection {
	const [ax, ay] = anchor(camera, viewport);
	const ws = worldSize(camera.zoom);
	return geoMercator()
		.rotate([-camera.center[0], 0])
		.scale(ws / (2 * Math.PI))
		.translate([ax, ay - (mercatorY(camera.center[1]) - 0.5) * ws])
		// No adaptive resampling: the route is already densified (route.ts), and at city zooms resampling a
		// continent-long leg would cost millions of points. Lines are cut a viewport beyond the edges.
		.precision(0)
		.clipExtent([
			[-viewport.width, -viewport.height],
			[2 * viewport.width, 2 * viewport.height]
		]);
}

/** Where the basemap's world units land on screen: x' = k * x + dx, y' = k * y + dy (a uniform scale, no rotation). */
export interface WorldMatrix {
	k: number;
	dx: number;
	dy: number;
}

/**
 * The matrix that maps the basemap's world units (drawn-basemap.ts) onto the screen for this camera; `copy` shifts
 * by whole worlds (-1, 0, 1) for the world copies either side.
 */
export function worldMatrix(camera: Camera, viewport: Viewport, copy = 0): WorldMatrix {
	const [ax, ay] = anchor(camera, viewport);
	const k = worldSize(camera.zoom) / WORLD;
	return { k, dx: ax - (mercatorX(camera.center[0]) - copy) * WORLD * k, dy: ay - mercatorY(camera.center[1]) * WORLD * k };
}

/** worldMatrix as an SVG transform. */
export function worldTransform(camera: Camera, viewport: Viewport, copy = 0): string {
	const { k, dx, dy } = worldMatrix(camera, viewport, copy);
	return `matrix(${round(k)} 0 0 ${round(k)} ${round(dx)} ${round(dy)})`;
}

/**
 * The world copies that reach into the viewport, and all of them: copy `c` spans one world width from the centre
 * copy's left edge plus `c` worlds. Each copy drawn is the whole world's outlines rasterised once more (what the
 * first paint waits for), so a copy entirely off screen is not drawn; and a world a little wider than the screen
 * but off-centre (the 4K title view) still gets the neighbour that fills its far edge. Without world copies only
 * the centre one. (Clipping each copy to its strip with a nested <svg> was tried: no faster first paint.)
 */
export function worldCopies(camera: Camera, viewport: Viewport): number[] {
	if (viewport.worldCopies !== true) return [0];
	return [-2, -1, 0, 1, 2].filter((c) => c === 0 || copyStrip(camera, viewport, c).width > 0);
}

/** The strip of the screen (x from 0, width, in px) that world copy `c` covers; width 0 when off screen. */
function copyStrip(camera: Camera, viewport: Viewport, c: number): { x: number; width: number } {
	const ws = worldSize(camera.zoom);
	const left = anchor(camera, viewport)[0] - (mercatorX(camera.center[0]) - c) * ws;
	const x0 = Math.max(0, left);
	const x1 = Math.min(viewport.width, left + ws);
	return { x: x0, width: Math.max(0, x1 - x0) };
}

/** SVG path data for lines of [lon, lat] (the route), projected by d3 with this camera. */
export function linesPath(projection: GeoProjection, lines: readonly LonLat[][]): string {
	const drawn = lines.filter((l) => l.length >= 2);
	if (drawn.length === 0) return '';
	return geoPath(projection).digits(1)({ type: 'MultiLineString', coordinates: drawn as LonLat[][] }) ?? '';
}

const round = (n: number) => Number(n.toFixed(4));
