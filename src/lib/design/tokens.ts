// The one set of design tokens for the page CSS, the map style and the charts.
// The page gets them as CSS custom properties (tokensToCss, injected by the root layout); style.ts and the
// charts import the same values, so a colour changed here changes everywhere.

export const color = {
	paper: '#f6f4ef', // page background
	surface: '#ffffff', // cards, panels
	ink: '#1b2230', // body text (contrast 15:1 on paper)
	inkMuted: '#4f5766', // secondary text (7:1 on paper)
	rule: '#d9d5cb', // hairlines
	accent: '#b3261e', // the route, the plane, the active stop (5.9:1 on paper)
	accentSoft: '#f3d9d6',
	korea: '#1f5a8c', // the delegation's cities (6.9:1 on paper)
	koreaSoft: '#d6e4f0',
	europe: '#2f6b4f', // the host cities (6.1:1 on paper)
	europeSoft: '#d8e8df',
	muted: '#8a8f99', // discrepancy (Anyang), context places
	focus: '#1a56db', // focus ring
	// map
	water: '#cfdde5',
	land: '#f1efe8',
	landDetail: '#ece9e0',
	urban: '#e3ddd0',
	coast: '#9fb3bf',
	border: '#a39e92',
	region: '#cfc9bb',
	river: '#a9c2d0',
	highlight: '#e8a33d'
} as const;

const SANS = "'Noto Sans KR Variable', 'Noto Sans KR', system-ui, sans-serif";
export const font = {
	sans: SANS,
	// Pages not in Korean show Hangul only in names: 'Noto Sans KR Names' holds just those syllables, cut from the
	// same font at build time (fonts/cut-faces.ts), so they load ~25 KB of Hangul instead of ~100 KB (app.css).
	sansNames: `'Noto Sans KR Names', ${SANS}`,
	serif: "'Noto Serif KR Variable', 'Noto Serif KR', Georgia, serif"
} as const;

/** Type scale in rem, from a 1rem (16 px) body; the kiosk multiplies it with --scale. */
export const size = {
	xs: '0.8125rem',
	sm: '0.9375rem',
	md: '1.0625rem',
	lg: '1.3125rem',
	xl: '1.75rem',
	xxl: '2.5rem',
	display: 'clamp(2.25rem, 1.6rem + 2.6vw, 4rem)'
} as const;

export const space = {
	1: '0.25rem',
	2: '0.5rem',
	3: '0.75rem',
	4: '1rem',
	5: '1.5rem',
	6: '2rem',
	7: '3rem',
	8: '4.5rem'
} as const;

export const radius = { sm: '4px', md: '10px' } as const;

export const shadow = {
	card: '0 1px 2px rgba(27, 34, 48, 0.08), 0 8px 24px rgba(27, 34, 48, 0.10)'
} as const;

/** The custom properties for :root, e.g. `--color-ink: #1b2230;`. */
export function tokensToCss(): string {
	const lines: string[] = [];
	const add = (prefix: string, group: Record<string | number, string>) => {
		for (const [name, value] of Object.entries(group)) {
			lines.push(`--${prefix}-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${value};`);
		}
	};
	add('color', color);
	add('font', font);
	add('size', size);
	add('space', space);
	add('radius', radius);
	add('shadow', shadow);
	return `:root{${lines.join('')}}`;
}
