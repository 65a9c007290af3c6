// PDF checks with poppler-utils (pdfinfo, pdftotext, pdftoppm), as a reader's tools see the file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface PdfInfo {
  pages: number;
  tagged: boolean;
  pageSize: string;
  title: string;
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), tagged: field('Tagged') === 'yes', pageSize: field('Page size'), title: field('Title') };
}

/** The text of every page, in reading order (pages are separated by form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** Saves each page as a PNG (for people to look at) and returns the files. */
export function savePageImages(file: string, dir: string, prefix: string, dpi = 60): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`))) fs.rmSync(path.join(dir, old));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, prefix)]);
  return fs.readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort().map((f) => path.join(dir, f));
}

export const REPORT_PAGES_DIR = path.resolve('test-output', 'report-pages');

export const DOMAIN_NAMES = [
  'Student Learning and Development Outcomes',
  'Leadership, Management, and Accountability',
  'Curriculum, Instruction, and Assessment',
  'Engagement of Families, the Community, and Other Stakeholders',
] as const;

/** Normalises pdftotext's line breaks inside sentences and headings, so phrases can be searched for. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The rating printed after "Rating:" in each domain's section header, in domain order. */
export function domainRatings(pages: readonly string[]): (string | null)[] {
  const all = flat(pages.join(' '));
  return DOMAIN_NAMES.map((name, i) => {
    const at = all.indexOf(`DOMAIN ${i + 1} ${name} Rating:`);
    if (at < 0) return null;
    return /Rating:\s*(\d (?:Initiating|Developing|Established)|Not rated)/.exec(all.slice(at))?.[1] ?? null;
  });
}

/** One page's text with its layout kept (a contents line and its page number stay on one line). */
export function pdfLayoutPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/** The contents page's lines as [title, page number], read from the printed PDF. */
export function contentsLines(file: string, page = 2): { title: string; page: number }[] {
  return pdfLayoutPage(file, page)
    .split('\n')
    .map((line) => /^\s*(\S.*?\S)\s*\.*\s+(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !/^Page \d+ of/.test(m[1]!))
    .map((m) => ({ title: m[1]!.replace(/\s+/g, ' '), page: Number(m[2]) }));
}

/** Text compared without case, punctuation or spacing (headings may be upper-cased by their style). */
export const loose = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
