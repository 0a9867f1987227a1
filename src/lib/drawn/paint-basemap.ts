// The drawn map's basemap (water, land, borders, the visited cities' outlines) painted into a 2D canvas, for the
// seconds while MapLibre loads (DrawnMap.svg.svelte, `raster`). Why not the SVG: the same outlines as SVG paths
// are rasterised by the GPU process, and under software GL the frame that first shows them held it 350-660 ms,
// with MapLibre's context and shader compiles queued behind (docs/PERFORMANCE.md, "The drawn map's basemap as a
// canvas"). A CPU-backed canvas is drawn in a few ms and composited as one bitmap; since stop 34 it is drawn in a
// worker (paint-worker.ts, started by basemap-painter.ts), so the main thread does not pay even that.
// The SVG keeps the route, stops and labels (text, cheap), and the whole basemap again for the fallback and print.
import type { DrawnBasemap, DrawnLayer } from './drawn-basemap';
import type { WorldMatrix } from './projection';

/** Stroke widths in rem, the same as DrawnMap.svg.svelte's CSS (non-scaling strokes there). */
export const STROKE_REM = { coast: 0.04688, borders: 0.0375, cities: 0.07812 } as const;
/** The cities' fill opacity, Korea's and Europe's, as in DrawnMap.svg.svelte's CSS. */
export const CITY_FILL_OPACITY = { korea: 0.6, europe: 0.45 } as const;

/** The design tokens the basemap is painted in (read from the page's CSS custom properties). */
export interface BasemapColors {
	water: string;
	land: string;
	coast: string;
	border: string;
	korea: string;
	koreaSoft: string;
	europe: string;
	europeSoft: string;
}

export interface BasemapPaint {
	/** The canvas's CSS size, and its device pixels per CSS px. */
	width: number;
	height: number;
	dpr: number;
	/** One matrix per world copy in view (projection.ts worldMatrix). */
	copies: WorldMatrix[];
	/** Up close (zoom >= 8.5) the background is land and only the cities are drawn, as in the SVG. */
	closeUp: boolean;
	/** Near Korea only Korea's finer coast, as in the SVG. */
	fineKorea: boolean;
	colors: BasemapColors;
	/** The root font size in px: strokes are in rem, like the rest of the map's lines. */
	rem: number;
}

/** The context calls the painter uses: a CanvasRenderingContext2D, or a recorder in the unit tests. */
export type PaintContext = Pick<
	CanvasRenderingContext2D,
	'setTransform' | 'fillRect' | 'fill' | 'stroke' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'globalAlpha'
>;

// Parsing a path string is the slow part of a paint (the world's land is about 100 KB of path data): each is parsed
// once per page, the first time it is painted.
const parsed = new Map<string, Path2D>();
function path2d(d: string, make: (d: string) => Path2D): Path2D {
	let p = parsed.get(d);
	if (!p) parsed.set(d, (p = make(d)));
	return p;
}

/**
 * Paints the basemap for one camera. `makePath` builds a Path2D from SVG path data (the browser's constructor;
 * injectable for the unit tests, which have no canvas).
 */
export function paintBasemap(
	ctx: PaintContext,
	basemap: DrawnBasemap,
	paint: BasemapPaint,
	makePath: (d: string) => Path2D = (d) => new Path2D(d)
): void {
	const { dpr, colors, rem } = paint;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.globalAlpha = 1;
	ctx.fillStyle = paint.closeUp ? colors.land : colors.water;
	ctx.fillRect(0, 0, paint.width, paint.height);
	ctx.lineJoin = 'round';

	// One layer in one world copy: its units are 1/scale world unit, so the copy's matrix is scaled by 1/scale.
	// Strokes keep their width on screen (the SVG's vector-effect: non-scaling-stroke): the matrix is a uniform
	// scale, so a width of px / s path units is px CSS px.
	const draw = (m: WorldMatrix, layer: DrawnLayer, style: { fill?: string; alpha?: number; stroke?: string; strokeRem?: number }) => {
		const s = m.k / layer.scale;
		ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * m.dx, dpr * m.dy);
		const p = path2d(layer.d, makePath);
		if (style.fill) {
			ctx.globalAlpha = style.alpha ?? 1;
			ctx.fillStyle = style.fill;
			ctx.fill(p);
			ctx.globalAlpha = 1;
		}
		if (style.stroke && style.strokeRem) {
			ctx.strokeStyle = style.stroke;
			ctx.lineWidth = (style.strokeRem * rem) / s;
			ctx.stroke(p);
		}
	};

	for (const m of paint.copies) {
		if (!paint.closeUp) {
			if (!paint.fineKorea) draw(m, basemap.land, { fill: colors.land, stroke: colors.coast, strokeRem: STROKE_REM.coast });
			draw(m, basemap.koreaLand, { fill: colors.land, stroke: colors.coast, strokeRem: STROKE_REM.coast });
			draw(m, basemap.borders, { stroke: colors.border, strokeRem: STROKE_REM.borders });
		}
		for (const city of basemap.cities.paths) {
			const korea = city.region === 'korea';
			draw(
				m,
				{ d: city.d, scale: basemap.cities.scale },
				{
					fill: korea ? colors.koreaSoft : colors.europeSoft,
					alpha: CITY_FILL_OPACITY[city.region],
					stroke: korea ? colors.korea : colors.europe,
					strokeRem: STROKE_REM.cities
				}
			);
		}
	}
	ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** The basemap's colours from the page's design tokens, as the element sees them. */
export function basemapColors(style: CSSStyleDeclaration): BasemapColors {
	const v = (name: string) => style.getPropertyValue(name).trim();
	return {
		water: v('--color-water'),
		land: v('--color-land'),
		coast: v('--color-coast'),
		border: v('--color-border'),
		korea: v('--color-korea'),
		koreaSoft: v('--color-korea-soft'),
		europe: v('--color-europe'),
		europeSoft: v('--color-europe-soft')
	};
}
