// The one description of the HTTP headers the built site wants, used by our server (scripts/serve.ts) and
// written by the build as build/_headers (Netlify, Cloudflare Pages) and build/nginx.conf.example
// (scripts/deploy/write-headers.ts). Change a header here and every place that serves the site follows.
import svelteConfig from '../../svelte.config.js';

/** Who may frame the site: `*` (any news site may embed it) unless FRAME_ANCESTORS says otherwise. */
export const frameAncestors = (env: NodeJS.ProcessEnv = process.env) => env.FRAME_ANCESTORS?.trim() || '*';

/** Headers every response carries. */
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	// Full URL to our own pages, only the origin to others (the embed's host learns nothing about our paths).
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// A public static site. An embed in <iframe sandbox="allow-scripts"> has an opaque origin, so its module
	// scripts, fonts and data are cross-origin requests: without this it could not even start.
	'Access-Control-Allow-Origin': '*'
};

export const CACHE = {
	/** Hashed file names: a new build has new names, so a copy may be kept for a year. */
	immutable: 'public, max-age=31536000, immutable',
	/** Pages, the service worker and unhashed static files: always ask the server (cheap 304s with ETags). */
	revalidate: 'public, max-age=0, must-revalidate'
} as const;

/**
 * Content types by extension where servers' defaults differ or lack one (tiles, the basemap, the downloads).
 * `.pbf` vector tiles and `.pmtiles` archives are binary; a pre-gzipped tile also needs Content-Encoding: gzip.
 */
export const MIME_TYPES: Record<string, string> = {
	pbf: 'application/x-protobuf',
	mvt: 'application/vnd.mapbox-vector-tile',
	pmtiles: 'application/octet-stream',
	json: 'application/json; charset=utf-8',
	geojson: 'application/geo+json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	webmanifest: 'application/manifest+json; charset=utf-8'
};

const quoteKeyword = (source: string) =>
	/^(self|none|unsafe-inline|unsafe-eval|strict-dynamic|unsafe-hashes|wasm-unsafe-eval|report-sample)$/.test(source) ||
	/^(sha256|sha384|sha512|nonce)-/.test(source)
		? `'${source}'`
		: source;

/** kit.csp's directives (svelte.config.js) as a header value: the policy of responses that are not pages. */
export function baseCsp(env: NodeJS.ProcessEnv = process.env): string {
	const directives = (svelteConfig.kit?.csp?.directives ?? {}) as Record<string, string[] | undefined>;
	const parts = Object.entries(directives)
		.filter(([, sources]) => Array.isArray(sources) && sources.length > 0)
		.map(([name, sources]) => `${name} ${sources!.map(quoteKeyword).join(' ')}`);
	return withFrameAncestors(parts.join('; '), env);
}

/**
 * A page's own policy is the <meta> SvelteKit wrote into it (kit.csp plus the hash of that page's inline
 * bootstrap script); the header repeats it, adding frame-ancestors, which browsers ignore in a <meta>.
 */
export function pageCsp(html: string, env: NodeJS.ProcessEnv = process.env): string | null {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return meta ? withFrameAncestors(meta[1]!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&'), env) : null;
}

function withFrameAncestors(policy: string, env: NodeJS.ProcessEnv): string {
	const ancestors = frameAncestors(env);
	return `${policy.replace(/;?\s*frame-ancestors[^;]*/i, '')}; frame-ancestors ${ancestors}`;
}

export const extensionOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** The cache policy of a path as requested (`/kiosk`, `/_app/immutable/x.js`, `/service-worker.js`). */
export function cacheControl(path: string): string {
	return path.startsWith('/_app/immutable/') ? CACHE.immutable : CACHE.revalidate;
}

/** Every header a response for `path` carries; `csp` is the page's policy (pageCsp) or, for other files, baseCsp. */
export function headersFor(path: string, csp: string): Record<string, string> {
	const headers: Record<string, string> = {
		...SECURITY_HEADERS,
		'Content-Security-Policy': csp,
		'Cache-Control': cacheControl(path)
	};
	const type = MIME_TYPES[extensionOf(path)];
	if (type) headers['Content-Type'] = type;
	return headers;
}

/** A built page file (`kiosk.html`, `ko/data.html`, `index.html`) and the URL paths it answers. */
export function pagePaths(file: string): string[] {
	const path = '/' + file.replace(/\\/g, '/');
	if (path === '/index.html') return ['/', '/index.html'];
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path.slice(0, -'.html'.length), path];
}
