// The drawn map's outlines, built from static/geo at build time by the plugin in vite.config.ts.
declare module 'virtual:drawn-basemap' {
	const basemap: import('$lib/drawn/drawn-basemap').DrawnBasemap;
	export default basemap;
}
