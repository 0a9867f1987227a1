// The oEmbed document (https://oembed.com, type "rich"): prerendered once, so it answers the same for any
// ?url= of the story or the embed (a static host ignores the query). Absolute URLs use PUBLIC_SITE_ORIGIN.
import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { absolute, SITE_ORIGIN } from '$lib/site';
import { DEFAULT_HEIGHT, iframeSnippet } from '$lib/embed/snippet';

export const prerender = true;

export function GET() {
	const title = translate('en', 'story.title');
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: translate('en', 'site.name'),
		provider_url: SITE_ORIGIN + '/',
		html: iframeSnippet({ title: translate('en', 'embed.iframeTitle') }),
		width: 640,
		height: DEFAULT_HEIGHT,
		thumbnail_url: absolute('/share.png'),
		thumbnail_width: 1200,
		thumbnail_height: 630,
		cache_age: 86400
	});
}
