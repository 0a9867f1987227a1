import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withoutControlIcons } from './maplibre-css';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');

describe("MapLibre's stylesheet without its controls' icons", () => {
	const out = withoutControlIcons(css);

	it('keeps no inline data: image and is a fraction of the original', () => {
		expect(css).toContain('data:image/svg+xml');
		expect(out).not.toContain('data:');
		expect(out.length).toBeLessThan(css.length / 4);
	});

	it('keeps the rules the map itself needs', () => {
		for (const selector of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-canvas-container', '.maplibregl-cooperative-gesture-screen']) {
			expect(out, selector).toContain(selector);
		}
	});

	it('leaves no empty at-rule behind', () => {
		expect(out).not.toMatch(/@media[^{]*\{\s*\}/);
	});

	it('leaves a stylesheet without data: images as it was', () => {
		const plain = '.a{color:red}@media (min-width:1px){.b{color:blue}}';
		expect(withoutControlIcons(plain)).toBe(plain);
	});
});
