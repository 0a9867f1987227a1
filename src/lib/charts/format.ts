// The figure formatter lives in lib/present/figure-text.ts (one formatter for charts, /data, downloads, kiosk);
// re-exported here for the chart code that imports it from its own folder.
import type { Figure } from '../story/types';
import { formatAsOf, formatValue, type T } from '$lib/present/figure-text';

export * from '$lib/present/figure-text';

/** A data-table cell: "value (date)", or a dash where the chart has no figure. */
export function figureCell(t: T, figure: Figure | undefined, locale: string): string {
	return figure ? `${formatValue(t, figure, locale)} (${formatAsOf(t, figure, locale)})` : '—';
}
