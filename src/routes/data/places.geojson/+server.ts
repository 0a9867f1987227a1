// /data/places.geojson: every place as a GeoJSON point, written at build time.
import { placesGeoJson } from '$lib/charts/downloads';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(placesGeoJson(), null, 1), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
