// Playwright runs against the BUILT site (vite preview of build/), in Debian's Chromium where it exists.
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

/** Launch options for Debian's Chromium; a test file that needs other flags spreads these first. */
export const LAUNCH = { executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? systemChromium, args: CHROMIUM_ARGS };

/** The preview port; E2E_PORT lets two checkouts (git worktrees) run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts/,
	fullyParallel: true,
	// Two cores: two workers keep SwiftShader from starving the preview server.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		// The site registers a service worker (src/service-worker.ts). page.route cannot see requests a service
		// worker answers, so tests run without it; tests/kiosk.e2e.ts allows it where it tests offline use.
		serviceWorkers: 'block',
		launchOptions: LAUNCH
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
	webServer: {
		// `npm test` builds first; the server only previews build/.
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
