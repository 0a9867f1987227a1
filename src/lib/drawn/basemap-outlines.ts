// Where the drawn map's outlines come from in the browser (DrawnMap.svg.svelte). They are 41 KB of path strings,
// already in every page's HTML (the prerendered SVG, the first paint). Shipping them in the page's JavaScript too
// put them twice in the first load and made a fifth of the map chunk. So the browser's copy of
// `virtual:drawn-basemap` holds only their shape (scales, city ids) with every path empty; the component reads
// the paths back from the prerendered SVG as it hydrates (`fromPage`), and imports the full outlines
// (`virtual:drawn-basemap/outlines`, their own chunk) only when a view needs a path the page did not hold:
// a client-side navigation, or the world's land in the embed, which starts on Korea's finer coast.
import type { DrawnBasemap } from './drawn-basemap';

/** The single-path layers, as `data-layer` names them in the SVG. */
export const LAYERS = ['land', 'koreaLand', 'borders'] as const;
export type Layer = (typeof LAYERS)[number];

/** `shape` with each path the prerendered SVG (`world`, the `<g>` in its defs) holds. */
export function fromPage(shape: DrawnBasemap, world: Element | null): DrawnBasemap {
	if (!world) return shape;
	const d = (selector: string) => world.querySelector(selector)?.getAttribute('d') ?? '';
	const layer = (name: Layer) => ({ ...shape[name], d: shape[name].d || d(`path[data-layer="${name}"]`) });
	return {
		land: layer('land'),
		koreaLand: layer('koreaLand'),
		borders: layer('borders'),
		cities: {
			...shape.cities,
			paths: shape.cities.paths.map((city) => ({ ...city, d: city.d || d(`path[data-drawn-city="${city.id}"]`) }))
		}
	};
}

/** True when a view that draws `layers` (and the cities, always drawn) would miss a path. */
export function missesPaths(basemap: DrawnBasemap, layers: readonly Layer[]): boolean {
	return layers.some((name) => !basemap[name].d) || basemap.cities.paths.some((city) => !city.d);
}

/** The basemap with its paths emptied: what the browser's `virtual:drawn-basemap` holds (vite.config.ts). */
export function shapeOf(basemap: DrawnBasemap): DrawnBasemap {
	return {
		land: { ...basemap.land, d: '' },
		koreaLand: { ...basemap.koreaLand, d: '' },
		borders: { ...basemap.borders, d: '' },
		cities: { ...basemap.cities, paths: basemap.cities.paths.map((city) => ({ ...city, d: '' })) }
	};
}
