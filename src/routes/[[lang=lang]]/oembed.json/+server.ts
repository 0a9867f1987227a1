// The oEmbed document (https://oembed.com, type "rich"), one per language: /oembed.json (English), /ko/oembed.json,
// /de/oembed.json, /fr/oembed.json. Prerendered, so each answers the same for any ?url= (a static host ignores
// the query); each page's <link rel="alternate" type="application/json+oembed"> points at its own language's.
import { json } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, loadLocale, localePrefix, translate, type Locale } from '$lib/i18n';
import { absolute } from '$lib/site';
import { SHARE_IMAGE_SIZE, shareImagePath } from '$lib/i18n/share-image';
import { DEFAULT_HEIGHT, iframeSnippet } from '$lib/embed/snippet';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => {
	const locale: Locale = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
	await loadLocale(locale);
	const t = (key: string) => translate(locale, key);
	return json({
		version: '1.0',
		type: 'rich',
		title: t('story.title'),
		provider_name: t('site.name'),
		provider_url: absolute(localePrefix(locale) || '/'),
		html: iframeSnippet({ path: `${localePrefix(locale)}/embed`, title: t('embed.iframeTitle') }),
		width: 640,
		height: DEFAULT_HEIGHT,
		thumbnail_url: absolute(shareImagePath(locale)),
		thumbnail_width: SHARE_IMAGE_SIZE.width,
		thumbnail_height: SHARE_IMAGE_SIZE.height,
		cache_age: 86400
	});
};
