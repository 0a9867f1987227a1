// Translator's helper (not run by the build): fold a batch of translations into the ko/de/fr catalogs.
// npx tsx scripts/apply-translations.ts translations/batch2.json
// A batch maps key -> { en, ko, de, fr }: `en` is the English the translator worked from. A key is applied only
// while en.json still says exactly that, so a translation of changed English is reported, never written silently.
// Catalogs are rewritten in en.json's key order (the order the parity test checks).
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { en: string; ko: string; de: string; fr: string };
const LOCALES = ['ko', 'de', 'fr'] as const;
const dir = 'src/lib/i18n/messages';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

const batchPath = process.argv[2];
if (!batchPath) throw new Error('usage: npx tsx scripts/apply-translations.ts <batch.json>');
const batch = read(batchPath) as Record<string, Entry | string>;
const en = read(`${dir}/en.json`) as Record<string, string>;

const stale: string[] = [];
const unknown = Object.keys(batch).filter((k) => !k.startsWith('_') && !(k in en));
for (const locale of LOCALES) {
	const catalog = read(`${dir}/${locale}.json`) as Record<string, string>;
	const next: Record<string, string> = {};
	for (const key of Object.keys(en)) {
		const entry = batch[key];
		if (typeof entry === 'object' && entry.en === en[key]) next[key] = entry[locale];
		else {
			if (typeof entry === 'object' && locale === 'ko') stale.push(key);
			if (key in catalog) next[key] = catalog[key]!;
		}
	}
	writeFileSync(`${dir}/${locale}.json`, JSON.stringify(next, null, '\t') + '\n');
}
if (stale.length) console.log(`English changed since translation, not applied (retranslate): ${stale.join(', ')}`);
if (unknown.length) console.log(`Not in en.json, skipped: ${unknown.join(', ')}`);
console.log('Done; run npx vitest run src/lib/i18n/ to check parity.');
