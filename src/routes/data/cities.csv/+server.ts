// /data/cities.csv: every figure, one row each, written at build time from the typed data (English text, stable
// English column names, and the place's name in every locale: name_en, name_ko, name_de, name_fr).
import { LOCALES, loadLocale, translator } from '$lib/i18n';
import { figuresCsv } from '$lib/charts/downloads';

export const prerender = true;

export async function GET() {
	await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
	return new Response(figuresCsv(translator('en')), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
