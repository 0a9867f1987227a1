// The downloads: CSV escaping (commas, quotes, newlines), and the CSV, JSON and GeoJSON match the typed data.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../story/figures';
import { PLACES } from '../story/places';
import { SOURCES } from '../story/sources';
import { translator } from '$lib/i18n';
import { CSV_COLUMNS, citiesJson, csvField, figuresCsv, parseCsv, placesGeoJson, toCsv } from './downloads';

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

describe('cities.json', () => {
	it('holds the figures, places and sources as typed', () => {
		const json = JSON.parse(JSON.stringify(citiesJson(t)));
		expect(json.figures).toEqual(JSON.parse(JSON.stringify(FIGURES)));
		expect(json.places).toHaveLength(PLACES.length);
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
