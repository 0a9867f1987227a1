// /data/cities.json: figures, places (with their names in every locale) and sources as typed, written at build time.
import { LOCALES, loadLocale, translator } from '$lib/i18n';
import { citiesJson } from '$lib/charts/downloads';

export const prerender = true;

export async function GET() {
	await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
	return new Response(JSON.stringify(citiesJson(translator('en')), null, 1), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
