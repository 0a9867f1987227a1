// The site's public origin for absolute URLs (oEmbed, Open Graph images, embed snippets). Set PUBLIC_SITE_ORIGIN
// when building for a real host; the default is the local preview (`npm start`).
export const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** An absolute URL on this site for a root-relative path ('/embed?chapter=bonn'). */
export function absolute(path: string): string {
	return SITE_ORIGIN + (path.startsWith('/') ? path : `/${path}`);
}
