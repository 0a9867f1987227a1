// Build-time only (vite.config.ts): MapLibre's stylesheet cut to what our map uses. The page adds no MapLibre
// control, popup or location dot (create-map.ts: attributionControl false; credits, zoom and play buttons are our
// own HTML; the labels are markers). Their rules are 60 of the file's 64 KB, most of it the controls' inline SVG
// icons, downloaded before every map. The map's own rules stay: the canvas, its container, the markers, the
// cooperative-gestures screen, the empty corner containers MapLibre always creates.
import postcss from 'postcss';

/** A selector for something the page never creates. The four corner containers exist on every map. */
const UNUSED = /maplibregl-(popup|user-location|ctrl(?!-(top|bottom)-(left|right)(?![\w-])))/;

/** `css` without the rules (and selectors) for controls, popups and location dots, and without inline images. */
export function mapStylesheet(css: string): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		const used = rule.selectors.filter((selector) => !UNUSED.test(selector));
		if (used.length === 0 || /url\(\s*["']?data:/.test(rule.toString())) rule.remove();
		else if (used.length < rule.selectors.length) rule.selectors = used;
	});
	root.walkAtRules((atRule) => {
		if (atRule.nodes?.length === 0 || (atRule.name.endsWith('keyframes') && /user-location/.test(atRule.params))) {
			atRule.remove();
		}
	});
	return root.toString();
}
