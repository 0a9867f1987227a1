import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('asks for an idle callback with the deadline, and cancels it', () => {
		const request = vi.fn((_run: () => void, _options: { timeout: number }) => 7);
		const cancel = vi.fn();
		vi.stubGlobal('requestIdleCallback', request);
		vi.stubGlobal('cancelIdleCallback', cancel);
		const run = vi.fn();
		const stop = whenIdle(run, 1500);
		expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
		request.mock.calls[0]![0]();
		expect(run).toHaveBeenCalledTimes(1);
		stop();
		expect(cancel).toHaveBeenCalledWith(7);
	});

	it('falls back to a timer where there is no requestIdleCallback', () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', undefined);
		const run = vi.fn();
		whenIdle(run, 1500, 200);
		vi.advanceTimersByTime(199);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(run).toHaveBeenCalledTimes(1);
		const cancelled = vi.fn();
		whenIdle(cancelled, 1500, 200)();
		vi.advanceTimersByTime(500);
		expect(cancelled).not.toHaveBeenCalled();
	});
});
