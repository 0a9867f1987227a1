import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildDrawnBasemap } from './src/lib/drawn/drawn-basemap';
import { shapeOf } from './src/lib/drawn/basemap-outlines';
import { assertValidCatalogs, compileCatalog, partOf, readCatalogs, CATALOG_PARTS, MESSAGES_DIR, type CatalogPart } from './src/lib/i18n/compile';
import { isLocale, LOCALES } from './src/lib/i18n/locales';
import { siteCodePoints, usedFaces } from './src/lib/fonts/used-faces';
import { cutFaces, hangulOutsideKorean, NAMES_FAMILY } from './src/lib/fonts/cut-faces';
import { mapStylesheet } from './src/lib/map/maplibre-css';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `virtual:drawn-basemap`: the drawn map's outlines, computed from static/geo at build time (drawn-basemap.ts),
 * so the TopoJSON never ships to the client for the first paint, only ~40 KB of path strings. The server renders
 * them into the HTML; the browser's copy holds only their shape and reads the paths back from the page
 * (basemap-outlines.ts). `virtual:drawn-basemap/outlines`: the whole outlines, for views the HTML did not hold.
 */
function drawnBasemap(): Plugin {
	const ids = ['virtual:drawn-basemap', 'virtual:drawn-basemap/outlines'];
	const files = ['world', 'korea', 'europe'].map((name) => `static/geo/${name}.topo.json`);
	return {
		name: 'lcj-drawn-basemap',
		resolveId: (source) => (ids.includes(source) ? '\0' + source : null),
		load(resolved, options) {
			if (!ids.some((id) => resolved === '\0' + id)) return null;
			for (const file of files) this.addWatchFile(file);
			const [world, korea, europe] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
			const basemap = buildDrawnBasemap({ world, korea, europe });
			const server = options?.ssr ?? this.environment?.config.consumer === 'server';
			const shapeOnly = resolved === '\0' + ids[0] && !server;
			return `export default ${JSON.stringify(shapeOnly ? shapeOf(basemap) : basemap)};`;
		}
	};
}

/**
 * `virtual:lcj-messages/<locale>`: one locale's catalog, checked against English (a missing key, an invalid ICU
 * message or a placeholder unlike English stops the build) and pre-parsed to ICU ASTs. intl-messageformat's own
 * import of the parser is pointed at the parser-less build, so no page ships the ICU parser.
 */
function messageCatalogs(): Plugin {
	const prefix = 'virtual:lcj-messages/';
	return {
		name: 'lcj-message-catalogs',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source.startsWith(prefix)) return '\0' + source;
			if (source === '@formatjs/icu-messageformat-parser' && importer?.includes('intl-messageformat')) {
				return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, { skipSelf: true });
			}
			return null;
		},
		load(resolved) {
			if (!resolved.startsWith('\0' + prefix)) return null;
			// virtual:lcj-messages/<locale>/<part>: one part of one locale's catalog (compile.ts CATALOG_PARTS).
			const [locale, part] = resolved.slice(prefix.length + 1).split('/');
			if (!isLocale(locale)) throw new Error(`No such locale: ${locale}`);
			if (!CATALOG_PARTS.includes(part as CatalogPart)) throw new Error(`No such catalog part: ${part}`);
			this.addWatchFile(`${MESSAGES_DIR}/${locale}.json`);
			const catalogs = readCatalogs();
			assertValidCatalogs(catalogs);
			return `export default ${JSON.stringify(compileCatalog(partOf(catalogs[locale], part as CatalogPart)))};`;
		}
	};
}

/**
 * `virtual:lcj-fonts/<package>.css` (noto-sans-kr, noto-serif-kr): the package's @font-face rules that hold a
 * character of the site's text (used-faces.ts), each file cut to those characters (cut-faces.ts).
 * `virtual:lcj-fonts/hangul-names.css`: the Hangul that pages in other languages show, cut on its own.
 * The cut files are written to node_modules/.cache/lcj-fonts beside the module's id, so Vite hashes and emits
 * them like any file a stylesheet points to.
 */
function siteFonts(): Plugin {
	const prefix = 'virtual:lcj-fonts/';
	const require = createRequire(import.meta.url);
	const dir = join(process.cwd(), 'node_modules/.cache/lcj-fonts');
	const packageDir = (name: string) => dirname(require.resolve(`@fontsource-variable/${name}/package.json`));
	const stylesheet = (pkg: string) => readFileSync(join(packageDir(pkg), 'index.css'), 'utf8');
	let points: Set<number> | undefined;
	const cut = (name: string) => {
		if (name === 'hangul-names') {
			const css = stylesheet('noto-sans-kr');
			return cutFaces(css, join(packageDir('noto-sans-kr'), 'files'), hangulOutsideKorean('src'), {
				suffix: 'names',
				family: NAMES_FAMILY
			});
		}
		points ??= siteCodePoints('src', LOCALES);
		const css = usedFaces(stylesheet(name), points).map((face) => face.css).join('\n');
		if (!css) throw new Error(`${name}: no @font-face covers the site's text`);
		return cutFaces(css, join(packageDir(name), 'files'), points, { suffix: 'site' });
	};
	// Each stylesheet is cut and its files written once per build, whichever of its builds (client, server) asks.
	const cuts = new Map<string, Promise<string>>();
	const cutAndWrite = async (name: string) => {
		const faces = await cut(name);
		mkdirSync(dir, { recursive: true });
		for (const face of faces) writeFileSync(join(dir, face.file), face.bytes);
		return faces.map((face) => face.css).join('\n');
	};
	return {
		name: 'lcj-site-fonts',
		enforce: 'pre',
		resolveId: (source) => (source.startsWith(prefix) ? join(dir, source.slice(prefix.length)) : null),
		async load(id) {
			if (!id.startsWith(dir + '/') || !id.endsWith('.css')) return null;
			const name = id.slice(dir.length + 1).replace(/\.css$/, '');
			if (!cuts.has(name)) cuts.set(name, cutAndWrite(name));
			return cuts.get(name)!;
		}
	};
}

/** MapLibre's stylesheet without the rules of controls, popups and location dots the page never adds (maplibre-css.ts). */
function maplibreCss(): Plugin {
	return {
		name: 'lcj-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			return id.split('?')[0]!.endsWith('maplibre-gl/dist/maplibre-gl.css') ? mapStylesheet(code) : null;
		}
	};
}

/** Absolute URLs (oEmbed, Open Graph, the embed snippets) need the site's origin; set it when building for a host. */
const SITE_ORIGIN = (process.env.PUBLIC_SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '');

export default defineConfig({
	plugins: [messageCatalogs(), drawnBasemap(), siteFonts(), maplibreCss(), sveltekit()],
	define: { __SITE_ORIGIN__: JSON.stringify(SITE_ORIGIN) },
	// A font inlined into the stylesheet would be downloaded by every page, whether it shows those glyphs or not
	// (the cut Hangul files are 1-6 KB, under Vite's 4 KB default for some): fonts stay files.
	build: { assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined) },
	preview: { port: 4173, strictPort: true },
	test: {
		// Unit tests sit beside the code; e2e tests (*.e2e.ts) are Playwright's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Components' translators are synchronous: the tests load every locale once, as a page's layout does.
		setupFiles: ['src/lib/i18n/test-setup.ts']
	}
});
