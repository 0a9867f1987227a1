// The downloads: CSV escaping (commas, quotes, newlines), and the CSV, JSON and GeoJSON match the typed data.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../story/figures';
import { PLACES } from '../story/places';
import { SOURCES } from '../story/sources';
import { LOCALES, translator } from '$lib/i18n';
import { placeName } from '$lib/present/place-name';
import { CSV_COLUMNS, NAME_COLUMNS, citiesJson, csvField, figuresCsv, parseCsv, placesGeoJson, toCsv } from './downloads';

const t = translator('en');

describe('csvField', () => {
	it.each<[string | number | null | undefined, string]>([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "nearly"', '"say ""nearly"""'],
		['line\nbreak', '"line\nbreak"'],
		['cr\r\nlf', '"cr\r\nlf"'],
		[42.5, '42.5'],
		[0, '0'],
		[null, ''],
		[undefined, ''],
		['Évry-Courcouronnes 에브리', 'Évry-Courcouronnes 에브리']
	])('%j -> %j', (value, expected) => expect(csvField(value)).toBe(expected));

	it('round-trips awkward rows through a parser', () => {
		const rows = [
			['id', 'text'],
			['1', 'commas, "quotes" and\nnewlines'],
			['2', '']
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('cities.csv', () => {
	const rows = parseCsv(figuresCsv(t));
	it('has the header and one row per figure, in data order', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.slice(1).map((r) => r[0])).toEqual(FIGURES.map((f) => f.id));
	});
	it('keeps values exact, and a missing value empty (never 0)', () => {
		const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
		for (const [i, f] of FIGURES.entries()) {
			const r = rows[i + 1]!;
			expect(r[col('value')]).toBe(f.value === null ? '' : String(f.value));
			expect(r[col('as_of')]).toBe(f.asOfCirca ? `circa ${f.asOf}` : f.asOf);
			expect(r[col('as_of_circa')]).toBe(f.asOfCirca ? 'yes' : '');
			expect(r[col('source_ids')]).toBe(f.sourceIds.join(' '));
		}
	});
});

describe('localized names in the downloads', () => {
	const rows = parseCsv(figuresCsv(t));
	const col = (name: string) => rows[0]!.indexOf(name);
	const suwonRow = rows.find((r) => r[1] === 'suwon')!;
	const evryRow = rows.find((r) => r[1] === 'evry')!;

	it('has one machine-readable column per locale, after the data name', () => {
		expect(NAME_COLUMNS).toEqual(['name_en', 'name_ko', 'name_de', 'name_fr']);
		expect(rows[0]!.slice(col('place'), col('place') + 5)).toEqual(['place', ...NAME_COLUMNS]);
		for (const c of rows[0]!) expect(c).toMatch(/^[a-z_]+$/);
	});
	it('gives a Korean newsroom the Hangul names, each catalog its own', () => {
		expect(suwonRow[col('name_ko')]).toBe(translator('ko')('place.suwon.name'));
		expect(suwonRow[col('name_ko')]).toMatch(/^[\uAC00-\uD7A3 ]+$/);
		expect(suwonRow[col('name_en')]).toBe('Suwon');
		expect(evryRow[col('name_ko')]).toMatch(/[\uAC00-\uD7A3]/);
		expect(evryRow[col('name_fr')]).toBe(translator('fr')('place.evry.name'));
		// Every row carries a non-empty name in every locale, and never a raw catalog key.
		for (const r of rows.slice(1)) for (const c of NAME_COLUMNS) expect(r[col(c)]).not.toMatch(/^$|^place\./);
	});
	it('adds the same names to cities.json places and places.geojson properties', () => {
		const json = citiesJson(t);
		const geo = placesGeoJson();
		for (const [i, p] of PLACES.entries()) {
			for (const locale of LOCALES) {
				const c = `name_${locale}` as const;
				expect(json.places[i]![c]).toBe(placeName(translator(locale), p));
				expect(geo.features[i]!.properties[c]).toBe(json.places[i]![c]);
			}
		}
	});
});

describe('cities.json', () => {
	it('holds the figures, places and sources as typed', () => {
		const json = JSON.parse(JSON.stringify(citiesJson(t)));
		expect(json.figures).toEqual(JSON.parse(JSON.stringify(FIGURES)));
		expect(json.places).toHaveLength(PLACES.length);
		// Each place as typed, plus the four name fields.
		expect(json.places.map((p: Record<string, unknown>) => ({ ...p, name_en: undefined, name_ko: undefined, name_de: undefined, name_fr: undefined }))).toEqual(
			JSON.parse(JSON.stringify(PLACES.map((p) => ({ ...p, name_en: undefined, name_ko: undefined, name_de: undefined, name_fr: undefined }))))
		);
		expect(json.sources).toHaveLength(SOURCES.length);
	});
});

describe('places.geojson', () => {
	it('is a FeatureCollection of one Point per place, [lon, lat]', () => {
		const geo = placesGeoJson();
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features).toHaveLength(PLACES.length);
		for (const [i, p] of PLACES.entries()) {
			const f = geo.features[i]!;
			expect(f).toMatchObject({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: p.lonLat } });
			expect(f.properties.id).toBe(p.id);
			expect(f.properties.coordNote).toBe(p.coordNote ?? null);
			expect(f.properties.address).toBe(p.address ?? null);
			const [lon, lat] = f.geometry.coordinates as [number, number];
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
		}
	});
});
