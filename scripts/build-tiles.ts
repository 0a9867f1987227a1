// Writes the basemap's vector tiles: static/geo/*.topo.json -> static/geo/tiles/{world,korea,europe}/{z}/{x}/{y}.pbf.
// Run by `npm run build` and `npm run dev` (the tiles are build output, not committed); the steps are in geo/tiles.ts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_FILES, BASEMAP_NAMES } from '../src/lib/map/basemap';
import { buildTiles } from './geo/tiles';

const geoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../static/geo');
rmSync(join(geoDir, 'tiles'), { recursive: true, force: true });
let files = 0;
let bytes = 0;
for (const name of BASEMAP_NAMES) {
	const topology: unknown = JSON.parse(readFileSync(join(geoDir, BASEMAP_FILES[name]), 'utf8'));
	for (const [path, data] of buildTiles(name, topology)) {
		const file = join(geoDir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, data);
		files++;
		bytes += data.length;
	}
}
console.log(`build-tiles: ${files} tiles, ${(bytes / 1024).toFixed(0)} KiB in static/geo/tiles`);
