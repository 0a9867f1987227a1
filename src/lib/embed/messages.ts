// The embed's messages to and from its host page (docs/ARCHITECTURE.md, "The page contract"). Pure functions, no DOM:
// the embed page posts what these build and hands every incoming `event.data` to `parseHostMessage`.
//
// Embed -> host: `{ type: 'lcj:height', height }` and the same height in Pym.js's child format (so CMSes that
// already run pym.js's Parent size the iframe too), and `{ type: 'lcj:chapter', id }` on every chapter change.
// Host -> embed: `{ type: 'lcj:goto', id }` only. Anything else (strings, null, arrays, other types, unknown or
// hostile ids, huge payloads) is ignored without throwing; validation is by shape, and the id goes through
// parseChapterId, the one gate for untrusted chapter ids.
import { parseChapterId } from '$lib/state/chapter-param';
import type { ChapterId } from '$lib/story/types';

export const HEIGHT = 'lcj:height';
export const CHAPTER = 'lcj:chapter';
export const GOTO = 'lcj:goto';

export interface HeightMessage {
	type: typeof HEIGHT;
	height: number;
}
export interface ChapterMessage {
	type: typeof CHAPTER;
	id: ChapterId;
}
export interface GotoMessage {
	type: typeof GOTO;
	id: ChapterId;
}

/** The height we report: a whole number of CSS px, at least 1; NaN or Infinity give null (nothing is sent). */
export function heightMessage(height: number): HeightMessage | null {
	if (!Number.isFinite(height) || height <= 0) return null;
	return { type: HEIGHT, height: Math.ceil(height) };
}

export function chapterMessage(id: ChapterId): ChapterMessage {
	return { type: CHAPTER, id };
}

/** Pym.js's message delimiter and framing: `pym` + id + type + payload joined by it (pym.js `_makeMessage`). */
export const PYM_DELIMITER = 'xPYMx';

/**
 * The `childId` pym.js's Parent appends to the iframe's URL (the id of its container element). Only plain ids
 * pass (letters, digits, `-`, `_`, `:`, `.`, at most 64 characters), since it is echoed to the host in every
 * height message; anything else means "not under pym" and no pym message is sent.
 */
export function parsePymChildId(value: string | null): string | null {
	if (value === null || value.length === 0 || value.length > 64) return null;
	return /^[A-Za-z][\w:.-]*$/.test(value) ? value : null;
}

/** Pym.js's child height message: `pymxPYMx<id>xPYMxheightxPYMx<height>`. */
export function pymHeightMessage(childId: string, height: number): string | null {
	const message = heightMessage(height);
	return message ? ['pym', childId, 'height', String(message.height)].join(PYM_DELIMITER) : null;
}

/** A real goto has two keys; an object with many more is not ours (and is not worth walking). */
const MAX_KEYS = 8;

/**
 * A host's message, validated by shape: a plain object (not an array, not null, not a class instance) whose
 * own `type` is exactly 'lcj:goto' and whose own `id` is a known chapter id. Returns null for anything else.
 * Never throws, never reads inherited properties (`__proto__`, getters on prototypes).
 */
export function parseHostMessage(data: unknown): GotoMessage | null {
	try {
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
		const proto = Object.getPrototypeOf(data);
		if (proto !== Object.prototype && proto !== null) return null;
		const keys = Object.keys(data);
		if (keys.length > MAX_KEYS) return null;
		const type = Object.getOwnPropertyDescriptor(data, 'type');
		const id = Object.getOwnPropertyDescriptor(data, 'id');
		// Data properties only: an accessor could run code or answer differently each time.
		if (!type || !('value' in type) || !id || !('value' in id)) return null;
		if (type.value !== GOTO) return null;
		const chapter = parseChapterId(id.value);
		return chapter ? { type: GOTO, id: chapter } : null;
	} catch {
		// A revoked Proxy or similar exotic object: not a message of ours.
		return null;
	}
}
