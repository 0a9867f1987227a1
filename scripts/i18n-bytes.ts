// After `npm run build`: the bytes each locale's catalog adds to a page. Every page loads its own locale's 'main'
// part; the /data page, the kiosk and the embed-code page also its 'extra' part (src/lib/i18n/compile.ts
// CATALOG_PARTS); no page ships another locale's copy. `npx tsx scripts/i18n-bytes.ts`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'build/_app/immutable/chunks';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
// en:{main:()=>…import(`./X.js`)…,extra:()=>…import(`./Y.js`)…}
const chunk = (part: string) => `${part}:\\(\\)=>[^,]{0,80}?import\\([\`"]\\.\\/([\\w-]+\\.js)[\`"]\\)`;
const loaderRe = new RegExp(`\\b(en|ko|de|fr):\\{${chunk('main')}[^}]{0,80}?${chunk('extra')}`, 'g');
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
let found = false;
for (const file of files) {
	const text = readFileSync(join(dir, file), 'utf8');
	const loaders = [...text.matchAll(loaderRe)];
	if (loaders.length < 4) continue;
	found = true;
	console.log(`i18n runtime chunk ${file}: ${gz(Buffer.from(text))} B gzip (formatter, no ICU parser)`);
	for (const [, locale, main, extra] of loaders) {
		const [a, b] = [main!, extra!].map((c) => readFileSync(join(dir, c)));
		console.log(`${locale}: main ${main} ${a!.length} B raw, ${gz(a!)} B gzip; extra ${extra} ${b!.length} B raw, ${gz(b!)} B gzip`);
	}
}
if (!found) {
	console.error('No locale loader found in the build (run `npm run build` first).');
	process.exit(1);
}
