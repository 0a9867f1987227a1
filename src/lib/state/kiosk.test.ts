import { describe, expect, it } from 'vitest';
import {
	IDLE_SECONDS,
	IdleTimer,
	SPEED,
	chapterSlideIndex,
	formatUptime,
	kioskParams,
	loopSlides,
	mapProgress,
	nextLoopLocale,
	parseLangs,
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
		expect(kioskParams(new URL('http://x/kiosk?speed=20&idle=3&debug'))).toEqual({ speed: 20, idleMs: 3000, debug: true, langs: [] });
		expect(kioskParams(new URL('http://x/kiosk'))).toEqual({ speed: 1, idleMs: 60_000, debug: false, langs: [] });
		expect(kioskParams(new URL('http://x/kiosk?langs=ko,en')).langs).toEqual(['ko', 'en']);
		expect(kioskParams(new URL('http://x/kiosk?idle=0.2&speed=abc')).idleMs).toBe(IDLE_SECONDS.min * 1000);
		expect(kioskParams(new URL('http://x/kiosk?idle=99999')).idleMs).toBe(IDLE_SECONDS.max * 1000);
	});
});

describe('?langs', () => {
	it.each([
		['ko,en', ['ko', 'en']],
		[' KO , de,fr ', ['ko', 'de', 'fr']],
		['en,ko,en,xx', ['en', 'ko']], // repeats and unknown locales dropped
		['ko', []], // one language: nothing to alternate
		['', []],
		['<script>,en', []],
		['__proto__,constructor', []],
		['en,' + 'ko,'.repeat(100), []] // absurdly long: ignored whole
	])('%j -> %j', (raw, expected) => {
		expect(parseLangs(raw)).toEqual(expected);
	});
	it('ignores a missing parameter', () => {
		expect(parseLangs(null)).toEqual([]);
		expect(parseLangs(undefined)).toEqual([]);
	});

	it('the next loop plays in the next language, wrapping; a page outside the list starts it', () => {
		expect(nextLoopLocale('ko', ['ko', 'en'])).toBe('en');
		expect(nextLoopLocale('en', ['ko', 'en'])).toBe('ko');
		expect(nextLoopLocale('fr', ['ko', 'de', 'fr'])).toBe('ko');
		expect(nextLoopLocale('de', ['ko', 'en'])).toBe('ko');
		expect(nextLoopLocale('en', [])).toBeNull();
	});
});

describe('IdleTimer', () => {
	it('expires idleMs after the last input, and input re-arms it', () => {
		const idle = new IdleTimer({ idleMs: 60_000, now: 0 });
		idle.input(1000);
		expect(idle.expired(60_999)).toBe(false);
		expect(idle.remainingMs(31_000)).toBe(30_000);
		idle.input(2000);
		expect(idle.expired(61_999)).toBe(false);
		expect(idle.expired(62_000)).toBe(true);
		expect(idle.remainingMs(100_000)).toBe(0);
	});

	it('hides the cursor after 3 s without pointer movement; movement alone does not re-arm the idle timeout', () => {
		const idle = new IdleTimer({ idleMs: 5000, now: 0 });
		expect(idle.cursorHidden(2999)).toBe(false);
		expect(idle.cursorHidden(3000)).toBe(true);
		idle.pointerMoved(3500);
		expect(idle.cursorHidden(4000)).toBe(false);
		expect(idle.cursorHidden(6500)).toBe(true);
		expect(idle.expired(5000)).toBe(true);
	});
});

describe('the loop', () => {
	it('opens with the title card, then one chapter slide per chapter; the flight dwells longest', () => {
		const slides = loopSlides(6, 1);
		expect(slides[0]!.kind).toBe('title');
		expect(slides.slice(1).map((s) => s.kind === 'chapter' && s.chapterIndex)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(slides[2]!.dwellMs).toBeGreaterThan(slides[1]!.dwellMs);
		// Stepping to a chapter lands on its own slide, never on the title card.
		expect(chapterSlideIndex(slides, 0)).toBe(1);
		expect(chapterSlideIndex(slides, 5)).toBe(6);
	});

	it('chart slides and reduced motion show end states', () => {
		const chart = { kind: 'chart' as const, chartId: 'population', chapterIndex: 5, dwellMs: 8000 };
		expect(mapProgress(chart, 0.2, false)).toBe(1);
		expect(mapProgress(loopSlides(6, 1)[2]!, 0.2, false)).toBe(0.2);
		expect(mapProgress(loopSlides(6, 1)[2]!, 0.2, true)).toBe(1);
		// The title card shows the opening view, with or without motion.
		expect(mapProgress(loopSlides(6, 1)[0]!, 0.7, true)).toBe(0);
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
