// Builds the offline basemap: data/geo-src/ (GeoJSON; where it came from is in its SOURCES.md)
//   -> static/geo/{world,korea,europe}.topo.json + SOURCES.md.
// Run with `npm run geo`. Deterministic: same inputs, byte-identical outputs (no timestamps; objects,
// features and properties are written in a fixed order).
//
// Per file: read and normalise the GeoJSON (clamp latitudes to Web Mercator, cut at the antimeridian, drop
// parts too small to see, wind rings the d3 way), build a topology, simplify it (Visvalingam with planar
// triangle areas measured in Web Mercator pixels, because MapLibre draws Web Mercator), quantize, then decode
// the result again and refuse to write it if any segment still jumps across the antimeridian.
//
// The steps live in scripts/geo/: config.ts (inputs, layers, thresholds), read-layer.ts (normalising),
// antimeridian.ts (cutting and the final check), topology.ts (building, simplifying), sources-md.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BASEMAP_FILES } from '../src/lib/map/basemap';
import { OUTPUTS } from './geo/config';
import { sourcesMd } from './geo/sources-md';
import { buildTopology } from './geo/topology';

/** Builds every output file from `inputDir` (data/geo-src); returns `{ fileName: contents }`. */
export function buildGeo(inputDir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const output of OUTPUTS) files[BASEMAP_FILES[output.name]] = buildTopology(output, inputDir);
	files['SOURCES.md'] = sourcesMd();
	return files;
}

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

// CLI: only when run directly, so tests can import this module without writing files.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const outDir = join(ROOT, 'static/geo');
	mkdirSync(outDir, { recursive: true });
	const files = buildGeo(join(ROOT, 'data/geo-src'));
	let raw = 0;
	let gz = 0;
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(outDir, name), text);
		if (!name.endsWith('.topo.json')) continue;
		const size = Buffer.byteLength(text);
		const zipped = gzipSync(text).length;
		raw += size;
		gz += zipped;
		console.log(`${name.padEnd(18)} ${(size / 1024).toFixed(1).padStart(7)} KB raw ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`);
	}
	console.log(`${'total'.padEnd(18)} ${(raw / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
}
