import { describe, expect, it } from 'vitest';
import { Player, type PlayTarget } from './player';

function target(count = 6): PlayTarget {
	return {
		index: 0,
		progress: 0,
		count,
		goTo(index, progress = 1) {
			this.index = index;
			this.progress = progress;
		}
	};
}

describe('Player', () => {
	it('advances progress within a chapter in proportion to its dwell', () => {
		const t = target();
		const p = new Player(t, { dwellMs: () => 1000 });
		p.advance(250);
		expect(t).toMatchObject({ index: 0, progress: 0.25 });
	});

	it('carries leftover time into the next chapter', () => {
		const t = target();
		const p = new Player(t, { dwellMs: (i) => (i === 1 ? 2000 : 1000) });
		p.advance(1500);
		expect(t.index).toBe(1);
		expect(t.progress).toBeCloseTo(0.25);
	});

	it('stops at the end and reports it, or loops when asked', () => {
		let ended = 0;
		const t = target(3);
		new Player(t, { dwellMs: () => 100, onEnd: () => ended++ }).advance(10_000);
		expect(t).toMatchObject({ index: 2, progress: 1 });
		expect(ended).toBe(1);

		const l = target(3);
		let loops = 0;
		new Player(l, { dwellMs: () => 100, loop: true, onLoop: () => loops++ }).advance(350);
		expect(l.index).toBe(0);
		expect(l.progress).toBeCloseTo(0.5);
		expect(loops).toBe(1);
	});

	it('starting on a finished chapter moves to the next, and at the very end back to the first', () => {
		const frames: ((now: number) => void)[] = [];
		const opts = { dwellMs: () => 100, requestFrame: (cb: (n: number) => void) => frames.push(cb), cancelFrame: () => {} };
		const t = target(3);
		t.goTo(1, 1);
		new Player(t, opts).start();
		expect(t).toMatchObject({ index: 2, progress: 0 });
		const e = target(3);
		e.goTo(2, 1);
		new Player(e, opts).start();
		expect(e).toMatchObject({ index: 0, progress: 0 });
	});

	it('runs on the frame clock and caps long gaps at 100 ms', () => {
		const frames: ((now: number) => void)[] = [];
		const t = target();
		const p = new Player(t, { dwellMs: () => 1000, requestFrame: (cb) => frames.push(cb), cancelFrame: () => {} });
		p.start();
		frames.shift()!(0);
		frames.shift()!(5000); // a 5 s stall counts as 100 ms
		expect(t.index).toBe(0);
		expect(t.progress).toBeCloseTo(0.1);
		p.stop();
		expect(p.running).toBe(false);
	});
});
