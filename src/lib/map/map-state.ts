// The map element's `data-map-state` (the page contract, docs/ARCHITECTURE.md):
// loading -> ready; fallback = the drawn map is the map (no WebGL, or a lost context that never came back);
// error = something else failed (the drawn map still shows).
export type MapState = 'loading' | 'ready' | 'fallback' | 'error';
