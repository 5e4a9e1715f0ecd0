// Runs the sandbox TiFlux API on its own: `PORT=8787 npx tsx sandbox/main.ts`.

import { SANDBOX_DEMO_KEY, startSandbox } from './server.js';

const port = Number(process.env.PORT ?? 0);
const sandbox = await startSandbox({ port, host: process.env.HOST ?? '127.0.0.1' });

console.log(`Sandbox TiFlux API listening: ${sandbox.baseUrl}`);
console.log(`Demo API key (admin):        ${SANDBOX_DEMO_KEY}`);
console.log(`Non-admin key:               ${sandbox.keys.nonAdmin}`);
console.log(`Other organisation's key:    ${sandbox.keys.otherTenant}`);
console.log(`Control routes:              ${sandbox.origin}/__sandbox/{info,faults,reset,requests}`);

const stop = () => {
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
