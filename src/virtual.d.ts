// The drawn map's outlines, built from static/geo at build time by the plugin in vite.config.ts.
// In the browser its paths are empty: they are read back from the prerendered SVG (lib/drawn/basemap-outlines.ts).
declare module 'virtual:drawn-basemap' {
	const basemap: import('$lib/drawn/drawn-basemap').DrawnBasemap;
	export default basemap;
}
// The outlines with their paths, in their own chunk, for views the page's HTML did not hold.
declare module 'virtual:drawn-basemap/outlines' {
	const basemap: import('$lib/drawn/drawn-basemap').DrawnBasemap;
	export default basemap;
}

// One part of one locale's messages (virtual:lcj-messages/<locale>/<part>), checked and pre-parsed to ICU ASTs at
// build time by the plugin in vite.config.ts.
declare module 'virtual:lcj-messages/*' {
	const catalog: Record<string, string | import('@formatjs/icu-messageformat-parser').MessageFormatElement[]>;
	export default catalog;
}

/** Fontsource @font-face rules used by the site's text, their files cut to it (vite.config.ts siteFonts). */
declare module 'virtual:lcj-fonts/*';
