// The layout numbers shared by the CSS and the camera (journey/camera.ts keeps the map's subject clear of the
// text panel and the control bar, so both must agree). CSS reads them as custom properties (layoutToCss, in
// :root via hooks.server.ts). Media queries cannot read custom properties: every `@media` width in src/ must be
// one of `breakpoint` below, which layout.test.ts checks.

/** Viewport widths in CSS px where the layout changes (`min-width: N` / `max-width: N - 1`). */
export const breakpoint = {
	/** Below: one compact label line on the map. */
	phone: 600,
	/** Below: text as a bottom sheet and the control bar on top; at and above: a side panel, the bar below. */
	panel: 900,
	/** Kiosk-size screens (4K): the root font grows with the width, so everything in rem scales. */
	big: 2400,
	/** /data's table and the fact cards go to two columns. */
	twoColumn: 700,
	/** The embed's map box gets wider aspects at these widths. */
	embedMedium: 560,
	embedWide: 1000
} as const;

/** Fixed sizes in CSS px. */
export const layoutPx = {
	/** The story's control bar (StoryNav in its dock): at the top of phones, at the bottom of wide screens. */
	navDock: 76,
	/** Margin on the sides without a panel (map controls, the screen edge). */
	edgeMargin: 16,
	/** Space between the panel and the map's useful area. */
	panelGap: 24
} as const;

/** The text column's width in rem (ChapterCard, the intro) and its left margin's bounds. */
export const panelRem = { width: 30, marginMin: 1, marginMax: 3 } as const;
/** The side panel never takes more than this fraction of the width; the bottom sheet this fraction of the height. */
export const PANEL_WIDTH_FRACTION = 0.4;
export const SHEET_HEIGHT_FRACTION = 0.5;

/** The root font size everywhere below the big-screen breakpoint. */
const BASE_FONT_PX = 16;

/** The root font size in px at a viewport width: 16, and on big screens 1/120 of the width within 24..40. */
export function rootFontPx(width: number): number {
	return width >= breakpoint.big ? Math.min(40, Math.max(24, width / 120)) : BASE_FONT_PX;
}

/** How many times the base size the rem is at this width (1, up to 2.5 on big screens): the factor the maps'
 * lines, dots and labels grow by, with the text around them. */
export function remScale(width: number): number {
	return rootFontPx(width) / BASE_FONT_PX;
}

/** The text panel's extent from the left edge in px (card + its margin), as the CSS lays it out. */
export function panelExtentPx(width: number): number {
	const rem = rootFontPx(width);
	const margin = Math.min(panelRem.marginMax * rem, Math.max(panelRem.marginMin * rem, 0.03 * width));
	return Math.round(Math.min(panelRem.width * rem, PANEL_WIDTH_FRACTION * width) + margin);
}

/** Custom properties for :root, e.g. `--layout-nav-dock: 76px;`. */
export function layoutToCss(): string {
	const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
	return Object.entries(layoutPx)
		.map(([name, px]) => `--layout-${kebab(name)}: ${px}px;`)
		.join('');
}
