// Runs once before the tests: builds the renderer that the browser scenarios load through the web host.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  // Browser scenarios need dist/renderer; building takes a couple of seconds, so only when asked.
  if (process.env.EQUITYLENS_SKIP_RENDERER_BUILD === '1') return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
