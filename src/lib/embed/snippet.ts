// The copy-paste embed code (/embed-code) and the oEmbed document's html: one builder, so they never drift.
import { absolute } from '$lib/site';

/** Escapes a value for a double-quoted HTML attribute. */
export function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A height that fits the embed at a common article width (~640 px) before embed.js sets the exact one. */
export const DEFAULT_HEIGHT = 640;

export interface IframeOptions {
	/** Root-relative path of the embed: '/embed', '/embed?chapter=bonn&autoplay=1'. */
	path?: string;
	title: string;
	height?: number;
}

/** A plain responsive iframe: full width, lazy, fullscreen allowed; embed.js (optional) sets its height. */
export function iframeSnippet({ path = '/embed', title, height = DEFAULT_HEIGHT }: IframeOptions): string {
	return (
		`<iframe src="${attr(absolute(path))}" title="${attr(title)}" width="100%" height="${Math.round(height)}" ` +
		`style="width:100%;min-width:300px;border:0" loading="lazy" allow="fullscreen"></iframe>`
	);
}

/** The host script: sizes our iframes from their lcj:height messages (static/embed.js). */
export function scriptSnippet(): string {
	return `<script src="${attr(absolute('/embed.js'))}" async></script>`;
}

/** For pages that already run pym.js: its Parent sizes the embed from our Pym-format height messages. */
export function pymSnippet(path = '/embed'): string {
	return (
		'<div id="lcj-journey"></div>\n<script src="pym.v1.min.js"></script>\n' +
		`<script>new pym.Parent('lcj-journey', '${absolute(path).replace(/'/g, '%27')}', {});</script>`
	);
}
