// One browser scenario's setup: the real service behind the web host, Chromium, a page that records
// every script error and CSP violation, and a screenshot helper.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { SCREENSHOT_DIR, startWebApp, type RunningWebApp, type SampleDistrict } from './web-app';

export interface BrowserSession {
  app: RunningWebApp;
  browser: Browser;
  page: Page;
  /** Console errors and page errors seen so far; a scenario ends by expecting none. */
  problems: string[];
  /** Saves a full-page screenshot as test-output/screenshots/<prefix>-<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowserSession(prefix: string, viewport = { width: 1360, height: 1000 }, dataDir?: string, sample?: SampleDistrict): Promise<BrowserSession> {
  const app = await startWebApp(dataDir, sample);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    app,
    browser,
    page,
    problems,
    shot: async (name) => void (await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${prefix}-${name}.png`), fullPage: true })),
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}
