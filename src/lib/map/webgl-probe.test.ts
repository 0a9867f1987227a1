import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('probeWebGLOffThread', () => {
	it('answers false, without throwing, where there is no worker or no OffscreenCanvas', async () => {
		const { probeWebGLOffThread } = await import('./webgl-probe');
		vi.stubGlobal('Worker', undefined);
		await expect(probeWebGLOffThread()).resolves.toBe(false);
	});
	it("answers true only on the worker's true, and ends the worker", async () => {
		const terminate = vi.fn();
		class FakeWorker {
			onmessage: ((event: { data: unknown }) => void) | null = null;
			onerror: (() => void) | null = null;
			constructor() {
				queueMicrotask(() => this.onmessage?.({ data: answer }));
			}
			terminate = terminate;
		}
		let answer: unknown = true;
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('OffscreenCanvas', class {});
		const { probeWebGLOffThread } = await import('./webgl-probe');
		await expect(probeWebGLOffThread()).resolves.toBe(true);
		answer = 'yes';
		await expect(probeWebGLOffThread()).resolves.toBe(false);
		expect(terminate).toHaveBeenCalledTimes(2);
	});
	it('gives up after its timeout when the worker never answers', async () => {
		vi.stubGlobal('Worker', class { terminate() {} });
		vi.stubGlobal('OffscreenCanvas', class {});
		const { probeWebGLOffThread } = await import('./webgl-probe');
		await expect(probeWebGLOffThread(5)).resolves.toBe(false);
	});
});

describe('webglProbe', () => {
	it('starts one probe per page and hands every caller the same answer', async () => {
		vi.stubGlobal('Worker', undefined);
		const { webglProbe } = await import('./webgl-probe');
		expect(webglProbe()).toBe(webglProbe());
	});
});
