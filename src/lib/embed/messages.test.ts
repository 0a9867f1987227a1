import { describe, expect, it } from 'vitest';
import {
	chapterMessage,
	heightMessage,
	parseHostMessage,
	parsePymChildId,
	pymHeightMessage
} from './messages';

const hostile: [string, unknown][] = [
	['a string', 'lcj:goto'],
	['a JSON string', JSON.stringify({ type: 'lcj:goto', id: 'bonn' })],
	['null', null],
	['undefined', undefined],
	['a number', 42],
	['a boolean', true],
	['an array', ['lcj:goto', 'bonn']],
	['an array with the keys', Object.assign(['x'], { type: 'lcj:goto', id: 'bonn' })],
	['an empty object', {}],
	['a wrong type', { type: 'lcj:height', id: 'bonn' }],
	['a type of the wrong case', { type: 'LCJ:GOTO', id: 'bonn' }],
	['a numeric id', { type: 'lcj:goto', id: 3 }],
	['an array id', { type: 'lcj:goto', id: ['bonn'] }],
	['an object id', { type: 'lcj:goto', id: { toString: () => 'bonn' } }],
	['an unknown id', { type: 'lcj:goto', id: 'berlin' }],
	['an id with spaces', { type: 'lcj:goto', id: ' bonn' }],
	['a __proto__ id', { type: 'lcj:goto', id: '__proto__' }],
	['a constructor id', { type: 'lcj:goto', id: 'constructor' }],
	['markup as id', { type: 'lcj:goto', id: '<img src=x onerror=alert(1)>' }],
	['a huge id', { type: 'lcj:goto', id: 'bonn'.repeat(250_000) }],
	['a missing id', { type: 'lcj:goto' }],
	['type and id inherited', Object.create({ type: 'lcj:goto', id: 'bonn' })],
	['a parsed __proto__ payload', JSON.parse('{"__proto__": {"type": "lcj:goto", "id": "bonn"}}')],
	['a class instance', new (class { type = 'lcj:goto'; id = 'bonn'; })()],
	['a getter id', Object.defineProperty({ type: 'lcj:goto' }, 'id', { get: () => 'bonn', enumerable: true })],
	['too many keys', Object.fromEntries([['type', 'lcj:goto'], ['id', 'bonn'], ...Array.from({ length: 20 }, (_, i) => [`k${i}`, i])])],
	['a Date', new Date()],
	['a revoked proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()]
];

describe('parseHostMessage', () => {
	it.each(hostile)('ignores %s', (_, data) => {
		expect(parseHostMessage(data)).toBeNull();
	});

	it.each([
		[{ type: 'lcj:goto', id: 'bonn' }, 'bonn'],
		[{ type: 'lcj:goto', id: 'korea', extra: 1 }, 'korea'],
		[Object.assign(Object.create(null), { type: 'lcj:goto', id: 'paris' }), 'paris']
	])('accepts %j', (data, id) => {
		expect(parseHostMessage(data)).toEqual({ type: 'lcj:goto', id });
	});

	it('leaves Object.prototype alone', () => {
		parseHostMessage(JSON.parse('{"__proto__": {"polluted": 1}, "type": "lcj:goto", "id": "bonn"}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('outgoing messages', () => {
	it.each([
		[480, 480],
		[480.2, 481],
		[0, null],
		[-5, null],
		[Number.NaN, null],
		[Number.POSITIVE_INFINITY, null]
	])('height %s -> %s', (input, expected) => {
		expect(heightMessage(input)).toEqual(expected === null ? null : { type: 'lcj:height', height: expected });
	});

	it('writes the chapter message', () => {
		expect(chapterMessage('evry')).toEqual({ type: 'lcj:chapter', id: 'evry' });
	});

	it('writes Pym.js child height messages exactly as pym.js does', () => {
		// pym.js: ['pym', id, messageType, message].join('xPYMx')
		expect(pymHeightMessage('example', 500.4)).toBe('pymxPYMxexamplexPYMxheightxPYMx501');
		expect(pymHeightMessage('example', Number.NaN)).toBeNull();
		// What pym.js's Parent matches: ^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$
		expect(/^pymxPYMxexamplexPYMx(\S+)xPYMx(.*)$/.exec(pymHeightMessage('example', 320)!)?.slice(1)).toEqual([
			'height',
			'320'
		]);
	});

	it.each([
		['example', 'example'],
		['pym-container_1', 'pym-container_1'],
		[null, null],
		['', null],
		['1abc', null],
		['a b', null],
		['xPYMx"><script>', null],
		['a'.repeat(65), null]
	])('childId %j -> %j', (input, expected) => {
		expect(parsePymChildId(input)).toBe(expected);
	});
});
