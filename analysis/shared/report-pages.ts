// The page numbers a second print writes into the report's contents, as the print address carries them:
// "executive-summary:3,domain-1:5". Shared by the printers (which write it) and the print route (which reads it).

/** Dispatched on the print route's window with the pages text as detail: renumber without reloading. */
export const REPORT_PAGES_EVENT = 'equitylens:report-pages';

const ANCHOR = /^[a-z0-9-]{1,80}$/;

/** Anchor to page; anything malformed is dropped rather than printed. */
export function parseReportPages(text: string | null): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const part of (text ?? '').split(',')) {
    const [anchor, page] = part.split(':');
    const n = Number(page);
    if (anchor && ANCHOR.test(anchor) && Number.isInteger(n) && n > 0 && n < 10_000) pages[anchor] = n;
  }
  return pages;
}

export function formatReportPages(pages: Readonly<Record<string, number>>): string {
  return Object.entries(pages)
    .map(([anchor, n]) => `${anchor}:${n}`)
    .join(',');
}
