import { describe, expect, it } from 'vitest';
import { unitWithNumber } from './figure-text';

describe('unitWithNumber', () => {
	it('keeps a bare number whole and splits the unit after its first word', () => {
		expect(unitWithNumber('2,500', 'learning centres in the city')).toEqual({ lead: '', number: '2,500', first: 'learning', rest: 'centres in the city' });
	});
	it('parts the words before the number, which may wrap, from the number, which stays with its unit', () => {
		expect(unitWithNumber('more than 100', 'teacher-researchers')).toEqual({ lead: 'more than ', number: '100', first: 'teacher-researchers', rest: '' });
		expect(unitWithNumber('mehr als 2.500', 'Studierende')).toMatchObject({ lead: 'mehr als ', number: '2.500' });
	});
	it('never splits inside a number grouped with a (narrow) no-break space', () => {
		expect(unitWithNumber('environ 2\u202f500', 'établissements')).toMatchObject({ lead: 'environ ', number: '2\u202f500' });
		expect(unitWithNumber('2\u00a0500', 'étudiants')).toMatchObject({ lead: '', number: '2\u00a0500' });
	});
});
