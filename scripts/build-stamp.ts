// Is build/ older than its inputs? The e2e server (scripts/e2e-server.ts) rebuilds when it is, so a test run
// never previews a stale site. Inputs: src/, static/, the configs and the lockfile.
import { existsSync, statSync } from 'node:fs';
import { totalist } from 'totalist/sync';

const INPUT_DIRS = ['src', 'static'];
const INPUT_FILES = ['svelte.config.js', 'vite.config.ts', 'package-lock.json', 'scripts/deploy/headers.ts', 'scripts/deploy/write-headers.ts'];
/** Written last by the build (scripts/deploy/write-headers.ts), so its time is the build's end. */
export const BUILD_STAMP = 'build/_headers';

export function newestInput(root = '.'): { file: string; mtimeMs: number } {
	let newest = { file: '', mtimeMs: 0 };
	const consider = (file: string, mtimeMs: number) => {
		if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
	};
	for (const dir of INPUT_DIRS) {
		if (existsSync(`${root}/${dir}`)) totalist(`${root}/${dir}`, (name: string, _abs: string, stats: { mtimeMs: number }) => consider(`${dir}/${name}`, stats.mtimeMs));
	}
	for (const file of INPUT_FILES) if (existsSync(`${root}/${file}`)) consider(file, statSync(`${root}/${file}`).mtimeMs);
	return newest;
}

/** Why build/ must be rebuilt, or null when it is fresh. */
export function staleReason(root = '.'): string | null {
	const stamp = `${root}/${BUILD_STAMP}`;
	if (!existsSync(stamp)) return `${BUILD_STAMP} is missing`;
	const built = statSync(stamp).mtimeMs;
	const newest = newestInput(root);
	return newest.mtimeMs > built ? `${newest.file} is newer than the build` : null;
}
