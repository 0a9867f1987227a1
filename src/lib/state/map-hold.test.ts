import { describe, expect, it } from 'vitest';
import { MapHoldPolicy, RECOVER_MS } from './map-hold';

describe('MapHoldPolicy (fake clock)', () => {
	it('waits for the map, then a ready map neither holds nor reloads', () => {
		const p = new MapHoldPolicy();
		expect(p.settled).toBe(false);
		p.mapState('loading', 0);
		expect(p.settled).toBe(false);
		p.mapState('ready', 100);
		expect(p.state.kind).toBe('ready');
		expect(p.holdsLoop).toBe(false);
		expect(p.loopStart(1_000_000)).toBeNull();
	});

	it('holds the loop while a lost context recovers, and lets go when the map is back', () => {
		const p = new MapHoldPolicy();
		p.mapState('ready', 0);
		p.mapState('loading', 1000);
		expect(p.holdsLoop).toBe(true);
		p.tick(1000 + RECOVER_MS); // not yet over the limit
		expect(p.holdsLoop).toBe(true);
		p.mapState('ready', 5000);
		expect(p.holdsLoop).toBe(false);
		expect(p.loopStart(100_000)).toBeNull();
	});

	it('gives up holding after RECOVER_MS and reloads at the next loop start', () => {
		const p = new MapHoldPolicy();
		p.mapState('ready', 0);
		p.mapState('loading', 1000);
		expect(p.loopStart(2000)).toBeNull(); // too early: keep trying
		p.tick(1001 + RECOVER_MS);
		expect(p.state.kind).toBe('lost');
		expect(p.holdsLoop).toBe(false); // the loop plays on without the map
		expect(p.loopStart(1001 + RECOVER_MS)).toBe('reload');
	});

	it('a ready map that turns into an error is reloaded at a loop start after RECOVER_MS, without holding', () => {
		const p = new MapHoldPolicy();
		p.mapState('ready', 0);
		p.mapState('error', 500);
		expect(p.holdsLoop).toBe(false);
		expect(p.loopStart(500 + RECOVER_MS)).toBeNull();
		expect(p.loopStart(501 + RECOVER_MS)).toBe('reload');
	});

	it('a map that was never ready (no WebGL) is never reloaded', () => {
		const p = new MapHoldPolicy();
		p.mapState('fallback', 0);
		expect(p.settled).toBe(true);
		expect(p.state.kind).toBe('no-map');
		p.mapState('loading', 10);
		expect(p.holdsLoop).toBe(false);
		expect(p.loopStart(10_000_000)).toBeNull();
	});

	it('a map that hangs while loading is given up on (the loop starts) but not reloaded', () => {
		const p = new MapHoldPolicy();
		p.mapState('loading', 0);
		p.giveUpWaiting();
		expect(p.settled).toBe(true);
		expect(p.loopStart(10_000_000)).toBeNull();
		p.mapState('ready', 40_000); // it came after all
		expect(p.state.kind).toBe('ready');
	});
});
