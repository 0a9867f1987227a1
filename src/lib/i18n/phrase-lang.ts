// The ONE place that says which phrases of a text are in another language than the text around them, so each can
// carry its own `lang` (screen readers switch voice, browsers pick the right font and line breaking):
// - Hangul inside English, German or French text is Korean (lang="ko");
// - Latin-script words inside Korean text are English ("ESD", romanized names such as "Choi Won-cheol", the seed's
//   "Won Cheol Choi"), unless they are a known German or French name (Altes Rathaus, Hôtel de ville, ...);
// - those known German/French/English names are marked inside text of any other language too ("Old Town Hall
//   (Altes Rathaus)" in English gets lang="de" on "Altes Rathaus").
// Components render the runs through components/i18n/LangText.svelte (text only: never markup).
import { PLACES } from '$lib/story/places';
import type { Place } from '$lib/story/types';

/** A piece of text; `lang` is set only where it differs from the language of the text it sits in. */
export interface LangRun {
	text: string;
	lang?: string;
}

const COUNTRY_LANG: Partial<Record<Place['country'], string>> = { DE: 'de', FR: 'fr' };

/**
 * Names and terms in their own language that the catalogs quote inside other languages' text (the chapter copy
 * keeps them beside a translation, e.g. 시청(Hôtel de ville)). Add a phrase here when a catalog quotes a new one.
 */
const NAMED_PHRASES: readonly (readonly [string, string])[] = [
	['Altes Rathaus', 'de'],
	['Haus der Bildung', 'de'],
	['Villa Ballin', 'de'],
	['Rathaus', 'de'],
	['Volkshochschule', 'de'],
	['Literaturhaus', 'de'],
	['Senat', 'de'],
	['Bürgermeisterin', 'de'],
	['sieben Bürgermeister*innen', 'de'],
	['Jürgen Forkel-Schubert', 'de'],
	['Hôtel de ville', 'fr'],
	['Grand Bazar des Savoirs', 'fr'],
	['Université d’Évry', 'fr'],
	['Micro-Folie', 'fr'],
	['Genopole', 'fr'],
	['INSEE', 'fr'],
	['Learning Planet Institute', 'en']
];

/** The German and French hosts' names from the data (Dr. Ursula Sautter, Katja Dörner, Stéphane Beaudet ...). */
const HOST_NAMES = PLACES.flatMap((p) => {
	const lang = COUNTRY_LANG[p.country];
	return lang && p.head ? [[p.head.name, lang] as const, [p.head.name.replace(/^Dr\. /, ''), lang] as const] : [];
});

/** Longest first, so "Altes Rathaus" wins over "Rathaus". */
const PHRASES = [...new Map([...NAMED_PHRASES, ...HOST_NAMES]).entries()].sort((a, b) => b[0].length - a[0].length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A phrase counts only as a whole word: not inside a longer Latin word ("Senat" in "Senator").
const PHRASE_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PHRASES.map(([p]) => escape(p)).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const PHRASE_LANG = new Map(PHRASES);

const HANGUL = '\\p{Script=Hangul}';
// A Korean phrase: Hangul words with the spaces and punctuation between them ("광주광역시 서구", "(박승원)" keeps
// its brackets outside).
const HANGUL_RE = new RegExp(`${HANGUL}+(?:[\\s·-]+${HANGUL}+)*`, 'gu');
// A Latin phrase: words of two letters or more, joined by spaces, hyphens, apostrophes or dots ("Won Cheol Choi",
// "Choi Won-cheol", "Dr. Ursula Sautter"). Not right after a digit: units ("100km", "2KB") stay Korean text.
const LATIN_WORD = "[\\p{Script=Latin}][\\p{Script=Latin}\\p{M}'’.*-]*[\\p{Script=Latin}.]";
const LATIN_RE = new RegExp(`(?<![\\p{N}\\p{Script=Latin}])${LATIN_WORD}(?:[ ]+${LATIN_WORD})*`, 'gu');

/** The base language of a BCP 47 tag ('ko-KR' -> 'ko'). */
const base = (lang: string) => lang.toLowerCase().split('-')[0]!;

/** Splits by a regexp; matches get `langOf(match)`, the rest is handed to `rest`. */
function split(text: string, re: RegExp, langOf: (match: string) => string | undefined, rest: (t: string) => LangRun[]): LangRun[] {
	const runs: LangRun[] = [];
	let last = 0;
	for (const m of text.matchAll(re)) {
		const lang = langOf(m[0]);
		if (!lang) continue;
		if (m.index > last) runs.push(...rest(text.slice(last, m.index)));
		runs.push({ text: m[0], lang });
		last = m.index + m[0].length;
	}
	if (last < text.length) runs.push(...rest(text.slice(last)));
	return runs;
}

/** Joins neighbouring runs of the same language (and drops empty ones). */
function merge(runs: LangRun[]): LangRun[] {
	const out: LangRun[] = [];
	for (const run of runs) {
		const prev = out.at(-1);
		if (run.text === '') continue;
		if (prev && prev.lang === run.lang) prev.text += run.text;
		else out.push({ ...run });
	}
	return out;
}

/**
 * `text` as runs, each marked with its language where that differs from `context` (the language of the element
 * the text sits in: the page's locale, or "en" inside an English quote). Joined, the runs are `text` exactly.
 */
export function langRuns(text: string, context: string): LangRun[] {
	const ctx = base(context);
	const plain = (t: string): LangRun[] => [{ text: t }];
	const byScript = (t: string): LangRun[] =>
		ctx === 'ko' ? split(t, LATIN_RE, () => 'en', plain) : split(t, HANGUL_RE, () => 'ko', plain);
	const runs = split(text, PHRASE_RE, (m) => {
		const lang = PHRASE_LANG.get(m);
		return lang && lang !== ctx ? lang : undefined;
	}, byScript);
	return merge(runs);
}

/** The `lang` a whole name needs inside text of language `context` (undefined: the same language). */
export function nameLang(name: string, context: string): string | undefined {
	const runs = langRuns(name, context);
	return runs.length === 1 && runs[0]!.text === name ? runs[0]!.lang : undefined;
}

/** The `lang` of a whole text written in `lang` (the data's English notes, a source title) inside `context`:
 * undefined where they are the same language, so the attribute is only written where it says something. */
export function otherLang(lang: string, context: string): string | undefined {
	return base(lang) === base(context) ? undefined : lang;
}
