// The figure formatter lives in lib/present/figure-text.ts (one formatter for charts, /data, downloads, kiosk);
// re-exported here for the chart code that imports it from its own folder.
export * from '$lib/present/figure-text';
