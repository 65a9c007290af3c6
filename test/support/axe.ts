// Runs axe-core in a page and returns the serious and critical accessibility violations.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousAccessibilityProblems(page: Page): Promise<AxeProblem[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on while axe runs.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // Runs in the page: globalThis is the window there (this file is typed for Node, without DOM types).
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> };
    };
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      // Targets and summaries make a failure say which element to fix, and how.
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
  });
}
