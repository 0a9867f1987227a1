// The painter's protocol with a stand-in Worker (the real one, painting in a browser, is drawn-canvas.e2e.ts's).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBasemapPainter } from './basemap-painter';
import type { DrawnBasemap } from './drawn-basemap';
import type { BasemapPaint } from './paint-basemap';

class FakeWorker {
	static made: FakeWorker[] = [];
	posted: { message: { id: number; canvas?: unknown; basemap: unknown }; transfer: unknown[] }[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	terminate = vi.fn();
	constructor(public url: URL) {
		FakeWorker.made.push(this);
	}
	postMessage(message: never, transfer: unknown[]) {
		this.posted.push({ message, transfer });
	}
	reply(id: number, painted = true) {
		this.onmessage?.({ data: { id, painted } });
	}
}

const offscreen = { offscreen: true };
const canvas = () => ({ transferControlToOffscreen: vi.fn(() => offscreen) }) as unknown as HTMLCanvasElement;
const basemap = { land: { d: 'M0,0', scale: 1 } } as unknown as DrawnBasemap;
const paint = { width: 10, height: 10, dpr: 1 } as BasemapPaint;

afterEach(() => {
	vi.unstubAllGlobals();
	FakeWorker.made = [];
});

describe('createBasemapPainter', () => {
	it('is null where a canvas cannot be handed to a worker (the SVG basemap shows instead)', () => {
		vi.stubGlobal('Worker', FakeWorker);
		expect(createBasemapPainter({} as HTMLCanvasElement)).toBeNull();
		vi.stubGlobal('Worker', undefined);
		expect(createBasemapPainter(canvas())).toBeNull();
	});

	it('hands the canvas and the outlines over with the first paint only, and resolves when the worker has painted', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const painter = createBasemapPainter(canvas())!;
		const worker = FakeWorker.made[0]!;
		expect(worker.url.pathname).toMatch(/paint-worker/);
		const first = painter.paint(basemap, paint);
		const second = painter.paint(basemap, { ...paint, width: 20 });
		expect(worker.posted[0]!.message).toMatchObject({ id: 1, canvas: offscreen, basemap });
		expect(worker.posted[0]!.transfer).toEqual([offscreen]);
		expect(worker.posted[1]!.message).toMatchObject({ id: 2, basemap: null });
		expect(worker.posted[1]!.message.canvas).toBeUndefined();
		expect(worker.posted[1]!.transfer).toEqual([]);
		// The worker paints in order: its answer to the second settles the first too.
		worker.reply(2);
		await expect(first).resolves.toBe(true);
		await expect(second).resolves.toBe(true);
	});

	it('releases the bitmap through the same worker, and paints again after (no new worker, no terminate)', () => {
		vi.stubGlobal('Worker', FakeWorker);
		const painter = createBasemapPainter(canvas())!;
		const worker = FakeWorker.made[0]!;
		// Nothing to release before the canvas has been handed over.
		painter.release();
		expect(worker.posted).toHaveLength(0);
		void painter.paint(basemap, paint);
		painter.release();
		void painter.paint(basemap, paint);
		expect(worker.posted.map((p) => p.message)).toEqual([
			expect.objectContaining({ id: 1, canvas: offscreen }),
			{ release: true },
			expect.objectContaining({ id: 2, basemap: null })
		]);
		expect(FakeWorker.made).toHaveLength(1);
		expect(worker.terminate).not.toHaveBeenCalled();
	});

	it('settles every paint as not painted when the worker fails (and says so) or is disposed', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const onFail = vi.fn();
		const painter = createBasemapPainter(canvas(), onFail)!;
		const worker = FakeWorker.made[0]!;
		const failed = painter.paint(basemap, paint);
		worker.onerror?.();
		await expect(failed).resolves.toBe(false);
		expect(onFail).toHaveBeenCalledTimes(1);
		const dropped = painter.paint(basemap, paint);
		painter.dispose();
		expect(worker.terminate).toHaveBeenCalled();
		await expect(dropped).resolves.toBe(false);
	});
});
