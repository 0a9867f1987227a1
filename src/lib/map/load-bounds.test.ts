import { describe, expect, it, vi } from 'vitest';
import { hasOpaqueOrigin, withTimeout } from './load-bounds';

describe('withTimeout', () => {
	it('passes a value that comes in time through', async () => {
		await expect(withTimeout(Promise.resolve(7), 1000, () => new Error('late'))).resolves.toBe(7);
	});
	it('rejects with the given error when the promise hangs', async () => {
		vi.useFakeTimers();
		const result = withTimeout(new Promise(() => {}), 1000, () => new Error('late'));
		vi.advanceTimersByTime(1000);
		await expect(result).rejects.toThrow('late');
		vi.useRealTimers();
	});
	it('passes a rejection through', async () => {
		await expect(withTimeout(Promise.reject(new Error('own')), 1000, () => new Error('late'))).rejects.toThrow('own');
	});
});

describe('hasOpaqueOrigin', () => {
	it('is false outside a browser (no window)', () => {
		expect(hasOpaqueOrigin()).toBe(false);
	});
});
