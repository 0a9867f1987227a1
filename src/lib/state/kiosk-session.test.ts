// The kiosk session driven by a fake clock and a manual frame source: the loop, the idle reset, the map
// hold/reload policy and the language alternation, without a browser.
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { loopSlides, TITLE_DWELL_MS, chapterDwellMs } from './kiosk';
import { DEFAULT_KIOSK_PARAMS, KioskSession } from './kiosk-session.svelte';
import { RECOVER_MS } from './map-hold';

const FLIGHT = 1;
const CHAPTERS = 6;
const LOOP_MS = TITLE_DWELL_MS + Array.from({ length: CHAPTERS }, (_, i) => chapterDwellMs(i, FLIGHT)).reduce((a, b) => a + b);

function harness(locale: Locale = 'en') {
	let now = 0;
	const frames = new Map<number, (now: number) => void>();
	let nextId = 1;
	const log = { reloads: 0, navigations: [] as Locale[] };
	const state = { locale };
	const session = new KioskSession({
		slides: loopSlides(CHAPTERS, FLIGHT),
		chapterCount: CHAPTERS,
		locale: () => state.locale,
		now: () => now,
		reload: () => log.reloads++,
		navigate: (l) => {
			log.navigations.push(l);
			state.locale = l;
		},
		requestFrame: (cb) => {
			frames.set(nextId, cb);
			return nextId++;
		},
		cancelFrame: (id) => frames.delete(id)
	});
	/** Real time passes: frames every 50 ms, the session's clock every 250 ms. */
	const run = (ms: number) => {
		const end = now + ms;
		while (now < end) {
			now = Math.min(end, now + 50);
			const due = [...frames.entries()];
			frames.clear();
			for (const [, cb] of due) cb(now);
			if (now % 250 === 0) session.tick();
		}
	};
	return { session, run, log, state, frames, get now() { return now; } };
}

describe('KioskSession (fake clock)', () => {
	it('waits for the map, opens on the title card, plays every chapter in order and counts loops', () => {
		const h = harness();
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 10 });
		h.run(1000);
		expect(h.session.playing).toBe(false); // no map yet
		h.session.mapStateChanged('ready');
		expect(h.session.playing).toBe(true);
		expect(h.session.slide.kind).toBe('title');
		expect(h.session.chapterIndex).toBe(0);
		const seen: number[] = [];
		for (let t = 0; t < LOOP_MS / 10 + 500; t += 50) {
			h.run(50);
			if (seen.at(-1) !== h.session.slideIndex) seen.push(h.session.slideIndex);
		}
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 0]);
		expect(h.session.loopCount).toBe(1);
		expect(h.log.navigations).toEqual([]); // no ?langs: one language
	});

	it('input pauses in explore; after idle real seconds (not scaled by speed) it resets to the title card', () => {
		const h = harness();
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 4, idleMs: 3000 });
		h.session.mapStateChanged('ready');
		h.session.goChapter(5);
		expect(h.session.mode).toBe('explore');
		expect(h.session.chapterIndex).toBe(5);
		expect(h.session.playing).toBe(false);
		h.run(2750);
		expect(h.session.mode).toBe('explore');
		expect(h.session.resumesIn).toBe(1);
		h.session.select('unesco-hq');
		h.run(2750); // input re-armed the timer
		expect(h.session.selectedPlace).toBe('unesco-hq');
		h.run(500);
		expect(h.session.mode).toBe('attract');
		expect(h.session.slideIndex).toBe(0);
		expect(h.session.selectedPlace).toBeNull();
		expect(h.session.playing).toBe(true);
	});

	it('a touch on the title card opens the first chapter; steps go by chapter and wrap', () => {
		const h = harness();
		h.session.mapStateChanged('ready');
		h.session.input();
		expect(h.session.slide.kind).toBe('chapter');
		expect(h.session.chapterIndex).toBe(0);
		h.session.reset();
		h.session.step(1); // from the title card: the second chapter, as from the first
		expect(h.session.chapterIndex).toBe(1);
		h.session.step(-1);
		h.session.step(-1);
		expect(h.session.chapterIndex).toBe(CHAPTERS - 1);
		expect(h.session.slideProgress).toBe(1);
	});

	it('the toggle pauses and resumes without resetting', () => {
		const h = harness();
		h.session.mapStateChanged('ready');
		h.run(TITLE_DWELL_MS + 2000);
		const at = h.session.slideIndex;
		h.session.toggle();
		expect(h.session.mode).toBe('explore');
		h.run(5000);
		expect(h.session.slideIndex).toBe(at);
		h.session.toggle();
		expect(h.session.mode).toBe('attract');
		expect(h.session.playing).toBe(true);
	});

	it('holds the loop while the map recovers, plays on after RECOVER_MS, and reloads at the next loop start', () => {
		const h = harness();
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 100 });
		h.session.mapStateChanged('ready');
		h.run(100);
		h.session.mapStateChanged('loading'); // context lost
		expect(h.session.hold).toBe('recovering');
		expect(h.session.playing).toBe(false);
		const held = h.session.slideIndex;
		h.run(RECOVER_MS - 1000);
		expect(h.session.slideIndex).toBe(held);
		expect(h.log.reloads).toBe(0);
		h.run(1500);
		expect(h.session.hold).toBe('lost');
		expect(h.session.playing).toBe(true);
		h.run(LOOP_MS / 100 + 100); // at least one loop start (a real reload would end the run there)
		expect(h.log.reloads).toBeGreaterThanOrEqual(1);
	});

	it('a map that comes back resumes the loop without a reload', () => {
		const h = harness();
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 100 });
		h.session.mapStateChanged('ready');
		h.session.mapStateChanged('loading');
		h.run(2000);
		h.session.mapStateChanged('ready');
		expect(h.session.playing).toBe(true);
		h.run(3 * (LOOP_MS / 100));
		expect(h.session.loopCount).toBeGreaterThanOrEqual(2);
		expect(h.log.reloads).toBe(0);
	});

	it('without WebGL the captions loop anyway and nothing reloads', () => {
		const h = harness();
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 100 });
		h.session.mapStateChanged('fallback');
		expect(h.session.playing).toBe(true);
		h.run(3 * (LOOP_MS / 100));
		expect(h.session.loopCount).toBeGreaterThanOrEqual(2);
		expect(h.log.reloads).toBe(0);
	});

	it('a map that hangs while loading does not hold the first loop forever', () => {
		const h = harness();
		h.session.startWithoutMap();
		expect(h.session.playing).toBe(true);
	});

	it('?langs alternates the language from loop to loop; explore stays in the chosen one', () => {
		const h = harness('en');
		h.session.configure({ ...DEFAULT_KIOSK_PARAMS, speed: 100, langs: ['ko', 'en'] });
		h.session.mapStateChanged('ready');
		h.run(LOOP_MS / 100 + 100);
		expect(h.log.navigations).toEqual(['ko']);
		h.run(LOOP_MS / 100);
		expect(h.log.navigations).toEqual(['ko', 'en']);
		h.session.input();
		h.run(LOOP_MS / 100 + 100);
		expect(h.log.navigations).toEqual(['ko', 'en']); // paused: no loop, no switch
	});

	it('the cursor hides after 3 s without movement and shows on movement', () => {
		const h = harness();
		h.run(3000);
		expect(h.session.cursorHidden).toBe(true);
		h.session.pointerMoved();
		expect(h.session.cursorHidden).toBe(false);
	});
});
