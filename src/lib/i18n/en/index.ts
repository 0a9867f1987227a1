// The English catalog: interface strings (ui.ts), the story's copy (story.ts), the charts and /data
// (charts.ts) and the kiosk (kiosk.ts).
import { ui } from './ui';
import { story } from './story';
import { charts } from './charts';
import { kiosk } from './kiosk';

export const en = { ...ui, ...story, ...charts, ...kiosk };
