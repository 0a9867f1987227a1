// The city chapters are framed where the data holds (journey.ts DATA_MAX_ZOOM): at the chapter's end zoom, on
// a phone and a laptop, the median vertex spacing of the city's outline stays under DATA_SPACING_PX.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_MAX_ZOOM, DATA_SPACING_PX, storyTimeline } from '../../src/lib/journey/journey';
import { panelViewport } from '../../src/lib/journey/camera';
import { CHAPTERS } from '../../src/lib/story';
import { decodeBasemap } from './decode';
import { medianVertexSpacingPx } from './spacing';

const europe = decodeBasemap('europe', JSON.parse(readFileSync(new URL('../../static/geo/europe.topo.json', import.meta.url), 'utf8')));
const outline = (id: string) =>
	europe['europe-cities']!.features.filter((f) => f.properties?.id === id).map((f) => f.geometry);

describe('city chapters framed where the data holds', () => {
	it('measures spacing in screen px: doubling per zoom step', () => {
		const bonn = outline('bonn');
		expect(medianVertexSpacingPx(bonn, 8)).toBeCloseTo(2 * medianVertexSpacingPx(bonn, 7), 6);
	});

	for (const [id, zoom] of Object.entries(DATA_MAX_ZOOM)) {
		it(`${id}: the cap (zoom ${zoom}) keeps its outline's median vertex spacing under ${DATA_SPACING_PX} px`, () => {
			const geometries = outline(id);
			expect(geometries.length, `${id} has an outline`).toBeGreaterThan(0);
			expect(medianVertexSpacingPx(geometries, zoom)).toBeLessThanOrEqual(DATA_SPACING_PX);
			// ...and is not needlessly far out: a quarter zoom step deeper would break the rule.
			expect(medianVertexSpacingPx(geometries, zoom + 0.25)).toBeGreaterThan(DATA_SPACING_PX);
		});
	}

	for (const [width, height] of [[375, 667], [1440, 900], [3840, 2160]] as const) {
		it(`every city chapter's end camera obeys the rule at ${width}x${height}`, () => {
			for (const [index, chapter] of CHAPTERS.entries()) {
				const zoom = DATA_MAX_ZOOM[chapter.id];
				if (zoom === undefined) continue;
				const { camera } = storyTimeline.storyAtChapter(index, 1, panelViewport(width, height));
				expect(camera.zoom, chapter.id).toBeLessThanOrEqual(zoom + 1e-9);
				expect(medianVertexSpacingPx(outline(chapter.id), camera.zoom), chapter.id).toBeLessThanOrEqual(DATA_SPACING_PX);
			}
		});
	}
});
