import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrCode } from './kiosk-qr';

describe('the kiosk QR code', () => {
	it('draws exactly the dark modules of the library’s symbol', () => {
		const url = 'http://localhost:4173/ko';
		const qr = qrCode(url);
		const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
		expect(qr.size).toBe(modules.size);
		// Rasterise the path back to a grid and compare it module by module.
		const grid = Array.from({ length: qr.size }, () => Array<boolean>(qr.size).fill(false));
		for (const m of qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
			for (let i = 0; i < run; i++) grid[y]![x + i] = true;
		}
		for (let y = 0; y < qr.size; y++)
			for (let x = 0; x < qr.size; x++) expect(grid[y]![x], `${x},${y}`).toBe(Boolean(modules.get(y, x)));
		expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});

	it('encodes a different URL per locale', () => {
		expect(qrCode('http://localhost:4173/').path).not.toBe(qrCode('http://localhost:4173/ko').path);
	});
});
