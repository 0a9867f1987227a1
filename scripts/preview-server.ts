// Starts our production server (scripts/serve.ts) on build/ for the bench and soak scripts, and stops it again. The server runs in its own
// process group so stopping it ends node too (killing only npx would leave the server holding the port and the
// script's event loop open).
import { spawn } from 'node:child_process';

export interface PreviewServer {
	stop(): void;
}

export function startPreview(port: number): Promise<PreviewServer> {
	const child = spawn('npx', ['tsx', 'scripts/serve.ts'], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, PORT: String(port) },
		detached: true
	});
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the server did not start in 30 s')), 30_000);
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes(String(port))) {
				clearTimeout(timer);
				resolve({ stop });
			}
		});
		child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
	});
}
