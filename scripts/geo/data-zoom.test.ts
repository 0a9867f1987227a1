// The city chapters are framed where the data holds (journey.ts DATA_MAX_ZOOM): at the chapter's end zoom, on
// a phone and a laptop, the median vertex spacing of the city's outline stays under DATA_SPACING_PX.
// Rivers cannot hold that rule (1:10m, a vertex every 5-16 px at those zooms): they are drawn as curves through
// their vertices (curve.ts), and the rule for them is that the drawn line has no corners where the reader looks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_MAX_ZOOM, DATA_SPACING_PX, storyTimeline } from '../../src/lib/journey/journey';
import { panelViewport } from '../../src/lib/journey/camera';
import { CHAPTERS } from '../../src/lib/story';
import { decodeBasemap } from './decode';
import { linesWhere, medianVertexSpacingPx, turnAnglesDeg } from './spacing';
import { contains } from '../../src/lib/journey/camera';
import type { FeatureCollection, Geometry } from 'geojson';

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

/** The value below which `share` of the values lie. */
const quantile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.floor(share * (values.length - 1))]!;
/** Corners a reader sees: 95 % of a drawn river's vertices in view turn by less than this. */
const RIVER_TURN_P95_DEG = 25;
const RIVER_SOURCE = '../../data/geo-src/natural-earth/ne_10m_rivers_lake_centerlines_westeurope.geojson';

describe('rivers drawn without corners at the city chapters', () => {
	const drawn = europe['europe-rivers']!.features.map((f) => f.geometry);
	const source = (JSON.parse(readFileSync(new URL(RIVER_SOURCE, import.meta.url), 'utf8')) as FeatureCollection).features.map(
		(f) => f.geometry
	);
	for (const [width, height] of [[375, 667], [1440, 900]] as const) {
		it(`at ${width}x${height}, the drawn rivers in view turn less than ${RIVER_TURN_P95_DEG}° at 95 % of their vertices; the source does not`, () => {
			const viewport = panelViewport(width, height);
			for (const [index, chapter] of CHAPTERS.entries()) {
				if (DATA_MAX_ZOOM[chapter.id] === undefined) continue;
				const { camera } = storyTimeline.storyAtChapter(index, 1, viewport);
				const inView = (lines: Geometry[]) => linesWhere(lines, (p) => contains(camera, viewport, [p[0]!, p[1]!]));
				const turns = turnAnglesDeg([inView(drawn)]);
				expect(turns.length, `${chapter.id}: a river in view`).toBeGreaterThan(20);
				expect(quantile(turns, 0.95), chapter.id).toBeLessThan(RIVER_TURN_P95_DEG);
				// The same rivers as the source draws them: the corners this rule is there to catch.
				expect(quantile(turnAnglesDeg([inView(source)]), 0.95), `${chapter.id} source`).toBeGreaterThan(RIVER_TURN_P95_DEG);
			}
		});
	}
});

