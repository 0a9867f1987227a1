import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { buildDrawnBasemap } from './src/lib/drawn/drawn-basemap';
import { assertValidCatalogs, compileCatalog, partOf, readCatalogs, CATALOG_PARTS, MESSAGES_DIR, type CatalogPart } from './src/lib/i18n/compile';
import { isLocale, LOCALES } from './src/lib/i18n/locales';
import { siteCodePoints, usedFaces } from './src/lib/fonts/used-faces';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
 * `virtual:lcj-fonts/<package>.css`: a Fontsource package's @font-face rules, only those whose unicode ranges hold a
 * character of the site's text (used-faces.ts). The module resolves to a file beside the package's own
 * stylesheet, so its relative `url(./files/...)` resolve as they do there.
 */
function usedFontFaces(): Plugin {
	const prefix = 'virtual:lcj-fonts/';
	const FILE = 'lcj-used-faces.css';
	const require = createRequire(import.meta.url);
	let points: Set<number> | undefined;
	return {
		name: 'lcj-used-font-faces',
		enforce: 'pre',
		resolveId(source) {
			if (!source.startsWith(prefix)) return null;
			const name = source.slice(prefix.length).replace(/\.css$/, '');
			return join(dirname(require.resolve(`@fontsource-variable/${name}/package.json`)), FILE);
		},
		load(id) {
			if (!id.endsWith(`/${FILE}`)) return null;
			points ??= siteCodePoints('src', LOCALES);
			const faces = usedFaces(readFileSync(join(dirname(id), 'index.css'), 'utf8'), points);
			if (faces.length === 0) throw new Error(`${id}: no @font-face covers the site's text`);
			return faces.map((face) => face.css).join('\n');
		}
	};
}

/** Absolute URLs (oEmbed, Open Graph, the embed snippets) need the site's origin; set it when building for a host. */
const SITE_ORIGIN = (process.env.PUBLIC_SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '');

export default defineConfig({
	plugins: [messageCatalogs(), drawnBasemap(), usedFontFaces(), sveltekit()],
	define: { __SITE_ORIGIN__: JSON.stringify(SITE_ORIGIN) },
	preview: { port: 4173, strictPort: true },
	test: {
		// Unit tests sit beside the code; e2e tests (*.e2e.ts) are Playwright's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Components' translators are synchronous: the tests load every locale once, as a page's layout does.
		setupFiles: ['src/lib/i18n/test-setup.ts']
	}
});
