// Words for the import screens: statuses, reasons and checks as people read them.
import type { ImportCodeStatus, QualityCheck, RejectReason } from '../../../../analysis/api';

export const CODE_STATUS_LABEL: Record<ImportCodeStatus, string> = {
  mapped: 'Mapped',
  suggested: 'Suggested: confirm',
  not_reported: 'Not reported',
  unmapped: 'Unmapped',
  kept: 'Kept as written',
};

export const REASON_LABEL: Record<RejectReason, string> = {
  parse_error: 'Could not be read',
  missing_required: 'Required value missing',
  invalid_value: 'Value cannot be read',
  unmapped_code: 'Unmapped code',
  duplicate_key: 'Duplicate',
  impossible_value: 'Impossible value',
  excluded: 'Excluded by status',
};

export const CHECK_LABEL: Record<QualityCheck, string> = {
  file: 'File',
  parse: 'Unreadable lines',
  missing_required: 'Missing required values',
  invalid_value: 'Unreadable values',
  unmapped_code: 'Unmapped codes',
  duplicate_key: 'Duplicates',
  orphan: 'Orphans',
  impossible_value: 'Impossible values',
  excluded: 'Excluded rows',
  derived: 'Derived values',
  formula_text: 'Formula-like text',
  mis_kinded: 'Wrong kind of file?',
};

export const count = (n: number): string => n.toLocaleString('en-US');

export function bytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** "2026-11-22T12:51:38Z" as a local date and time. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
