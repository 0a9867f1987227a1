// The kiosk's QR code to the story, computed at build time (the kiosk route's prerender load) with the `qrcode`
// library. It returns one SVG path of the dark modules, not an SVG string, so the page draws it as an element
// (never {@html}); the library never ships to the browser.
import QRCode from 'qrcode';

export interface QrCode {
	/** The URL it encodes. */
	url: string;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** The dark modules as one path in module units (draw it in a viewBox with a 4-module quiet zone). */
	path: string;
}

export function qrCode(url: string): QrCode {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	const { size } = modules;
	let path = '';
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// Runs of dark modules on a row become one rectangle: about a third of the path a module each takes.
			if (!modules.get(y, x)) continue;
			let run = 1;
			while (x + run < size && modules.get(y, x + run)) run++;
			path += `M${x} ${y}h${run}v1h-${run}z`;
			x += run - 1;
		}
	}
	return { url, size, path };
}
