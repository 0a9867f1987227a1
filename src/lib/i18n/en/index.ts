// The English catalog: interface strings (ui.ts), the story's copy (story.ts), the charts and /data (charts.ts).
import { ui } from './ui';
import { story } from './story';
import { charts } from './charts';

export const en = { ...ui, ...story, ...charts };
