import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { attr, iframeSnippet, scriptSnippet } from './snippet';
import { SITE_ORIGIN } from '$lib/site';

describe('embed snippets', () => {
	it('writes a lazy, titled, full-width iframe on the site origin', () => {
		const html = iframeSnippet({ path: '/embed?chapter=bonn&autoplay=1', title: 'A "map" <story>' });
		expect(html).toBe(
			`<iframe src="${SITE_ORIGIN}/embed?chapter=bonn&amp;autoplay=1" title="A &quot;map&quot; &lt;story&gt;" ` +
				'width="100%" height="640" style="width:100%;min-width:300px;border:0" loading="lazy" allow="fullscreen"></iframe>'
		);
		expect(scriptSnippet()).toBe(`<script src="${SITE_ORIGIN}/embed.js" async></script>`);
		expect(attr('&<>"')).toBe('&amp;&lt;&gt;&quot;');
	});

	it('serves a host script under 2 KB, ES5 (no arrow functions, let/const, template strings)', () => {
		const js = readFileSync('static/embed.js', 'utf8');
		expect(Buffer.byteLength(js)).toBeLessThan(2048);
		expect(js).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
		expect(() => new Function(js)).not.toThrow();
	});
});
