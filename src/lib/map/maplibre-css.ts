// Build-time only (vite.config.ts): MapLibre's stylesheet without the icons of its controls. The page adds no
// MapLibre control (create-map.ts: attributionControl false; credits, zoom and play buttons are our own HTML),
// and those icons are inline SVG data URIs: 54 of the file's 64 KB, downloaded before every map.
import postcss from 'postcss';

/** `css` with every rule that paints an inline `data:` image removed (and at-rules left empty by that). */
export function withoutControlIcons(css: string): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		if (/url\(\s*["']?data:/.test(rule.toString())) rule.remove();
	});
	root.walkAtRules((atRule) => {
		if (atRule.nodes?.length === 0) atRule.remove();
	});
	return root.toString();
}
