import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mapStylesheet } from './maplibre-css';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');

describe("MapLibre's stylesheet cut to what the map uses", () => {
	const out = mapStylesheet(css);

	it('keeps no inline data: image, no control, popup or location dot, and is a fraction of the original', () => {
		expect(css).toContain('data:image/svg+xml');
		expect(out).not.toContain('data:');
		for (const unused of ['maplibregl-popup', 'maplibregl-user-location', 'maplibregl-ctrl-group', 'maplibregl-ctrl-attrib', 'maplibregl-ctrl-icon']) {
			expect(out, unused).not.toContain(unused);
		}
		expect(out.length).toBeLessThan(css.length / 10);
	});

	it('keeps the rules the map itself needs', () => {
		for (const selector of [
			'.maplibregl-map',
			'.maplibregl-canvas',
			'.maplibregl-canvas-container',
			'.maplibregl-marker',
			'.maplibregl-cooperative-gesture-screen',
			'.maplibregl-ctrl-top-left',
			'.maplibregl-ctrl-bottom-right'
		]) {
			expect(out, selector).toContain(selector);
		}
	});

	it('leaves no empty at-rule behind', () => {
		expect(out).not.toMatch(/@media[^{]*\{\s*\}/);
	});

	it('leaves a stylesheet without such rules as it was', () => {
		const plain = '.a{color:red}@media (min-width:1px){.b{color:blue}}';
		expect(mapStylesheet(plain)).toBe(plain);
	});
});
