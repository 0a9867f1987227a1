import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A hosted basemap (PUBLIC_MAP_STYLE_URL, README) must be reachable: its origin joins connect-src and img-src.
// Its tiles may come from further hosts; list them in PUBLIC_MAP_EXTRA_ORIGINS (space-separated) if so.
// (Origins from the environment are plain strings; kit's Csp.Source type only knows literal host patterns.)
const mapOrigins = /** @type {any[]} */ ([
	...(process.env.PUBLIC_MAP_STYLE_URL ? [new URL(process.env.PUBLIC_MAP_STYLE_URL).origin] : []),
	...(process.env.PUBLIC_MAP_EXTRA_ORIGINS ?? '').split(/\s+/).filter(Boolean)
]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; 404.html is the static host's fallback for unknown paths.
		// precompress: .br and .gz beside each text file; scripts/serve.ts (and nginx gzip_static) send them.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', precompress: true, strict: true }),
		// /oembed.json (per language) and /sitemap.xml are linked only from <link> tags with absolute URLs, which the crawler does not follow.
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/oembed.json', '/ko/oembed.json', '/de/oembed.json', '/fr/oembed.json', '/sitemap.xml'] },
		// The service worker is registered by src/lib/offline/register.ts (guarded, and after the first view).
		serviceWorker: { register: false },
		// Content Security Policy, written by SvelteKit into every prerendered page as a <meta> tag, with the
		// hashes of its own inline bootstrap script ('hash' mode works with prerendering; 'nonce' does not).
		// Our own origin only, plus:
		//  - blob: for workers (MapLibre can spawn its worker from a blob URL) and images (MapLibre's sprites);
		//  - data: images (inline SVG icons in CSS);
		//  - style-src 'unsafe-inline': Svelte writes style="" attributes (StoryNav's --fraction, app.html's
		//    wrapper, the tokens <style> in app.html) and MapLibre's CSS expects them; styles cannot run code, and
		//    CSP cannot hash style attributes. SvelteKit adds no style hashes while 'unsafe-inline' is present
		//    (a hash would make browsers ignore 'unsafe-inline').
		// frame-ancestors is ignored in <meta>: a host that wants it must send it as a header (README, /embed-code).
		// A service worker (worker-src 'self') and the web manifest are covered.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...mapOrigins],
				'font-src': ['self'],
				'connect-src': ['self', ...mapOrigins],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
