// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** PUBLIC_SITE_ORIGIN at build time (vite.config.ts), e.g. 'https://journey.example.org'; no trailing slash. */
	const __SITE_ORIGIN__: string;
}

export {};
