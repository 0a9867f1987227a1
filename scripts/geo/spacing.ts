// How finely a drawn outline holds up: the median distance between its consecutive vertices in screen px at a
// zoom (Web Mercator, 512 px world at zoom 0, as MapLibre). Past the zoom where it exceeds ~3 px, the straight
// edges of the simplification show.
import type { Geometry, Position } from 'geojson';
import { mercatorX, mercatorY, TILE_SIZE } from '../../src/lib/journey/camera';

function linesOf(geometry: Geometry): Position[][] {
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		case 'LineString':
			return [geometry.coordinates];
		default:
			return [];
	}
}

export function medianVertexSpacingPx(geometries: Geometry[], zoom: number): number {
	const world = TILE_SIZE * 2 ** zoom;
	const gaps: number[] = [];
	for (const geometry of geometries) {
		for (const line of linesOf(geometry)) {
			for (let i = 1; i < line.length; i++) {
				const [a, b] = [line[i - 1]!, line[i]!];
				const dx = (mercatorX(b[0]!) - mercatorX(a[0]!)) * world;
				const dy = (mercatorY(b[1]!) - mercatorY(a[1]!)) * world;
				gaps.push(Math.hypot(dx, dy));
			}
		}
	}
	gaps.sort((a, b) => a - b);
	return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
}
