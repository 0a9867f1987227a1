import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { buildDrawnBasemap } from './src/lib/drawn/drawn-basemap';

/**
 * `virtual:drawn-basemap`: the drawn map's outlines, computed from static/geo at build time (drawn-basemap.ts),
 * so the TopoJSON never ships to the client for the first paint, only ~40 KB of path strings.
 */
function drawnBasemap(): Plugin {
	const id = 'virtual:drawn-basemap';
	const files = ['world', 'korea', 'europe'].map((name) => `static/geo/${name}.topo.json`);
	return {
		name: 'lcj-drawn-basemap',
		resolveId: (source) => (source === id ? '\0' + id : null),
		load(resolved) {
			if (resolved !== '\0' + id) return null;
			for (const file of files) this.addWatchFile(file);
			const [world, korea, europe] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
			return `export default ${JSON.stringify(buildDrawnBasemap({ world, korea, europe }))};`;
		}
	};
}

/** Absolute URLs (oEmbed, Open Graph, the embed snippets) need the site's origin; set it when building for a host. */
const SITE_ORIGIN = (process.env.PUBLIC_SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '');

export default defineConfig({
	plugins: [drawnBasemap(), sveltekit()],
	define: { __SITE_ORIGIN__: JSON.stringify(SITE_ORIGIN) },
	preview: { port: 4173, strictPort: true },
	test: {
		// Unit tests sit beside the code; e2e tests (*.e2e.ts) are Playwright's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
