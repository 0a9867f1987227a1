import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	test: {
		// Unit tests sit beside the code; e2e tests (*.e2e.ts) are Playwright's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
