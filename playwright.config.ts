// Playwright runs against the BUILT site (build/, served by scripts/serve.ts, the server `npm start` runs), in Debian's Chromium where it exists.
// WebGL works headless through SwiftShader; the background-networking flags keep Chromium from phoning home
// (this machine has no network, and no request may leave the page's origin anyway).
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Launch options for Debian's Chromium in the tests; a test file that needs other flags spreads these first.
 * The page itself is rasterized on the CPU (Skia): GPU rasterization through SwiftShader made the first paint of the
 * prerendered drawn map wait 4-9 s on two busy cores, and halved nothing but the suite's speed (measured: first paint
 * 4.6-9.4 s -> 0.6-1.0 s, ready 16-20 s -> 7-9 s). WebGL, the map under test, still draws through SwiftShader.
 * `npm run bench` keeps CHROMIUM_ARGS alone, so its figures compare with the peer's under the same flags.
 */
export const LAUNCH = {
	executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? systemChromium,
	args: [...CHROMIUM_ARGS, '--disable-gpu-rasterization']
};

/**
 * The same browser without WebGL: the page shows its drawn map (SVG, data-map-state="fallback"). For tests whose
 * subject is not the WebGL map (copy, layout, the embed's messaging, the kiosk's loop): a page is usable in about
 * a second instead of the 5-20 s software WebGL takes to a ready map, and no map keeps a core busy meanwhile.
 */
export const NO_WEBGL = {
	...LAUNCH,
	// --disable-gpu: with no WebGL to draw, the page is composited in software too, without SwiftShader's GPU
	// process (measured: 15 % less CPU per page load).
	args: [...LAUNCH.args, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-gpu']
};

/** The preview port; E2E_PORT lets two checkouts (git worktrees) run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts/,
	fullyParallel: true,
	// Two cores: two workers keep SwiftShader from starving the preview server.
	workers: 2,
	// A flaky test is fixed at its cause, never retried into green.
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://localhost:${PORT}`,
		// No traces: recording one for every test (and discarding it when the test passed) cost 15 % of the suite's CPU
		// (measured on i18n.e2e.ts). A failure prints its error, call log and the page's accessibility snapshot;
		// for a trace, run the spec again with `npx playwright test <file> --trace=on`.
		trace: 'off',
		// The site registers a service worker (src/service-worker.ts). page.route cannot see requests a service
		// worker answers, so tests run without it; tests/kiosk.e2e.ts allows it where it tests offline use.
		serviceWorkers: 'block',
		launchOptions: LAUNCH
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
	webServer: {
		// Rebuilds build/ when any input is newer (scripts/build-stamp.ts), then serves it with our own server.
		// Never another process's server on this port: if the port is taken, the run fails instead.
		command: 'npx tsx scripts/e2e-server.ts',
		env: { E2E_PORT: String(PORT) },
		url: `http://localhost:${PORT}/_app/version.json`,
		reuseExistingServer: false,
		stdout: 'pipe',
		// A stale build is rebuilt first (1-3 min on two busy cores).
		timeout: 300_000
	}
});
