import { describe, expect, it, vi } from 'vitest';
import { HostBridge, type BridgeWindow } from './host-bridge';

function fakeWindows() {
	const posted: unknown[] = [];
	const parent = { postMessage: vi.fn((m: unknown) => posted.push(m)) };
	let listener: ((e: MessageEvent) => void) | null = null;
	const win: BridgeWindow = {
		parent,
		addEventListener: (_t, l) => (listener = l),
		removeEventListener: (_t, l) => {
			if (listener === l) listener = null;
		}
	};
	const deliver = (data: unknown, source: unknown = parent) => listener?.({ data, source } as MessageEvent);
	// A manual "next frame": flushes run when the test says the frame came.
	const queued: (() => void)[] = [];
	const schedule = (cb: () => void) => {
		queued.push(cb);
		return () => queued.splice(queued.indexOf(cb), 1);
	};
	const frame = () => queued.splice(0).forEach((cb) => cb());
	return { win, parent, posted, deliver, schedule, frame, hasListener: () => listener !== null };
}

describe('HostBridge', () => {
	it('obeys only the last goto of a flood, once, in the next frame', () => {
		const w = fakeWindows();
		const onGoto = vi.fn();
		const bridge = new HostBridge(w.win, { onGoto, pymId: null, schedule: w.schedule });
		for (let i = 0; i < 1000; i++) w.deliver({ type: 'lcj:goto', id: i % 2 ? 'bonn' : 'hamburg' });
		w.deliver({ type: 'lcj:goto', id: 'paris' });
		expect(onGoto).not.toHaveBeenCalled();
		w.frame();
		expect(onGoto.mock.calls).toEqual([['paris']]);
		bridge.destroy();
	});

	it('ignores gotos from anyone but the parent, and garbage', () => {
		const w = fakeWindows();
		const onGoto = vi.fn();
		new HostBridge(w.win, { onGoto, pymId: null, schedule: w.schedule });
		w.deliver({ type: 'lcj:goto', id: 'bonn' }, {});
		w.deliver({ type: 'lcj:goto', id: '__proto__' });
		w.deliver('lcj:goto');
		w.frame();
		expect(onGoto).not.toHaveBeenCalled();
	});

	it('announces a chapter once per change and a height once per value, with pym’s format too', () => {
		const w = fakeWindows();
		const bridge = new HostBridge(w.win, { onGoto: () => {}, pymId: 'lcj-pym', schedule: w.schedule });
		bridge.postChapter('bonn');
		bridge.postChapter('bonn');
		bridge.postChapter('evry');
		bridge.postHeight(480.2);
		bridge.postHeight(481);
		bridge.postHeight(Number.NaN);
		expect(w.posted).toEqual([
			{ type: 'lcj:chapter', id: 'bonn' },
			{ type: 'lcj:chapter', id: 'evry' },
			{ type: 'lcj:height', height: 481 },
			'pymxPYMxlcj-pymxPYMxheightxPYMx481'
		]);
	});

	it('posts nothing at top level and stops listening on destroy', () => {
		const w = fakeWindows();
		const top: BridgeWindow = { ...w.win };
		top.parent = top;
		const bridge = new HostBridge(top, { onGoto: () => {}, pymId: null });
		bridge.postHeight(300);
		expect(w.parent.postMessage).not.toHaveBeenCalled();
		const framed = new HostBridge(w.win, { onGoto: () => {}, pymId: null, schedule: w.schedule });
		framed.destroy();
		expect(w.hasListener()).toBe(false);
		bridge.destroy();
	});
});
