// `npm start`: serves build/ on node:http with sirv (the production server for a kiosk PC or a LAN).
// Odd paths get our 404 page, never a stack; every response carries the headers of scripts/deploy/headers.ts;
// precompressed .br/.gz files from the build are sent to browsers that accept them.
// PORT (default 4173), HOST (default all interfaces), FRAME_ANCESTORS (default *), BUILD_DIR (default build).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { baseCsp, headersFor, pageCsp } from './deploy/headers';

/** Paths no page of ours has: doubled slashes (`//evil.com`), dot segments, encoded separators, NUL, backslash. */
export function isOddPath(rawUrl: string): boolean {
	const path = rawUrl.split('?')[0]!;
	if (!path.startsWith('/') || path.includes('//') || path.includes('\\') || /%(2f|5c|00)/i.test(path)) return true;
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return true;
	}
	return decoded.split('/').some((segment) => segment === '..' || segment === '.') || decoded.includes('\0');
}

export function createHandler(dir: string, env: NodeJS.ProcessEnv = process.env) {
	const root = resolve(dir);
	const notFoundFile = join(root, '404.html');
	const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('<!doctype html><title>Not found</title><h1>Page not found</h1>');
	const notFoundCsp = pageCsp(notFound.toString('utf8'), env) ?? baseCsp(env);
	const assetCsp = baseCsp(env);
	// A page's CSP is the <meta> in its file: read once per file, on first request.
	const csps = new Map<string, string>();
	const cspOf = (abs: string) => {
		let csp = csps.get(abs);
		if (!csp) {
			csp = pageCsp(readFileSync(abs, 'utf8'), env) ?? assetCsp;
			csps.set(abs, csp);
		}
		return csp;
	};

	const send404 = (req: IncomingMessage, res: ServerResponse) => {
		const headers = { ...headersFor('/404.html', notFoundCsp), 'Content-Type': 'text/html; charset=utf-8' };
		res.writeHead(404, { ...headers, 'Content-Length': notFound.length });
		res.end(req.method === 'HEAD' ? undefined : notFound);
	};

	const files = sirv(root, {
		etag: true,
		gzip: true,
		brotli: true,
		dotfiles: false,
		extensions: ['html'],
		setHeaders(res, pathname) {
			// sirv resolved `pathname` to a file; pages (.html, or a path sirv completed with .html) get their CSP.
			const candidates = [pathname, `${pathname}.html`, join(pathname, 'index.html')];
			const page = candidates.map((p) => join(root, p)).find((abs) => abs.endsWith('.html') && existsSync(abs));
			const headers = headersFor(pathname, page ? cspOf(page) : assetCsp);
			for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		},
		onNoMatch: send404
	});

	return (req: IncomingMessage, res: ServerResponse) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { ...headersFor('/', assetCsp), Allow: 'GET, HEAD' }).end();
				return;
			}
			if (isOddPath(req.url ?? '/')) return send404(req, res);
			// Pages have no trailing slash (/ko, not /ko/): their relative asset paths would resolve one folder too
			// deep, and the page would show without its scripts and fonts.
			const [path, query] = (req.url ?? '/').split(/\?(.*)/s);
			if (path!.length > 1 && path!.endsWith('/')) {
				const location = path!.replace(/\/+$/, '') + (query ? `?${query}` : '');
				res.writeHead(308, { ...headersFor('/', assetCsp), Location: location }).end();
				return;
			}
			files(req, res, () => send404(req, res));
		} catch (error) {
			// Never a stack to the client; the operator sees it in the log.
			console.error('[serve]', error);
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Internal error');
		}
	};
}

/** Serves `dir` until SIGTERM/SIGINT; exits with a message if there is no build. */
export function startServer(dir = process.env.BUILD_DIR ?? 'build', port = Number(process.env.PORT ?? 4173), host = process.env.HOST) {
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`[serve] ${dir}/index.html not found: run npm run build first`);
		process.exit(1);
	}
	const server = createServer(createHandler(dir));
	server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
	server.listen(port, host, () => console.log(`[serve] ${dir}/ on http://${host ?? 'localhost'}:${port}`));
	const stop = () => server.close(() => process.exit(0));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) startServer();
