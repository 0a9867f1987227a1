// Work no reader waits for (diagnostics, code for later, elements still hidden) runs when the main thread is idle,
// not in the task that made it necessary: the load's long tasks are what delay a usable map (docs/PERFORMANCE.md).

/**
 * Runs `run` at the page's next idle moment, or after `timeoutMs` at the latest. Where the browser has no
 * requestIdleCallback (Safari), after `fallbackMs`. Returns a function that cancels it if it has not run.
 */
export function whenIdle(run: () => void, timeoutMs: number, fallbackMs = 0): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => run(), { timeout: timeoutMs });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, fallbackMs);
	return () => clearTimeout(id);
}
