// The fact-card wall packed without holes (issue 10 item 5). CSS columns keep the city groups in order but
// balance them only as whole groups, so the seven short Korean groups end a column ~700 px above the four long
// European ones. This action lays the wall out as a grid of ROW_PX rows, each group spanning the rows its
// height needs: the grid's own auto-placement then puts each group, in reading order, into the column that frees
// first (the shortest), which is masonry. Until it runs (prerendered HTML, print) the columns layout stays.

/** The grid's row unit, px: a group's span is its height (plus the gap below it) in these. */
export const ROW_PX = 4;

/** Rows a group of `height` px spans with `gap` px below it. */
export function rowSpan(height: number, gap: number, row = ROW_PX): number {
	const px = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0);
	return Math.max(1, Math.ceil((px(height) + px(gap)) / row));
}

/**
 * Svelte action on the wall (`query`: the media query of its wide-screen CSS): adds `is-masonry` (the CSS switches to the row grid on wide screens) and keeps each
 * child's `grid-row-end` equal to its measured height, re-measured whenever a group changes size (fonts arrive,
 * the window is resized). Where the wide-screen rule does not apply (phones: one column), it sets nothing.
 */
export function masonry(wall: HTMLElement, query: string) {
	const wide = matchMedia(query);
	// The gap between groups is the grid's column gap, kept below each group as well.
	const gap = () => parseFloat(getComputedStyle(wall).columnGap) || 0;
	let frame = 0;
	const layout = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			for (const child of wall.children as HTMLCollectionOf<HTMLElement>) {
				// Measured from the content box of the group: its height does not depend on its own span.
				child.style.gridRowEnd = wide.matches ? `span ${rowSpan(child.getBoundingClientRect().height, gap())}` : '';
			}
			// State for tests and styles: the spans now match the groups as measured.
			wall.dataset.packed = wide.matches ? 'masonry' : 'single';
		});
	};
	const observer = new ResizeObserver(layout);
	for (const child of wall.children) observer.observe(child);
	wide.addEventListener('change', layout);
	wall.classList.add('is-masonry');
	layout();
	return {
		destroy() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			wide.removeEventListener('change', layout);
			wall.classList.remove('is-masonry');
			delete wall.dataset.packed;
		}
	};
}
