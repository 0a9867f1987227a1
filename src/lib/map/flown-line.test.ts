import { describe, expect, it, vi } from 'vitest';
import { FlownLine, linesKey, svgPath, type FlownLineElements } from './flown-line';
import { ROUTE_WIDTHS, widthAtZoom } from './style';

describe('svgPath', () => {
	it('writes each line of two points or more as M, then L, to 0.1 px', () => {
		expect(svgPath([[{ x: 1, y: 2 }, { x: 3.04, y: 4.06 }], [{ x: 9, y: 9 }], [{ x: 0, y: 0 }, { x: -1, y: 0.25 }]])).toBe(
			'M1.0,2.0L3.0,4.1M0.0,0.0L-1.0,0.3'
		);
		expect(svgPath([])).toBe('');
	});
});

describe('widthAtZoom', () => {
	it('is the style expression: linear between the stops, the end values beyond them', () => {
		expect(widthAtZoom(ROUTE_WIDTHS.line, 0)).toBe(2);
		expect(widthAtZoom(ROUTE_WIDTHS.line, 6)).toBe(3);
		expect(widthAtZoom(ROUTE_WIDTHS.line, 14)).toBe(4);
		expect(widthAtZoom(ROUTE_WIDTHS.casing, 2)).toBe(4);
		expect(widthAtZoom(ROUTE_WIDTHS.casing, Number.NaN)).toBe(4);
		expect(widthAtZoom([[0, 1], [4, 5], [8, 1]], 6)).toBe(3);
	});
});

describe('FlownLine', () => {
	const make = (lineScale = 1) => {
		const el = () => ({ style: { display: '' }, setAttribute: vi.fn() });
		const elements = { root: el(), casing: el(), line: el() };
		return { elements, flown: new FlownLine(elements as unknown as FlownLineElements, lineScale) };
	};
	const project = vi.fn(([lon, lat]: [number, number]) => ({ x: lon, y: -lat }));

	it('starts hidden, draws lines, and hides again when given none', () => {
		const { elements, flown } = make();
		expect(elements.root.style.display).toBe('none');
		flown.set([[[0, 0], [10, 5]]], project, 2);
		expect(elements.root.style.display).toBe('');
		expect(elements.line.setAttribute).toHaveBeenCalledWith('d', 'M0.0,0.0L10.0,-5.0');
		expect(flown.visible).toBe(true);
		flown.set([], project, 2);
		expect(elements.root.style.display).toBe('none');
		expect(flown.visible).toBe(false);
	});

	it('does not draw the same lines twice, and widens them by the line scale', () => {
		const { elements, flown } = make(2);
		flown.set([[[0, 0], [10, 5]]], project, 10);
		flown.set([[[0, 0], [10, 5]]], project, 10);
		expect(elements.line.setAttribute.mock.calls.filter(([k]) => k === 'd')).toHaveLength(1);
		expect(elements.line.setAttribute).toHaveBeenCalledWith('stroke-width', '8.00');
		expect(elements.casing.setAttribute).toHaveBeenCalledWith('stroke-width', '14.00');
	});

	it('projects its lines again on a camera move, and does nothing while hidden', () => {
		const { elements, flown } = make();
		flown.reproject(project, 2);
		expect(elements.line.setAttribute).not.toHaveBeenCalled();
		flown.set([[[0, 0], [10, 5]]], project, 2);
		flown.reproject(([lon, lat]) => ({ x: lon + 1, y: lat }), 2);
		expect(elements.line.setAttribute).toHaveBeenCalledWith('d', 'M1.0,0.0L11.0,5.0');
	});
});

describe('linesKey', () => {
	it('changes with a line’s end or count, not with a copy of the same lines', () => {
		const key = linesKey([[[0, 0], [1, 1]]]);
		expect(linesKey([[[0, 0], [1, 1]]])).toBe(key);
		expect(linesKey([[[0, 0], [1, 2]]])).not.toBe(key);
		expect(linesKey([[[0, 0], [1, 1]], [[1, 1], [2, 2]]])).not.toBe(key);
	});
});
