import { describe, expect, it } from 'vitest';
import { labelState, type MapPlace } from './map-place';

const place = (id: string, chapterIds: string[]): MapPlace => ({
	id,
	lonLat: [0, 0],
	kind: 'venue',
	name: id,
	fullName: id,
	approximate: false,
	chapterIds,
	anchor: 'left'
});

describe('labelState', () => {
	it('shows a label only in its chapters, marks reached stops and the highlighted place', () => {
		const bonn = place('bonn', ['bonn', 'evry']);
		expect(labelState(bonn, { chapterId: 'korea', reachedStopIds: [] }, null)).toEqual({
			visible: false,
			reached: false,
			highlighted: false
		});
		expect(labelState(bonn, { chapterId: 'evry', reachedStopIds: ['bonn'] }, 'bonn')).toEqual({
			visible: true,
			reached: true,
			highlighted: true
		});
	});
});
