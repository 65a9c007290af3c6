// Normalises headers and codes the same way in the dictionaries, the matcher and the generated SQL.

/** "Student ID", "student_id" and "STUDENTID" are one header: lower case, accents and punctuation removed. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Words of a header ("SchoolYearStart" -> school, year, start), for partial matches. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Ed-Fi exports write descriptors as URIs: uri://ed-fi.org/SexDescriptor#Female means Female. */
const DESCRIPTOR_URI = /^uri:\/\/[^#]*#/i;

/**
 * A code as the dictionaries key it: descriptor prefix removed, spaces trimmed, lower case.
 */
export function normalizeCode(value: string): string {
  return value.replace(DESCRIPTOR_URI, '').replace(/^ +| +$/g, '').toLowerCase();
}

/** A header as messages quote it: hostile or huge names (500 characters, line breaks) are shortened. */
export function displayName(name: string, max = 60): string {
  const flat = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
