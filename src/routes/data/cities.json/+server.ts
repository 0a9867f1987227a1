// /data/cities.json: figures, places and sources as typed in the app, written at build time.
import { translator } from '$lib/i18n';
import { citiesJson } from '$lib/charts/downloads';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(citiesJson(translator('en')), null, 1), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
