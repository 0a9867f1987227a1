// Reading a chapter from untrusted input: `?chapter=ID`, `#ID`, a host's postMessage id.
// Only an exact known id passes; anything else (unknown, empty, too long, markup, __proto__) gives null, and the
// callers fall back to the first chapter. The value is never echoed into the page.
import { CHAPTER_IDS, type ChapterId } from '$lib/story/types';

export function parseChapterId(value: unknown): ChapterId | null {
	if (typeof value !== 'string' || value.length === 0 || value.length > 32) return null;
	return (CHAPTER_IDS as readonly string[]).includes(value) ? (value as ChapterId) : null;
}

/** The chapter a URL asks for: `?chapter=` wins over `#`; null when neither names a known chapter. */
export function chapterFromUrl(url: URL): ChapterId | null {
	const fromQuery = parseChapterId(url.searchParams.get('chapter'));
	if (fromQuery) return fromQuery;
	let hash = url.hash.slice(1);
	try {
		hash = decodeURIComponent(hash);
	} catch {
		return null; // a malformed escape is just an unknown chapter
	}
	return parseChapterId(hash);
}
