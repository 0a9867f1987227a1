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

/** Turning angle (degrees, 0 = straight on) at every inner vertex of the lines, measured in Web Mercator. */
export function turnAnglesDeg(geometries: Geometry[]): number[] {
	const angles: number[] = [];
	for (const geometry of geometries) {
		for (const line of linesOf(geometry)) {
			for (let i = 1; i + 1 < line.length; i++) {
				const [a, b, c] = [line[i - 1]!, line[i]!, line[i + 1]!].map((p) => [mercatorX(p[0]!), mercatorY(p[1]!)]);
				const h1 = Math.atan2(b![1]! - a![1]!, b![0]! - a![0]!);
				const h2 = Math.atan2(c![1]! - b![1]!, c![0]! - b![0]!);
				const turn = Math.abs(((h2 - h1 + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
				angles.push((turn * 180) / Math.PI);
			}
		}
	}
	return angles;
}

/** The runs of the lines' vertices for which `keep` holds (e.g. those on screen), as one geometry. */
export function linesWhere(geometries: Geometry[], keep: (p: Position) => boolean): Geometry {
	const parts: Position[][] = [];
	for (const geometry of geometries) {
		for (const line of linesOf(geometry)) {
			let run: Position[] = [];
			for (const p of line) {
				if (keep(p)) run.push(p);
				else if (run.length) (parts.push(run), (run = []));
			}
			parts.push(run);
		}
	}
	return { type: 'MultiLineString', coordinates: parts.filter((part) => part.length > 1) };
}
