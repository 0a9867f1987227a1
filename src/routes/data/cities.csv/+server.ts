// /data/cities.csv: every figure, one row each, written at build time from the typed data (English text).
import { translator } from '$lib/i18n';
import { figuresCsv } from '$lib/charts/downloads';

export const prerender = true;

export function GET() {
	return new Response(figuresCsv(translator('en')), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
