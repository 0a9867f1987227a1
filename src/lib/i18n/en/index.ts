// The English catalog: interface strings (ui.ts), the story's copy (story.ts), the charts and /data
// (charts.ts), the kiosk (kiosk.ts) and the embed (embed.ts).
import { ui } from './ui';
import { story } from './story';
import { charts } from './charts';
import { kiosk } from './kiosk';
import { embed } from './embed';

export const en = { ...ui, ...story, ...charts, ...kiosk, ...embed };
