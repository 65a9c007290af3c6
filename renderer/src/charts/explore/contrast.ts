// Colour arithmetic for text drawn on coloured marks: WCAG 2 relative luminance and contrast ratio, and
// the straight RGB ramp the heat map uses, so the ink of each label can be chosen to pass AA (4.5:1).

/** "#08306b", "#fff" or "rgb(8, 48, 107)" (how Plot writes scale colours) as red, green, blue. */
export function parseHex(color: string): [number, number, number] {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on the background: one of them always reaches 4.58:1. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}

/** The colour at t (0-1) on a straight RGB ramp, as Plot draws a linear scale with interpolate: 'rgb'. */
export function rampColor(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  const clamped = Math.min(1, Math.max(0, t));
  return `#${a.map((v, i) => Math.round(v + (b[i]! - v) * clamped).toString(16).padStart(2, '0')).join('')}`;
}
