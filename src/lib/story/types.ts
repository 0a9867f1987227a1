// The shapes of the story's data. Everything a reader sees as a fact (a place, a date, a number) is one of
// these records, and every record points at the sources in sources.ts. validate.ts checks the whole set.

/** [longitude, latitude] in WGS84 degrees, the GeoJSON order. */
export type LonLat = [number, number];

/** The confidence column of facts.md, kept as written there. */
export type Confidence = 'high' | 'medium' | 'medium-low' | 'low-medium' | 'low' | 'not found';

/** The chapters of the story, in story order (docs/ARCHITECTURE.md, "The page contract"). */
export const CHAPTER_IDS = ['korea', 'flight', 'hamburg', 'bonn', 'evry', 'paris'] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export type CountryCode = 'KR' | 'DE' | 'FR';

export interface Source {
	id: string;
	title: string;
	/** BCP 47 language of `title` when it is not English (a title stays in its original language in every locale;
	 * bracketed titles are our English descriptions of Korean pages). */
	titleLang?: string;
	publisher: string;
	/** The address that was read (facts.md), or the canonical page where facts.md names one for a mirror. */
	url: string;
	/** Publication date of the page, ISO (YYYY, YYYY-MM or YYYY-MM-DD); 'undated' when the page gives none. */
	date: string;
	/** Set when `url` is a mirror or translation of a canonical page. */
	note?: string;
}

/**
 * - `delegation-city`: one of the seven Korean local governments whose heads travelled.
 * - `discrepancy-city`: listed by the source article but not in the delegation (Anyang); shown muted, with a note.
 * - `host-city`: a European city on the route (Hamburg, Bonn, Évry-Courcouronnes, Paris).
 * - `venue`: a building visited (city hall, UIL, Haus der Bildung, Learning Planet Institute, UNESCO HQ ...).
 * - `airport`: context only; no source names the flights (facts.md decision 5).
 */
export type PlaceKind = 'delegation-city' | 'discrepancy-city' | 'host-city' | 'venue' | 'airport';

export interface Person {
	/** As the person or UIL spells it, e.g. "Park Seung-won". */
	name: string;
	/** Hangul, for Korean office holders. */
	nameKo?: string;
	/** Strict Revised Romanization, where it differs from `name`. */
	nameRR?: string;
	/** Other spellings the sources use (e.g. UIL's "Ig-Hyeon Kweon"), so a reader can match them. */
	nameAlt?: string[];
	/** Catalog key of the role, e.g. 'role.mayor', 'role.countyHead', 'role.districtHead'. */
	roleKey: string;
	sourceIds: string[];
}

export interface Place {
	id: string;
	kind: PlaceKind;
	country: CountryCode;
	/** Latin name, the way English-language sources write it ("Seo-gu (Gwangju)", "Évry-Courcouronnes"). */
	name: string;
	/** Hangul name for Korean places. */
	nameKo?: string;
	lonLat: LonLat;
	/** True where facts.md gives only an estimate from a street address (decision 6): never zoom past 14 on it. */
	approximate: boolean;
	/** Uncertainty radius of `lonLat` in metres, when facts.md states one. */
	precisionM?: number;
	/** Where the coordinate comes from (sources); empty only for `approximate` estimates, explained in `coordNote`. */
	coordSourceIds: string[];
	coordConfidence: Confidence;
	coordNote?: string;
	/** The head of local government in November 2022 (cities) or the host who received the delegation (venues). */
	head?: Person;
	/** For venues: the host city's place id. */
	cityId?: string;
	/** Feature id of the municipal outline in static/geo (cities only). */
	outlineId?: string;
	/** Street address as the sources give it (venues, offices); shown on the data page. */
	address?: string;
	/** Sources for `address` (an address can be sourced even when the coordinate is only an estimate). */
	addressSourceIds?: string[];
	/** Catalog key of a note shown with the place (e.g. airports: "no source names the flights"). */
	noteKey?: string;
}

/** A measure we may show. Units are catalog keys so every language can say them. */
export type Measure =
	| 'population'
	| 'areaKm2'
	| 'gnlcJoined'
	| 'nationalLlcDesignated'
	| 'learningCityAward'
	| 'infrastructure';

export interface Figure {
	id: string;
	placeId: string;
	measure: Measure;
	/** The number as the source gives it; null when no source reports one ("not reported" in the app). */
	value: number | null;
	/** Catalog key of the unit, e.g. 'unit.people', 'unit.km2', 'unit.year', 'unit.centres'. */
	unitKey: string;
	/** When the figure is true of (not when it was published): ISO date or year, or a range "2018/2025". */
	asOf: string;
	/** Catalog key of a short label for `infrastructure` figures ("lifelong learning centres"). */
	labelKey?: string;
	/** Free English text kept verbatim from the source, e.g. "nearly 600". */
	quote?: string;
	/** true when the source says "about", "nearly", "more than". */
	approximateValue?: boolean;
	/**
	 * Which of those words the source uses, so the app can say it in any language: catalog key
	 * `qualifier.<qualifier>` with a `{value}` placeholder ("more than {value}"). Implies `approximateValue`.
	 */
	qualifier?: 'about' | 'nearly' | 'moreThan';
	sourceIds: string[];
	confidence: Confidence;
	/** Catalog key of a note (discrepancies, different definitions). */
	noteKey?: string;
	/**
	 * Id of the figure this one is an alternative to (same place and measure, other date or source).
	 * Charts use the figure without `alternativeTo`; the data page lists both.
	 */
	alternativeTo?: string;
	/** true when `asOf` is an approximate date ("c. 2024"): the source itself is undated. */
	asOfCirca?: boolean;
}

/** A camera framing a chapter ends in. The camera module fits it to the viewport with padding. */
export interface ChapterFrame {
	/** Places the chapter's end camera must contain. */
	placeIds: string[];
	/** Cap so approximate venues are never shown past their precision (decision 6). */
	maxZoom: number;
	bearing?: number;
	pitch?: number;
}

export interface Chapter {
	id: ChapterId;
	/** Dates the chapter covers, ISO; the rail shows them. */
	dateFrom: string;
	dateTo: string;
	/** Places marked in this chapter. */
	placeIds: string[];
	frame: ChapterFrame;
	/** Sources named in the chapter text. */
	sourceIds: string[];
}

/** A discrepancy between the source article and the evidence (facts.md T7), kept visible in a note. */
export interface Discrepancy {
	id: string;
	/** Catalog key of a short heading for the note. */
	titleKey?: string;
	/** Catalog keys for what the seed says, what sources say, and the verdict. */
	seedKey: string;
	evidenceKey: string;
	verdictKey: string;
	sourceIds: string[];
}

/**
 * A verbatim quote from a source. The text stays in its original language in every locale (it is a quote),
 * so it lives in the data, not the catalog; the speaker's role is translated through `roleKey`.
 */
export interface Quote {
	id: string;
	chapterId: ChapterId;
	/** Exactly as printed, without the surrounding quotation marks. */
	text: string;
	/** BCP 47 language of `text`. */
	lang: string;
	speaker: string;
	/** Catalog key of the speaker's role as the source gives it. */
	roleKey: string;
	/** The place the speaker speaks for, if any. */
	placeId?: string;
	sourceIds: string[];
	/** Catalog key of an editorial note, e.g. where the quote's claim differs from the evidence. */
	noteKey?: string;
}
