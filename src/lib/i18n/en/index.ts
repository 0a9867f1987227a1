// The English catalog: interface strings (ui.ts) and the story's copy (story.ts).
import { ui } from './ui';
import { story } from './story';

export const en = { ...ui, ...story };
