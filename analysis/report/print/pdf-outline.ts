// Reads where each heading landed in a printed PDF, from the document outline the printer writes: the
// first print's page numbers are what the second print writes into the contents ("print, then number").
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  depth: number;
}

/** Something the report links to by page: a contents line, or a gap in the summary. */
export interface PageTarget {
  anchor: string;
  /** The heading's text as printed (the outline's title for it). */
  heading: string;
  /** Look for the heading only after this anchor's heading (a chart inside its domain). */
  after?: string;
  /** Only outline entries this deep: the report's sections are its top-level (h1) headings. */
  depth?: number;
}

/** Headings compare without case, punctuation or spacing: printers differ in how they write them. */
export const normaliseHeading = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function destinationPage(item: PDFDict, pageOf: Map<string, number>): number | null {
  let dest = item.lookup(PDFName.of('Dest'));
  if (!dest) {
    const action = item.lookup(PDFName.of('A'));
    if (action instanceof PDFDict) dest = action.lookup(PDFName.of('D'));
  }
  if (!(dest instanceof PDFArray)) return null;
  const ref = dest.get(0);
  return ref instanceof PDFRef ? (pageOf.get(ref.toString()) ?? null) : null;
}

/** Every outline entry in document order (depth-first), with the page its destination is on. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  const entries: OutlineEntry[] = [];
  const walk = (first: unknown, depth: number) => {
    // A bounded walk: a damaged outline with a cycle must not hang the export.
    for (let item = first, steps = 0; item instanceof PDFDict && steps < 10_000; steps++) {
      const title = item.lookup(PDFName.of('Title'));
      const page = destinationPage(item, pageOf);
      if ((title instanceof PDFString || title instanceof PDFHexString) && page !== null) entries.push({ title: title.decodeText(), page, depth });
      walk(item.lookup(PDFName.of('First')), depth + 1);
      item = item.lookup(PDFName.of('Next'));
    }
  };
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')), 0);
  return entries;
}

/** The page of each target's heading; targets whose heading is not in the outline are left out. */
export function pagesOfTargets(outline: readonly OutlineEntry[], targets: readonly PageTarget[]): Record<string, number> {
  const pages: Record<string, number> = {};
  const indexOf = new Map<string, number>();
  for (const target of targets) {
    // The first target named for an anchor decides it (a section is found as a section, not as a mention).
    if (target.anchor in pages) continue;
    const from = target.after !== undefined ? (indexOf.get(target.after) ?? 0) : 0;
    const wanted = normaliseHeading(target.heading);
    const index = outline.findIndex((entry, i) => i >= from && (target.depth === undefined || entry.depth === target.depth) && normaliseHeading(entry.title) === wanted);
    if (index < 0) continue;
    indexOf.set(target.anchor, index);
    pages[target.anchor] = outline[index]!.page;
  }
  return pages;
}
