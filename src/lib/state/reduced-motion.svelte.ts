// prefers-reduced-motion as a reactive value. Under reduce: no flight animation and no camera flights;
// chapter changes land in their end state at once (docs/ARCHITECTURE.md, "Reduced motion").
import { MediaQuery } from 'svelte/reactivity';

export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
