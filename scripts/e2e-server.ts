// Playwright's webServer: rebuilds build/ if any input is newer than it (scripts/build-stamp.ts), then serves
// it with the production server (scripts/serve.ts), the same one `npm start` runs, on E2E_PORT.
import { execSync } from 'node:child_process';
import { staleReason } from './build-stamp';
import { startServer } from './serve';

const reason = staleReason();
if (reason) {
	console.log(`[e2e] ${reason}: npm run build`);
	execSync('npm run build', { stdio: 'inherit' });
}
startServer('build', Number(process.env.E2E_PORT ?? 4173));
