// After `npm run build`: the bytes each locale's catalog adds to a page. Every page loads its own locale's 'main'
// part; the /data page, the kiosk and the embed-code page also its 'extra' part; the charts, the /data page and the
// kiosk its 'figures' part (src/lib/i18n/compile.ts CATALOG_PARTS); no page ships another locale's copy.
// `npx tsx scripts/i18n-bytes.ts`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'build/_app/immutable/chunks';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
// en:{main:()=>…import(`./X.js`)…,extra:()=>…import(`./Y.js`)…,figures:()=>…import(`./Z.js`)…}
const PARTS = ['main', 'extra', 'figures'];
const chunk = (part: string) => `${part}:\\(\\)=>[^,]{0,80}?import\\([\`"]\\.\\/([\\w-]+\\.js)[\`"]\\)`;
const loaderRe = new RegExp(`\\b(en|ko|de|fr):\\{${PARTS.map(chunk).join('[^}]{0,80}?')}`, 'g');
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
let found = false;
for (const file of files) {
	const text = readFileSync(join(dir, file), 'utf8');
	const loaders = [...text.matchAll(loaderRe)];
	if (loaders.length < 4) continue;
	found = true;
	console.log(`i18n runtime chunk ${file}: ${gz(Buffer.from(text))} B gzip (formatter, no ICU parser)`);
	for (const [, locale, ...chunks] of loaders) {
		const sizes = chunks.map((c, i) => {
			const bytes = readFileSync(join(dir, c!));
			return `${PARTS[i]} ${c} ${bytes.length} B raw, ${gz(bytes)} B gzip`;
		});
		console.log(`${locale}: ${sizes.join('; ')}`);
	}
}
if (!found) {
	console.error('No locale loader found in the build (run `npm run build` first).');
	process.exit(1);
}
