// What every chart of the charts section shares: the props ChartsSection passes to each, and the frame's words.
import type { T } from './format';

export interface ChartProps {
	t: T;
	locale: string;
	/** The place lit up by the story (map labels, delegation list, another chart). */
	highlighted: string | null;
	onhighlight: (id: string | null) => void;
}

/** ChartFrame's text props for one chart (`charts.<chart>.title`, `.howTo`); the fact cards have no "hover" prompt. */
export function frameText(t: T, chart: 'milestones' | 'size' | 'facts', { prompt = true } = {}) {
	return {
		title: t(`charts.${chart}.title`),
		howTo: t(`charts.${chart}.howTo`),
		prompt: prompt ? t('charts.prompt') : undefined,
		sourcesLabel: t('charts.sources'),
		dateLabel: (date: string) => t('charts.readout.date', { date })
	};
}
