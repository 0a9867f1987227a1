// After `npm run build`: the bytes each locale's catalog adds to a page (every page loads exactly one of these
// chunks, its own locale's; no page ships another locale's copy). `npx tsx scripts/i18n-bytes.ts`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'build/_app/immutable/chunks';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
const loaderRe = /\b(en|ko|de|fr):\(\)=>[^,]{0,80}?import\([`"]\.\/([\w-]+\.js)[`"]\)/g;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
let found = false;
for (const file of files) {
	const text = readFileSync(join(dir, file), 'utf8');
	const loaders = [...text.matchAll(loaderRe)];
	if (loaders.length < 4) continue;
	found = true;
	console.log(`i18n runtime chunk ${file}: ${gz(Buffer.from(text))} B gzip (formatter, no ICU parser)`);
	for (const [, locale, chunk] of loaders) {
		const bytes = readFileSync(join(dir, chunk!));
		console.log(`${locale}: ${chunk} ${bytes.length} B raw, ${gz(bytes)} B gzip`);
	}
}
if (!found) {
	console.error('No locale loader found in the build (run `npm run build` first).');
	process.exit(1);
}
