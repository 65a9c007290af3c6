// The isolated reader's request and response (JSON across the process boundary).
import type { ErrorCode } from '../../api';
import type { SourcePlan } from './source-plan';

export interface ReaderRequest {
  path: string;
  sheet?: string;
  /** The import's private temp folder: converted copies go there, and the response. */
  tempDir: string;
}

export type ReaderResponse = { ok: true; plan: SourcePlan } | { ok: false; code: ErrorCode; message: string | null; memory?: boolean };
