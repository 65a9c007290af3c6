// Saves a chart as SVG or PNG and its data as CSV, marking internal (unsuppressed) views on every copy.
import { toCsv } from '../../../analysis/shared/csv';

export const INTERNAL_MARK = 'INTERNAL VIEW: unsuppressed figures, not for distribution';

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A standalone SVG document of the chart, with its title (and the internal mark) drawn in. */
export function chartSvg(container: HTMLElement, title: string, internal: boolean): { text: string; width: number; height: number } | null {
  const svg = container.querySelector('svg');
  if (!svg) return null;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const header = internal ? 48 : 30;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('y', String(header));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + header}" viewBox="0 0 ${width} ${height + header}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="8" y="20" font-size="15" font-weight="600">${escape(title)}</text>` +
    (internal ? `<text x="8" y="40" font-size="12" fill="#b42318">${INTERNAL_MARK}</text>` : '') +
    new XMLSerializer().serializeToString(copy) +
    `</svg>`;
  return { text, width, height: height + header };
}

export function saveSvg(container: HTMLElement, fileName: string, title: string, internal: boolean): void {
  const svg = chartSvg(container, title, internal);
  if (svg) download(`${fileName}.svg`, new Blob([svg.text], { type: 'image/svg+xml' }));
}

export async function savePng(container: HTMLElement, fileName: string, title: string, internal: boolean): Promise<void> {
  const svg = chartSvg(container, title, internal);
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

export function saveCsv(fileName: string, header: readonly string[], rows: readonly (readonly unknown[])[], internal: boolean): void {
  const body = toCsv(header, rows);
  download(`${fileName}.csv`, new Blob([internal ? `${INTERNAL_MARK}\r\n${body}` : body], { type: 'text/csv' }));
}
