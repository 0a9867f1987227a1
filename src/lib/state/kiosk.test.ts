import { describe, expect, it } from 'vitest';
import {
	IDLE_SECONDS,
	KioskMachine,
	SPEED,
	formatUptime,
	kioskParams,
	loopSlides,
	mapProgress,
	parseNumberParam,
	swipeDirection
} from './kiosk';
import { Player, type PlayTarget } from './player';

describe('parseNumberParam', () => {
	it.each([
		['2', 2],
		[' 3.5 ', 3.5],
		['.5', 0.5],
		['0.1', 0.25], // clamped up
		['1000', 100], // clamped down
		['100', 100]
	])('speed %j -> %d', (raw, expected) => {
		expect(parseNumberParam(raw, SPEED)).toBe(expected);
	});

	it.each([null, undefined, '', '0', '-5', 'NaN', 'Infinity', '1e3', '0x10', '2abc', '<img src=x onerror=alert(1)>', '1,5', '9'.repeat(400)])(
		'bad speed %j -> 1',
		(raw) => {
			expect(parseNumberParam(raw, SPEED)).toBe(1);
		}
	);

	it('reads ?speed, ?idle (seconds, clamped) and ?debug from a URL', () => {
		expect(kioskParams(new URL('http://x/kiosk?speed=20&idle=3&debug'))).toEqual({ speed: 20, idleMs: 3000, debug: true });
		expect(kioskParams(new URL('http://x/kiosk'))).toEqual({ speed: 1, idleMs: 60_000, debug: false });
		expect(kioskParams(new URL('http://x/kiosk?idle=0.2&speed=abc')).idleMs).toBe(IDLE_SECONDS.min * 1000);
		expect(kioskParams(new URL('http://x/kiosk?idle=99999')).idleMs).toBe(IDLE_SECONDS.max * 1000);
	});
});

describe('KioskMachine', () => {
	it('pauses on input, and after idle seconds of no input resets once and attracts again', () => {
		const m = new KioskMachine({ idleMs: 60_000, now: 0 });
		expect(m.mode).toBe('attract');
		expect(m.tick(120_000)).toBeNull(); // attract never resets itself
		expect(m.input(1000)).toBe('pause');
		expect(m.mode).toBe('explore');
		expect(m.input(2000)).toBeNull(); // already exploring: input only re-arms the idle timer
		expect(m.tick(61_999)).toBeNull();
		expect(m.idleRemainingMs(31_000)).toBe(31_000);
		expect(m.tick(62_000)).toBe('reset');
		expect(m.mode).toBe('attract');
		expect(m.tick(200_000)).toBeNull();
		expect(m.idleRemainingMs(200_000)).toBe(0);
	});

	it('the pause/play control toggles without resetting, and a paused kiosk still resets when left alone', () => {
		const m = new KioskMachine({ idleMs: 5000, now: 0 });
		expect(m.toggle(100)).toBe('pause');
		expect(m.toggle(200)).toBe('resume');
		expect(m.mode).toBe('attract');
		expect(m.toggle(300)).toBe('pause');
		expect(m.tick(5299)).toBeNull();
		expect(m.tick(5300)).toBe('reset');
	});

	it('hides the cursor after 3 s without pointer movement; movement shows it without pausing', () => {
		const m = new KioskMachine({ idleMs: 60_000, now: 0 });
		expect(m.cursorHidden(2999)).toBe(false);
		expect(m.cursorHidden(3000)).toBe(true);
		m.pointerMoved(3500);
		expect(m.cursorHidden(4000)).toBe(false);
		expect(m.mode).toBe('attract');
		expect(m.cursorHidden(6500)).toBe(true);
	});
});

describe('the loop', () => {
	it('has one chapter slide per chapter; the flight dwells longest', () => {
		const slides = loopSlides(6, 1);
		expect(slides.map((s) => s.kind === 'chapter' && s.chapterIndex)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(slides[1]!.dwellMs).toBeGreaterThan(slides[0]!.dwellMs);
	});

	it('chart slides and reduced motion show end states', () => {
		const chart = { kind: 'chart' as const, chartId: 'population', chapterIndex: 5, dwellMs: 8000 };
		expect(mapProgress(chart, 0.2, false)).toBe(1);
		expect(mapProgress(loopSlides(6, 1)[2]!, 0.2, false)).toBe(0.2);
		expect(mapProgress(loopSlides(6, 1)[2]!, 0.2, true)).toBe(1);
	});

	it('loops forever on a scaled clock and counts the loops (fake clock)', () => {
		const slides = loopSlides(6, 1);
		const total = slides.reduce((sum, s) => sum + s.dwellMs, 0);
		const speed = 20;
		const target: PlayTarget = {
			index: 0,
			progress: 0,
			count: slides.length,
			goTo(i, p = 1) {
				this.index = i;
				this.progress = p;
			}
		};
		let loops = 0;
		const player = new Player(target, { dwellMs: (i) => slides[i]!.dwellMs / speed, loop: true, onLoop: () => loops++ });
		for (let t = 0; t < (3 * total) / speed + 10; t += 16) player.advance(16);
		expect(loops).toBe(3);
		expect(target.index).toBe(0);
	});
});

describe('swipes and uptime', () => {
	it.each([
		[-120, 5, 1],
		[120, -10, -1],
		[30, 0, 0],
		[-100, 90, 0],
		[NaN, 0, 0]
	])('dx %d dy %d -> %d', (dx, dy, expected) => {
		expect(swipeDirection(dx, dy)).toBe(expected);
	});

	it('formats uptime as h:mm:ss', () => {
		expect(formatUptime(0)).toBe('0:00:00');
		expect(formatUptime(3_723_000)).toBe('1:02:03');
		expect(formatUptime(-5)).toBe('0:00:00');
	});
});
