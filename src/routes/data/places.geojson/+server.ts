// /data/places.geojson: every place as a GeoJSON point (with its name in every locale), written at build time.
import { LOCALES, loadLocale } from '$lib/i18n';
import { placesGeoJson } from '$lib/charts/downloads';

export const prerender = true;

export async function GET() {
	await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
	return new Response(JSON.stringify(placesGeoJson(), null, 1), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
