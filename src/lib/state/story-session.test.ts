import { describe, expect, it, vi } from 'vitest';
import { DWELL_MS, StorySession, type FrameClock, type KeyInput } from './story-session.svelte';
import { FLIGHT_INDEX } from '$lib/journey/journey';

/** A manual frame clock: `tick(ms)` runs the pending frame callback `ms` later than the last one. */
function fakeClock() {
	let now = 0;
	let next = 1;
	const pending = new Map<number, (t: number) => void>();
	const clock: FrameClock = {
		requestFrame: (cb) => {
			pending.set(next, cb);
			return next++;
		},
		cancelFrame: (id) => void pending.delete(id)
	};
	const tick = (ms: number) => {
		now += ms;
		const callbacks = [...pending.values()];
		pending.clear();
		for (const cb of callbacks) cb(now);
	};
	/** Runs the clock for `total` ms in steps of `step` ms (frames). */
	const run = (total: number, step = 50) => {
		for (let t = 0; t < total; t += step) tick(step);
	};
	return { clock, tick, run, pendingCount: () => pending.size };
}

function key(k: string, target: unknown = null): KeyInput & { prevented: boolean } {
	const event = {
		key: k,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		defaultPrevented: false,
		target: target as EventTarget | null,
		prevented: false,
		preventDefault() {
			event.prevented = true;
		}
	};
	return event;
}

const element = (matches: string) => ({ closest: (selector: string) => (selector.split(', ').some((s) => matches === s) ? {} : null) });

function session(keys: 'story' | 'embed' = 'story', reduced = false) {
	const c = fakeClock();
	const onMove = vi.fn();
	const s = new StorySession({ keys, reducedMotion: () => reduced, transitionMs: 1600, onMove, clock: c.clock });
	return { s, c, onMove };
}

describe('StorySession play clock', () => {
	it('plays a chapter over its dwell time, then the next, and stops at the end', () => {
		const { s, c } = session();
		s.story.goTo(0, 0);
		s.play();
		c.tick(0); // first frame: the clock starts
		c.run(DWELL_MS.chapter / 2);
		expect(s.story.index).toBe(0);
		expect(s.story.progress).toBeCloseTo(0.5, 1);
		c.run(DWELL_MS.chapter / 2 + 100);
		expect(s.story.index).toBe(1);
		c.run(DWELL_MS.chapter * 10 + DWELL_MS.flight);
		expect(s.story.index).toBe(s.story.count - 1);
		expect(s.story.progress).toBe(1);
		expect(s.story.playing).toBe(false);
		expect(c.pendingCount()).toBe(0);
	});

	it('gives the flight its longer dwell', () => {
		const { s, c } = session();
		s.story.goTo(FLIGHT_INDEX, 0);
		s.play();
		c.tick(0);
		c.run(DWELL_MS.chapter);
		expect(s.story.index).toBe(FLIGHT_INDEX);
		expect(s.story.progress).toBeCloseTo(DWELL_MS.chapter / DWELL_MS.flight, 1);
	});

	it('under reduced motion steps through end states and lands at once', () => {
		const { s, c } = session('story', true);
		s.story.goTo(FLIGHT_INDEX, 0);
		s.play();
		c.tick(0);
		c.tick(50);
		expect(s.story.progress).toBe(1);
		expect(s.instant).toBe(true);
		expect(s.transitionMs).toBe(0);
	});

	it('pause, interrupt and go stop the clock', () => {
		const { s, c, onMove } = session();
		s.play();
		s.interrupt();
		expect(s.story.playing).toBe(false);
		expect(c.pendingCount()).toBe(0);
		s.play();
		s.go(3);
		expect(s.story.playing).toBe(false);
		expect([s.story.index, s.story.progress]).toEqual([3, 1]);
		expect(onMove).toHaveBeenLastCalledWith(3, 1);
	});

	it('holds autoplay while out of view and resumes when back, but not after a pause', () => {
		const { s } = session('embed');
		s.play();
		s.setVisible(false);
		expect(s.story.playing).toBe(false);
		s.setVisible(true);
		expect(s.story.playing).toBe(true);
		s.pause();
		s.setVisible(false);
		s.setVisible(true);
		expect(s.story.playing).toBe(false);
	});
});

describe('StorySession scroll steps', () => {
	it('follows scroll progress, except under reduced motion where the flight shows its whole-arc end state', () => {
		const moving = session();
		moving.s.step(FLIGHT_INDEX, 0.3);
		expect(moving.s.story.progress).toBe(0.3);
		const reduced = session('story', true);
		for (const p of [0, 0.1, 0.5, 0.9]) {
			reduced.s.step(FLIGHT_INDEX, p);
			expect(reduced.s.story.progress).toBe(1);
		}
	});
});

describe('StorySession keys', () => {
	it('steps with arrows and page keys, jumps with Home/End, and leaves Up/Down to the story page', () => {
		const { s } = session('story');
		s.story.goTo(2);
		const right = key('ArrowRight');
		expect(s.keydown(right)).toBe(true);
		expect(right.prevented).toBe(true);
		expect(s.story.index).toBe(3);
		s.keydown(key('PageUp'));
		expect(s.story.index).toBe(2);
		s.keydown(key('End'));
		expect(s.story.index).toBe(s.story.count - 1);
		s.keydown(key('Home'));
		expect(s.story.index).toBe(0);
		const down = key('ArrowDown');
		expect(s.keydown(down)).toBe(false);
		expect(down.prevented).toBe(false);
	});

	it('in the embed takes every scrolling key so the host never scrolls', () => {
		const { s } = session('embed');
		for (const k of ['ArrowUp', 'ArrowDown', ' ', 'PageUp', 'PageDown', 'Home', 'End']) {
			const event = key(k);
			expect(s.keydown(event), k).toBe(true);
			expect(event.prevented, k).toBe(true);
		}
		s.story.goTo(1);
		s.keydown(key('ArrowDown'));
		expect(s.story.index).toBe(2);
		// Space on a button presses it (no scroll): left alone.
		const space = key(' ', element('button'));
		expect(s.keydown(space)).toBe(false);
	});

	it('ignores modified keys and keys typed in form fields', () => {
		const { s } = session('embed');
		const ctrl = { ...key('ArrowRight'), ctrlKey: true };
		expect(s.keydown(ctrl)).toBe(false);
		expect(s.keydown(key('ArrowRight', element('input')))).toBe(false);
		expect(s.story.index).toBe(0);
	});
});

describe('StorySession URL', () => {
	it('opens deep links in their end state and ignores unknown ids', () => {
		const { s } = session();
		expect(s.openFromUrl(new URL('https://x.test/?chapter=bonn'))).toBe(true);
		expect(s.story.chapterId).toBe('bonn');
		expect(s.story.instant).toBe(true);
		expect(s.openFromUrl(new URL('https://x.test/?chapter=%3Cscript%3E'))).toBe(false);
		expect(s.story.chapterId).toBe('bonn');
	});

	it('writes ?chapter= for the current chapter, drops the fragment, and nothing on the first chapter', () => {
		const { s } = session();
		s.story.goTo(0);
		expect(s.urlFor(new URL('https://x.test/de/'))).toBeNull();
		expect(s.urlFor(new URL('https://x.test/de/?chapter=bonn'))?.href).toBe('https://x.test/de/');
		s.story.goToId('evry');
		expect(s.urlFor(new URL('https://x.test/#evry'))?.href).toBe('https://x.test/?chapter=evry');
		expect(s.urlFor(new URL('https://x.test/?chapter=evry'))).toBeNull();
	});
});
