// Chart 2, size: population and area, each on its own LOG scale (one panel per measure, never one axis for
// both). A log scale keeps Buan-gun (about 50,000 people) and Paris (about 2.2 million) both readable; every
// gridline is ten times the one before, and the chart says so. Each figure keeps its own date.
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { FIGURES } from '../story/figures';
import type { Figure } from '../story/types';
import { mainFigureIn, place } from './cities';

export const SIZE_MEASURES = ['population', 'areaKm2'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export interface SizePoint {
	id: string;
	placeId: string;
	country: string;
	measure: SizeMeasure;
	figure: Figure;
	value: number | null;
}

export interface SizePanel {
	measure: SizeMeasure;
	points: SizePoint[];
	domain: [number, number];
	/** No figure of the panel has a date (the areas): the chart says so once instead of on every row. */
	allUndated: boolean;
}

/**
 * The powers of ten around the values: [10^floor(log10 min), 10^ceil(log10 max)]. Non-positive and missing
 * values are ignored (a log scale has no zero, and "not reported" is not a number). No values: [1, 10].
 */
export function logDomain(values: readonly (number | null)[]): [number, number] {
	const positive = values.filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
	if (positive.length === 0) return [1, 10];
	const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
	let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
	if (hi <= lo) hi = lo * 10;
	return [lo, hi];
}

export function logScale(domain: [number, number], range: [number, number]): ScaleLogarithmic<number, number> {
	return scaleLog().domain(domain).range(range);
}

/** Gridlines: the powers of ten, plus 2x and 5x when the domain spans few decades (labels stay sparse). */
export function logTicks(domain: [number, number], withMinor = true): { value: number; major: boolean }[] {
	const ticks: { value: number; major: boolean }[] = [];
	const from = Math.round(Math.log10(domain[0]));
	const to = Math.round(Math.log10(domain[1]));
	for (let e = from; e <= to; e++) {
		const p = 10 ** e;
		ticks.push({ value: p, major: true });
		if (withMinor && e < to) for (const k of [2, 5]) ticks.push({ value: k * p, major: false });
	}
	return ticks;
}

export function sizePanels(placeIds: readonly string[], figures: readonly Figure[] = FIGURES): SizePanel[] {
	return SIZE_MEASURES.map((measure) => {
		const points: SizePoint[] = [];
		for (const placeId of placeIds) {
			const figure = mainFigureIn(figures, placeId, measure);
			if (!figure) continue;
			points.push({ id: figure.id, placeId, country: place(placeId)?.country ?? '', measure, figure, value: figure.value });
		}
		return {
			measure,
			points,
			domain: logDomain(points.map((p) => p.value)),
			allUndated: points.length > 0 && points.every((p) => p.figure.asOf === 'undated')
		};
	});
}

export interface SizeLayoutOptions {
	width: number;
	fontPx?: number;
}

export interface SizeLayout {
	width: number;
	height: number;
	/** Panels side by side (wide) or one above the other (narrow). */
	columns: 1 | 2;
	/** Narrow panels put the city name and the value on a line above each dot row. */
	stacked: boolean;
	labelWidth: number;
	rowHeight: number;
	panels: {
		panel: SizePanel;
		x0: number;
		y0: number;
		width: number;
		plotLeft: number;
		plotRight: number;
		/** Where the value text is anchored, and how (a column right of the plot, or right-aligned when stacked). */
		valueX: number;
		valueAnchor: 'start' | 'end';
		/** Top of the first row, bottom of the last: the gridlines' extent. */
		rowsTop: number;
		rowsBottom: number;
		scale: ScaleLogarithmic<number, number>;
		ticks: { value: number; major: boolean; x: number }[];
		points: (SizePoint & { cx: number | null; cy: number; labelY: number; valueY: number; rowTop: number })[];
	}[];
}

export function sizeLayout(panels: readonly SizePanel[], options: SizeLayoutOptions): SizeLayout {
	const width = Math.max(120, options.width);
	const f = options.fontPx ?? 13;
	const columns: 1 | 2 = width >= 60 * f ? 2 : 1;
	const gap = 2.5 * f;
	const panelWidth = columns === 2 ? (width - gap) / 2 : width;
	const stacked = panelWidth < 36 * f;
	const labelWidth = stacked ? 0 : Math.min(11 * f, panelWidth * 0.34);
	// Very narrow panels (a 280-375 px phone) give the value a line of its own under the city name.
	const twoLines = stacked && panelWidth < 26 * f;
	const rowHeight = twoLines ? 4.6 * f : stacked ? 3.1 * f : 2.5 * f;
	const head = (stacked ? 4.4 : 3.2) * f;
	const rows = Math.max(...panels.map((p) => p.points.length), 0);
	const panelHeight = head + rows * rowHeight + 1.5 * f;
	const placed = panels.map((panel, i) => {
		const x0 = columns === 2 ? i * (panelWidth + gap) : 0;
		const y0 = columns === 2 ? 0 : i * (panelHeight + f);
		// Wide: a value column right of the plot (the number and, unless the panel is undated, the date).
		const valueWidth = stacked ? 0 : (panel.allUndated ? 4.5 : 10.5) * f;
		const plotLeft = x0 + (stacked ? 0.6 * f : labelWidth + f * 0.5);
		const plotRight = x0 + panelWidth - (stacked ? 0.6 * f : valueWidth + 1.6 * f);
		const valueX = stacked ? x0 + panelWidth - 0.3 * f : plotRight + 1.6 * f;
		const scale = logScale(panel.domain, [plotLeft, plotRight]);
		const decades = Math.log10(panel.domain[1] / panel.domain[0]);
		const ticks = logTicks(panel.domain, decades <= 3 && plotRight - plotLeft > 16 * f).map((t) => ({
			...t,
			x: scale(t.value)
		}));
		const rowsTop = y0 + head;
		return {
			panel,
			x0,
			y0,
			width: panelWidth,
			plotLeft,
			plotRight,
			valueX,
			valueAnchor: (stacked ? 'end' : 'start') as 'start' | 'end',
			rowsTop,
			rowsBottom: rowsTop + panel.points.length * rowHeight,
			scale,
			ticks,
			points: panel.points.map((p, j) => {
				const rowTop = rowsTop + j * rowHeight;
				const cy = twoLines ? rowTop + 3.65 * f : stacked ? rowTop + 2.15 * f : rowTop + rowHeight / 2;
				const labelY = stacked ? rowTop + 1.05 * f : cy + 0.35 * f;
				const valueY = twoLines ? labelY + 1.45 * f : labelY;
				return {
					...p,
					cx: p.value === null || p.value <= 0 ? null : scale(p.value),
					cy,
					labelY,
					valueY,
					rowTop
				};
			})
		};
	});
	return {
		width,
		height: columns === 2 ? panelHeight : panels.length * (panelHeight + f),
		columns,
		stacked,
		labelWidth,
		rowHeight,
		panels: placed
	};
}
