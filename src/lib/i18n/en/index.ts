// The English catalog: interface strings (ui.ts), the story's copy (story.ts) and the kiosk's (kiosk.ts).
import { ui } from './ui';
import { story } from './story';
import { kiosk } from './kiosk';

export const en = { ...ui, ...story, ...kiosk };
