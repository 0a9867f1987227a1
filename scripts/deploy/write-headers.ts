// Runs after `vite build` (npm run build): writes the header rules of scripts/deploy/headers.ts for static hosts:
//   build/_headers            Netlify and Cloudflare Pages
//   build/nginx.conf.example  a server block for nginx
// Pages get their own CSP (it carries the hash of the page's inline script), so each page has its own rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { totalist } from 'totalist/sync';
import { CACHE, MIME_TYPES, SECURITY_HEADERS, baseCsp, headersFor, pageCsp, pagePaths } from './headers';

export interface PageRule {
	path: string;
	headers: Record<string, string>;
}

/** One rule per URL path of every built page, with that page's CSP. */
export function pageRules(dir: string): PageRule[] {
	const rules: PageRule[] = [];
	totalist(dir, (name: string, abs: string) => {
		if (!name.endsWith('.html')) return;
		const csp = pageCsp(readFileSync(abs, 'utf8')) ?? baseCsp();
		for (const path of pagePaths(relative(dir, abs))) {
			const { 'Content-Type': _type, ...headers } = headersFor(path, csp);
			rules.push({ path, headers });
		}
	});
	return rules.sort((a, b) => a.path.localeCompare(b.path));
}

const lines = (headers: Record<string, string>, format: (k: string, v: string) => string) =>
	Object.entries(headers).map(([k, v]) => format(k, v));

/**
 * Netlify / Cloudflare Pages. Both join the values of a header that several rules set, so no header is set
 * by two rules that can match one path: CSP and Cache-Control only on exact paths and disjoint folders.
 */
export function netlifyHeaders(rules: PageRule[]): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...lines(headers, (k, v) => `  ${k}: ${v}`)].join('\n');
	const assets = { 'Content-Security-Policy': baseCsp(), 'Cache-Control': CACHE.revalidate };
	return [
		'# Written by the build from scripts/deploy/headers.ts; do not edit.',
		block('/*', SECURITY_HEADERS),
		block('/_app/immutable/*', { 'Cache-Control': CACHE.immutable }),
		block('/service-worker.js', assets),
		block('/geo/*', assets),
		block('/data/*', assets),
		...rules.map((r) => block(r.path, { 'Content-Security-Policy': r.headers['Content-Security-Policy']!, 'Cache-Control': r.headers['Cache-Control']! })),
		''
	].join('\n\n');
}

/** nginx: add_header in a location replaces the server's, so every location lists all of its headers. */
export function nginxConf(rules: PageRule[]): string {
	const add = (headers: Record<string, string>, indent: string) =>
		lines(headers, (k, v) => `${indent}add_header ${k} "${v.replace(/"/g, '\\"')}" always;`).join('\n');
	const assets = headersFor('/asset', baseCsp());
	delete assets['Content-Type'];
	const types = Object.entries(MIME_TYPES).map(([ext, type]) => `\t\t${type.split(';')[0]} ${ext};`);
	return `# Written by the build from scripts/deploy/headers.ts; do not edit. A server block for the built site:
# copy build/ to /srv/learning-cities-journey (or change root) and include this file in http { }.
server {
	listen 80;
	root /srv/learning-cities-journey;
	index index.html;
	charset utf-8;
	# Serve build/*.br / *.gz written by the build (needs ngx_brotli for .br); compress the rest on the fly.
	gzip_static on;
	gzip on;
	gzip_types text/css application/javascript application/json application/geo+json image/svg+xml text/csv application/x-protobuf;
	# Types the default mime.types lacks (tiles, GeoJSON); keep mime.types for the rest.
	include mime.types;
	types {
${types.join('\n')}
	}
	error_page 404 /404.html;
	# Odd paths (//evil.com, /..%2f) are no page of ours: 404.
	merge_slashes off;
	if ($request_uri ~ "(//|\\.\\.|%2e%2e|%2f|\\\\)") { return 404; }
	# Pages have no trailing slash (/ko, not /ko/): their relative asset paths would resolve one folder too deep.
	rewrite ^/(.+)/$ /$1 permanent;

	location / {
		try_files $uri $uri.html $uri/ =404;
${add(assets, '\t\t')}
	}
	location /_app/immutable/ {
${add({ ...assets, 'Cache-Control': CACHE.immutable }, '\t\t')}
	}
${rules
	.map((r) => `\tlocation = ${r.path} {\n\t\ttry_files $uri $uri.html $uri/ =404;\n${add(r.headers, '\t\t')}\n\t}`)
	.join('\n')}
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const rules = pageRules(dir);
	writeFileSync(join(dir, '_headers'), netlifyHeaders(rules));
	writeFileSync(join(dir, 'nginx.conf.example'), nginxConf(rules));
	console.log(`headers: ${rules.length} page rules -> ${dir}/_headers, ${dir}/nginx.conf.example`);
}
