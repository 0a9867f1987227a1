// The names of areas on the city chapters' maps (issue 10, "the city in its setting"): the host city over its
// outline, and the Länder or the département around it, the way a locator map names them. Natural Earth's towns
// (orientation-places.ts) say what is near; these say what the reader is looking at and what it lies in.
// Each name is the one its boundary file gives (VG5000 `GEN`, IGN `nom`, the cities' outlines), each anchor a
// point inside that boundary, picked where the chapter's camera shows it: area-labels.test.ts checks both against
// data/geo-src. The label step centres a name on its anchor (or puts it beside) where there is room, and hides
// it first where there is none: it never displaces a story label or a town.
import type { Locale } from '$lib/i18n/locales';
import type { LonLat } from '$lib/story/types';

export interface AreaLabel {
	/** The boundary file's own name (German for the Länder, French for the département). */
	name: string;
	/** 'city': a host city over its outline (darker); 'region': a Land or département (quieter). */
	kind: 'city' | 'region';
	lonLat: LonLat;
	/** The file under data/geo-src and the feature whose boundary holds the anchor (tested). */
	source: { file: string; key: string; value: string };
	/** The name in the other languages, where it differs (the atlases' exonyms; Korean in Hangul). */
	names?: Partial<Record<Locale, string>>;
}

const LAENDER = 'germany/vg5000_2021_laender.geojson';
const KREISE = 'germany/vg250_2013_kreise_bonn_hamburg.geojson';
const COMMUNES = 'france/communes_evry-courcouronnes_paris.geojson';
const DEPARTEMENTS = 'france/departements_75_91.geojson';

const land = (name: string, lonLat: LonLat, names: AreaLabel['names']): AreaLabel => ({
	name,
	kind: 'region',
	lonLat,
	source: { file: LAENDER, key: 'GEN', value: name },
	names
});

const city = (name: string, lonLat: LonLat, file: string, key: string, names: AreaLabel['names']): AreaLabel => ({
	name,
	kind: 'city',
	lonLat,
	source: { file, key, value: name },
	names
});

const ESSONNE: AreaLabel = {
	name: 'Essonne',
	kind: 'region',
	lonLat: [2.22, 48.5],
	source: { file: DEPARTEMENTS, key: 'nom', value: 'Essonne' },
	names: { ko: '에손' }
};

/**
 * By chapter id, in the order the label step tries them. Korea's chapter has none (its eight municipalities are
 * labelled already; province names would crowd a phone), nor the flight (its two ends are what matters), nor
 * Évry (its venues' group label names the city, and Paris is a town label there).
 */
export const AREA_LABELS: Readonly<Record<string, readonly AreaLabel[]>> = {
	hamburg: [
		// South-east of the centre: the venues' labels take the centre.
		city('Hamburg', [10.15, 53.47], KREISE, 'GEN', { fr: 'Hambourg', ko: '함부르크' }),
		land('Schleswig-Holstein', [9.75, 54.05], { ko: '슐레스비히홀슈타인' }),
		land('Niedersachsen', [9.3, 52.95], { en: 'Lower Saxony', fr: 'Basse-Saxe', ko: '니더작센' }),
		land('Mecklenburg-Vorpommern', [11.6, 53.6], { en: 'Mecklenburg-Western Pomerania', fr: 'Mecklembourg-Poméranie-Occidentale', ko: '메클렌부르크포어포메른' })
	],
	bonn: [
		city('Bonn', [7.12, 50.69], KREISE, 'GEN', { ko: '본' }),
		land('Nordrhein-Westfalen', [7.5, 51.1], { en: 'North Rhine-Westphalia', fr: 'Rhénanie-du-Nord-Westphalie', ko: '노르트라인베스트팔렌' }),
		land('Rheinland-Pfalz', [7.3, 50.15], { en: 'Rhineland-Palatinate', fr: 'Rhénanie-Palatinat', ko: '라인란트팔츠' }),
		land('Hessen', [8.9, 50.35], { en: 'Hesse', fr: 'Hesse', ko: '헤센' })
	],
	evry: [ESSONNE],
	paris: [
		city('Paris', [2.345, 48.862], COMMUNES, 'name', { ko: '파리' }),
		ESSONNE
	]
};

export const areaLabels = (chapterId: string): readonly AreaLabel[] => AREA_LABELS[chapterId] ?? [];

/** The name a reader of `locale` knows the area by. */
export function areaName(area: AreaLabel, locale: Locale): string {
	return area.names?.[locale] ?? area.name;
}
