// The /data downloads, generated at build time from the same typed data as the page: cities.csv (one row per
// figure), cities.json (figures, places and sources as typed) and places.geojson (every place as a point).
import type { Feature, FeatureCollection, Point } from 'geojson';
import { FIGURES } from '../story/figures';
import { PLACES } from '../story/places';
import { SOURCES } from '../story/sources';
import type { Figure, Place, Source } from '../story/types';
import { LOCALES, isLoaded, translator, type Locale } from '../i18n';
import { placeName } from '../present/place-name';
import { formatValue, type T } from './format';

export type Cell = string | number | null | undefined;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: Cell): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), ending in a line break. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A small RFC 4180 reader, enough to read our own output back (the tests use it). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endField();
		else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		endField();
		rows.push(row);
	}
	return rows;
}

export const CSV_COLUMNS = [
	'figure_id',
	'place_id',
	'place',
	'name_en',
	'name_ko',
	'name_de',
	'name_fr',
	'country',
	'measure',
	'label',
	'value',
	'qualifier',
	'unit',
	'value_text',
	'as_of',
	'as_of_circa',
	'confidence',
	'alternative_to',
	'source_ids',
	'source_urls',
	'note'
] as const;

const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));
const placeMap = new Map(PLACES.map((p) => [p.id, p]));

/** The localized-name columns, one per locale (`name_ko` holds the Hangul name a Korean newsroom prints). */
export const NAME_COLUMNS = LOCALES.map((l) => `name_${l}` as const);
export type LocalizedNames = { [L in Locale as `name_${L}`]: string };

/** A place's display name in every locale, from each catalog (`place.<id>.name`), as the pages show it.
 * Build-time only: the caller loads every catalog first; a missing one stops the build rather than
 * silently writing English into `name_ko`. */
export function localizedNames(place: Place | string): LocalizedNames {
	const names = {} as Record<string, string>;
	for (const locale of LOCALES) {
		if (!isLoaded(locale)) throw new Error(`downloads: the ${locale} catalog is not loaded (await loadLocale first)`);
		names[`name_${locale}`] = placeName(translator(locale), place);
	}
	return names as LocalizedNames;
}

/** A figure's date for the CSV: an approximate date keeps its qualifier ("circa 2016"), never a firm "2016". */
export function csvAsOf(f: Figure): string {
	return f.asOfCirca ? `circa ${f.asOf}` : f.asOf;
}

/** Every figure as one CSV row; an empty `value` is "not reported" (never 0). Text in the catalog's language. */
export function figuresCsv(t: T, figures: readonly Figure[] = FIGURES): string {
	const rows: Cell[][] = [[...CSV_COLUMNS]];
	for (const f of figures) {
		const p = placeMap.get(f.placeId);
		const names = localizedNames(p ?? f.placeId);
		rows.push([
			f.id,
			f.placeId,
			p?.name ?? f.placeId,
			...NAME_COLUMNS.map((c) => names[c]),
			p?.country ?? '',
			f.measure,
			f.labelKey ? t(f.labelKey) : t(`measure.${f.measure}`),
			f.value,
			f.qualifier ?? '',
			t(f.unitKey),
			formatValue(t, f),
			csvAsOf(f),
			f.asOfCirca ? 'yes' : '',
			f.confidence,
			f.alternativeTo ?? '',
			f.sourceIds.join(' '),
			f.sourceIds.map((id) => sourceMap.get(id)?.url ?? '').join(' '),
			f.noteKey ? t(f.noteKey) : ''
		]);
	}
	return toCsv(rows);
}

export interface CitiesJson {
	title: string;
	description: string;
	figures: Figure[];
	/** Each place as typed, plus its display name per locale (name_en, name_ko, name_de, name_fr). */
	places: (Place & LocalizedNames)[];
	sources: Source[];
}

/** The typed data as it is: figures, the places they are about, and every source they cite. */
export function citiesJson(t: T): CitiesJson {
	return {
		title: t('story.title'),
		description: t('charts.download.jsonDescription'),
		figures: [...FIGURES],
		places: PLACES.map((p) => ({ ...p, ...localizedNames(p) })),
		sources: [...SOURCES]
	};
}

export interface PlaceProperties extends LocalizedNames {
	id: string;
	kind: Place['kind'];
	country: Place['country'];
	name: string;
	nameKo: string | null;
	cityId: string | null;
	approximate: boolean;
	precisionM: number | null;
	coordConfidence: Place['coordConfidence'];
	/** How the coordinate was found (the provenance), when the data says. */
	coordNote: string | null;
	coordSourceIds: string[];
	coordSourceUrls: string[];
	address: string | null;
	addressSourceUrls: string[];
}

/** Every place as a GeoJSON point ([lon, lat], WGS84), with what the data page says about its coordinate. */
export function placesGeoJson(places: readonly Place[] = PLACES): FeatureCollection<Point, PlaceProperties> {
	return {
		type: 'FeatureCollection',
		features: places.map(
			(p): Feature<Point, PlaceProperties> => ({
				type: 'Feature',
				id: p.id,
				geometry: { type: 'Point', coordinates: [p.lonLat[0], p.lonLat[1]] },
				properties: {
					id: p.id,
					kind: p.kind,
					country: p.country,
					name: p.name,
					...localizedNames(p),
					nameKo: p.nameKo ?? null,
					cityId: p.cityId ?? null,
					approximate: p.approximate,
					precisionM: p.precisionM ?? null,
					coordConfidence: p.coordConfidence,
					coordNote: p.coordNote ?? null,
					coordSourceIds: [...p.coordSourceIds],
					coordSourceUrls: p.coordSourceIds.map((id) => sourceMap.get(id)?.url ?? ''),
					address: p.address ?? null,
					addressSourceUrls: (p.addressSourceIds ?? []).map((id) => sourceMap.get(id)?.url ?? '')
				}
			})
		)
	};
}
