// Roving focus inside a chart: one Tab stop per chart; the arrow keys, Home and End move between its marks.
/** The index a key moves to among `count` marks, or null when the key is not ours (Tab, letters …). */
export function nextIndex(key: string, index: number, count: number): number | null {
	if (count <= 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
