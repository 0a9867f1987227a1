// The story's English copy: chapter texts, place and venue names, units, notes. Written from facts.md.
export const story = {} satisfies Record<string, string>;
