// Numbers in exports: plain, with thousands separators ("1,234"), with a decimal comma ("3,5", common in
// semicolon-delimited files), or with a percent sign. The style is chosen from the column's sampled values.

export type NumberStyle = 'plain' | 'thousands' | 'decimal_comma';

export function detectNumberStyle(values: readonly string[], delimiter: string | null): NumberStyle {
  const trimmed = values.map((v) => v.trim().replace(/%$/, ''));
  if (trimmed.some((v) => /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v))) return 'thousands';
  const decimalComma = trimmed.some((v) => /^-?\d+,\d+$/.test(v)) && !trimmed.some((v) => /\d\.\d/.test(v));
  return decimalComma && delimiter !== ',' ? 'decimal_comma' : 'plain';
}

/** SQL reading a VARCHAR expression as a DOUBLE in the given style (NULL when it is not a number). */
export function numberSql(expression: string, style: NumberStyle): string {
  const base = `rtrim(trim(${expression}), '%')`;
  switch (style) {
    case 'thousands':
      return `TRY_CAST(replace(${base}, ',', '') AS DOUBLE)`;
    case 'decimal_comma':
      return `TRY_CAST(replace(${base}, ',', '.') AS DOUBLE)`;
    default:
      return `TRY_CAST(${base} AS DOUBLE)`;
  }
}

/** A whole number, also from "Level 3" (performance levels) or "3.0". */
export function parseInteger(text: string): number | null {
  const m = /^(?:level\s*)?(-?\d+)(?:\.0+)?$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}
