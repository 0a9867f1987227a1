import { describe, expect, it } from 'vitest';
import { chapterFromUrl, parseChapterId } from './chapter-param';

describe('parseChapterId', () => {
	it.each([
		['korea', 'korea'],
		['paris', 'paris'],
		['Paris', null],
		['', null],
		[' korea', null],
		['<img src=x onerror=alert(1)>', null],
		['__proto__', null],
		['constructor', null],
		['x'.repeat(5000), null],
		[null, null],
		[42, null],
		[{ id: 'korea' }, null]
	])('%j -> %j', (input, expected) => {
		expect(parseChapterId(input)).toBe(expected);
	});
});

describe('chapterFromUrl', () => {
	it.each([
		['https://x.test/?chapter=bonn', 'bonn'],
		['https://x.test/#evry', 'evry'],
		['https://x.test/?chapter=bonn#evry', 'bonn'],
		['https://x.test/?chapter=nope#evry', 'evry'],
		['https://x.test/?chapter=%3Cscript%3E', null],
		['https://x.test/#%E0%A4%A', null],
		['https://x.test/', null]
	])('%s -> %j', (href, expected) => {
		expect(chapterFromUrl(new URL(href))).toBe(expected);
	});
});
