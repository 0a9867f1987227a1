// Chart 1, learning-city milestones 1999–2025: one row per city, one mark per milestone on a shared YEAR axis
// (all three measures are years, so they share a scale honestly). A milestone no source reports is a "not
// reported" mark in its own column, never a year. The trip (13 Nov 2022) is a reference line.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { FIGURES } from '../story/figures';
import type { Figure } from '../story/types';
import { mainFigureIn, place } from './cities';

export const MILESTONE_MEASURES = ['nationalLlcDesignated', 'gnlcJoined', 'learningCityAward'] as const;
export type MilestoneMeasure = (typeof MILESTONE_MEASURES)[number];

/** The axis runs from Gwangmyeong's 1999 declaration to the end of 2025 (Anseong joined the GNLC in Dec 2025). */
export const YEAR_DOMAIN: [number, number] = [1999, 2026];
/** The delegation's first day in Europe, 13 November 2022, as a fractional year. */
export const TRIP_DATE = '2022-11-13';

export interface MilestoneMark {
	/** The figure's id: unique, stable, used as the mark's key and in tests. */
	id: string;
	placeId: string;
	measure: MilestoneMeasure;
	figure: Figure;
	/** Position on the year axis (fractional year), or null when not reported. */
	at: number | null;
}

export interface MilestoneRow {
	placeId: string;
	country: string;
	marks: MilestoneMark[];
	/** GNLC membership starts here (fractional year), or null. */
	gnlcFrom: number | null;
	/** Was the city a GNLC member on the trip's first day? */
	memberAtTrip: boolean;
}

/**
 * A date as a fractional year: '2016' -> 2016.5 (mid-year: only the year is known), '2016-05' -> May's middle,
 * '2024-02-14' -> that day. `year` overrides the year part (a figure's value is the year; asOf may be 'undated').
 */
export function fractionalYear(date: string, year?: number): number | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	const y = year ?? (m ? Number(m[1]) : NaN);
	if (!Number.isFinite(y)) return null;
	if (!m || Number(m[1]) !== y || m[2] === undefined) return y + 0.5;
	const month = Number(m[2]) - 1;
	const day = m[3] === undefined ? 15 : Number(m[3]);
	return y + (month + (day - 1) / 31) / 12;
}

export const TRIP_AT = fractionalYear(TRIP_DATE)!;

export function milestoneRows(placeIds: readonly string[], figures: readonly Figure[] = FIGURES): MilestoneRow[] {
	return placeIds.map((placeId) => {
		const marks: MilestoneMark[] = [];
		for (const measure of MILESTONE_MEASURES) {
			const figure = mainFigureIn(figures, placeId, measure);
			// No record at all (a European city has no Korean designation): nothing to show, not "not reported".
			if (!figure) continue;
			marks.push({
				id: figure.id,
				placeId,
				measure,
				figure,
				at: figure.value === null ? null : fractionalYear(figure.asOf, figure.value)
			});
		}
		const gnlc = marks.find((m) => m.measure === 'gnlcJoined');
		const gnlcFrom = gnlc?.at ?? null;
		return {
			placeId,
			country: place(placeId)?.country ?? '',
			marks,
			gnlcFrom,
			memberAtTrip: gnlcFrom !== null && gnlcFrom <= TRIP_AT
		};
	});
}

export interface MilestoneLayoutOptions {
	width: number;
	/** Pixel size of the chart's small text; the layout scales with it (the kiosk's large type). */
	fontPx?: number;
	/** The trip label's width in px (estimated by the caller from its text), so it can stay inside the chart. */
	tripLabelWidth?: number;
}

export interface PlacedMark extends MilestoneMark {
	cx: number;
	cy: number;
}

export interface MilestoneLayout {
	width: number;
	height: number;
	/** City names sit left of the rows (wide) or above each row (narrow, `stacked`). */
	stacked: boolean;
	labelWidth: number;
	plotLeft: number;
	plotRight: number;
	/** Left edge and width of the "not reported" column. */
	missingX: number;
	top: number;
	/** Baseline of the year ticks and the "not reported" head. */
	tickY: number;
	/** The trip's label sits in a band of its own above the ticks, so it never overprints a year. */
	tripLabelX: number;
	tripLabelY: number;
	tripAnchor: 'start' | 'end';
	rowHeight: number;
	x: ScaleLinear<number, number>;
	ticks: number[];
	tripX: number;
	rows: { row: MilestoneRow; rowTop: number; y: number; labelY: number; marks: PlacedMark[] }[];
}

/** Vertical offset of each measure's lane inside a row, in units of the font size. */
const LANE: Record<MilestoneMeasure, number> = { nationalLlcDesignated: -0.75, gnlcJoined: 0, learningCityAward: 0.75 };

export function milestoneLayout(rows: readonly MilestoneRow[], options: MilestoneLayoutOptions): MilestoneLayout {
	// No minimum width: the chart fits the column it is given, down to a 280 px phone (issue 12 item 8).
	const width = Math.max(120, options.width);
	const f = options.fontPx ?? 13;
	const stacked = width < 34 * f;
	const labelWidth = stacked ? 0 : Math.min(13 * f, width * 0.26);
	const missingWidth = 6.5 * f;
	const plotLeft = labelWidth + f * 0.75;
	const plotRight = width - missingWidth - f * 0.75;
	// Two bands above the rows: the trip's label, then the year ticks.
	const tripLabelY = 1.1 * f;
	const tickY = 2.6 * f;
	const top = 3.4 * f;
	const labelBand = stacked ? 1.5 * f : 0;
	const rowHeight = labelBand + 2.6 * f;
	const x = scaleLinear().domain(YEAR_DOMAIN).range([plotLeft, plotRight]);
	const ticks = width < 30 * f ? [2000, 2010, 2020] : [2000, 2005, 2010, 2015, 2020, 2025];
	const missingX = plotRight + f * 0.75;
	const tripX = x(TRIP_AT);
	const tripLabelWidth = options.tripLabelWidth ?? 9 * f;
	// Left of the trip line when it fits, else right of it, never past the chart's right edge.
	const fitsLeft = tripX - 0.3 * f - tripLabelWidth >= 0;
	const placed = rows.map((row, i) => {
		const rowTop = top + i * rowHeight;
		const y = rowTop + labelBand + 1.3 * f;
		return {
			row,
			rowTop,
			y,
			labelY: stacked ? rowTop + 1.1 * f : y + 0.35 * f,
			marks: row.marks.map((m) => ({
				...m,
				// "Not reported" marks sit ON their city's track, side by side in their column (not in lanes).
				cx: m.at === null ? missingX + f * (0.9 + 1.7 * MILESTONE_MEASURES.indexOf(m.measure)) : x(m.at),
				cy: m.at === null ? y : y + LANE[m.measure] * f
			}))
		};
	});
	return {
		width,
		height: top + rows.length * rowHeight + 0.5 * f,
		stacked,
		labelWidth,
		plotLeft,
		plotRight,
		missingX,
		top,
		tickY,
		tripLabelX: fitsLeft ? tripX - 0.3 * f : Math.max(0, Math.min(tripX + 0.3 * f, width - tripLabelWidth)),
		tripLabelY,
		tripAnchor: fitsLeft ? 'end' : 'start',
		rowHeight,
		x,
		ticks,
		tripX,
		rows: placed
	};
}
