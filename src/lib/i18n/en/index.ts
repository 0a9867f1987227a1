// The English catalog: interface strings (ui.ts), the story's copy (story.ts), the embed's strings (embed.ts).
import { ui } from './ui';
import { story } from './story';
import { embed } from './embed';

export const en = { ...ui, ...story, ...embed };
