// The kiosk's map hold/reload policy as one small state machine (it used to be five loose flags in the page).
// The kiosk must run all day: a map that loses its WebGL context usually gets it back (MapLibre rebuilds it), and
// while it does, the loop holds still, because MapLibre reports a redrawn map on `idle`, which never comes while
// the camera moves every frame. A map that does not come back within RECOVER_MS is given up on: the loop plays on
// without it, and the next loop start reloads the page (it works offline, so a reload is safe). A map that was
// never ready (no WebGL at all) is not reloaded: there is nothing to gain.
//
//   waiting ──ready──▶ ready ──loading──▶ recovering ──(RECOVER_MS)──▶ lost ──loop start──▶ reload
//      │                 ▲  ╲──fallback/error──────────────────────────▶ lost
//      └─fallback/error─▶ no-map          └──────── ready (from any state) ◀──┘
// Pure: every call takes `now` (real ms), so the unit tests drive it with a fake clock.

/** The map element's data-map-state (the page contract; the same union as StoryMap's MapState). */
export type MapState = 'loading' | 'ready' | 'fallback' | 'error';

export type MapHoldState =
	| { kind: 'waiting' }
	| { kind: 'ready' }
	| { kind: 'no-map' }
	| { kind: 'recovering'; since: number }
	| { kind: 'lost'; since: number };

/** How long a map that was ready may take to come back before the loop plays on and the next loop reloads. */
export const RECOVER_MS = 15_000;

export class MapHoldPolicy {
	state: MapHoldState = { kind: 'waiting' };

	/** The loop holds still while a map that was ready recovers. */
	get holdsLoop(): boolean {
		return this.state.kind === 'recovering';
	}

	/** The loop may start: the map has settled one way or the other (ready, or no map at all). */
	get settled(): boolean {
		return this.state.kind !== 'waiting';
	}

	/** Every change of the map element's data-map-state. */
	mapState(map: MapState, now: number): void {
		const s = this.state;
		if (map === 'ready') {
			this.state = { kind: 'ready' };
		} else if (map === 'loading') {
			if (s.kind === 'ready') this.state = { kind: 'recovering', since: now };
		} else if (s.kind === 'waiting') {
			this.state = { kind: 'no-map' };
		} else if (s.kind === 'ready') {
			this.state = { kind: 'lost', since: now };
		} else if (s.kind === 'recovering') {
			this.state = { kind: 'lost', since: s.since };
		}
	}

	/** A map that hangs while loading must not hold the first loop forever: start without it. */
	giveUpWaiting(): void {
		if (this.state.kind === 'waiting') this.state = { kind: 'no-map' };
	}

	/** The session's clock: a recovery that takes too long stops holding the loop. */
	tick(now: number): void {
		const s = this.state;
		if (s.kind === 'recovering' && now - s.since > RECOVER_MS) this.state = { kind: 'lost', since: s.since };
	}

	/** At each loop start: 'reload' when a map that was ready has been gone for longer than RECOVER_MS. */
	loopStart(now: number): 'reload' | null {
		const s = this.state;
		if ((s.kind === 'lost' || s.kind === 'recovering') && now - s.since > RECOVER_MS) return 'reload';
		return null;
	}
}
