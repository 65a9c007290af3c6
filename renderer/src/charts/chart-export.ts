// Saves a chart as SVG or PNG with its title and caption drawn in, and its data as CSV with metadata rows,
// marking internal (unsuppressed) views on every copy. A pasted picture then still says whose figures
// they are: the place, filters, year, N, source, suppression and what the marks mean.
import { toCsv } from '../../../analysis/shared/csv';

export const INTERNAL_MARK = 'INTERNAL VIEW: unsuppressed figures, not for distribution';

/** What an exported picture says about itself, above and below the chart. */
export interface ExportText {
  title: string;
  subtitle: string;
  /** Caption paragraphs under the chart: footer (definition, place, year, N, source), legend, suppression note. */
  caption: string[];
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Greedy word wrap by an average character width: exact metrics need a canvas, and this errs on the short side. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(20, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A standalone SVG document of the chart, with its title, headline and caption drawn in. */
export function chartSvg(container: HTMLElement, text: ExportText, internal: boolean): { text: string; width: number; height: number } | null {
  // Plot puts a colour legend (an SVG or a swatch div) beside the chart: the chart is the widest svg.
  const svgs = [...container.querySelectorAll('svg')];
  const svg = svgs.sort((a, b) => Number(b.getAttribute('width')) - Number(a.getAttribute('width')))[0];
  if (!svg) return null;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const lines: { text: string; size: number; weight: number; fill: string }[] = [];
  for (const line of wrapText(text.title, width - 16, 16)) lines.push({ text: line, size: 16, weight: 600, fill: '#0f172a' });
  if (internal) lines.push({ text: INTERNAL_MARK, size: 12, weight: 600, fill: '#b42318' });
  for (const line of wrapText(text.subtitle, width - 16, 13)) lines.push({ text: line, size: 13, weight: 400, fill: '#1e293b' });
  const header = lines.reduce((sum, l) => sum + l.size + 6, 8) + 6;
  const caption = text.caption.flatMap((paragraph) => wrapText(paragraph, width - 16, 11));
  const footer = caption.length * 15 + 12;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('y', String(header));
  copy.removeAttribute('aria-hidden');
  let y = 8;
  const headerText = lines
    .map((l) => {
      y += l.size + 6;
      return `<text x="8" y="${y - 6}" font-size="${l.size}" font-weight="${l.weight}" fill="${l.fill}">${escape(l.text)}</text>`;
    })
    .join('');
  const captionText = caption.map((line, i) => `<text x="8" y="${header + height + 18 + i * 15}" font-size="11" fill="#334155">${escape(line)}</text>`).join('');
  const total = header + height + footer;
  const document =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<g class="export-title">${headerText}</g>` +
    new XMLSerializer().serializeToString(copy) +
    `<g class="export-caption">${captionText}</g>` +
    `</svg>`;
  return { text: document, width, height: total };
}

export function saveSvg(container: HTMLElement, fileName: string, text: ExportText, internal: boolean): void {
  const svg = chartSvg(container, text, internal);
  if (svg) download(`${fileName}.svg`, new Blob([svg.text], { type: 'image/svg+xml' }));
}

export async function savePng(container: HTMLElement, fileName: string, text: ExportText, internal: boolean): Promise<void> {
  const svg = chartSvg(container, text, internal);
  if (!svg) return;
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // Twice the pixels, so the picture stays sharp in documents and slides.
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * 2;
    canvas.height = svg.height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(`${fileName}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Metadata rows (label, value), one empty row, then the table with a header row: the layout statistical
 * agencies publish, which a spreadsheet opens as is and a script reads by skipping to the first empty line.
 */
export function csvWithMetadata(metadata: readonly (readonly [string, string])[], header: readonly string[], rows: readonly (readonly unknown[])[], internal: boolean): string {
  const top = internal ? [['Internal view', INTERNAL_MARK] as const, ...metadata.filter(([label]) => label !== 'Internal view')] : metadata;
  return toCsv(['About this table', ''], top) + '\r\n' + toCsv(header, rows);
}

export function saveCsv(fileName: string, metadata: readonly (readonly [string, string])[], header: readonly string[], rows: readonly (readonly unknown[])[], internal: boolean): void {
  download(`${fileName}.csv`, new Blob([csvWithMetadata(metadata, header, rows, internal)], { type: 'text/csv' }));
}

export function saveBytes(fileName: string, bytes: Uint8Array, type: string): void {
  download(fileName, new Blob([bytes as BlobPart], { type }));
}
