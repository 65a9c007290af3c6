// Zod schemas for the import methods (issue 3), spread into REQUEST_SCHEMAS.
import { z } from 'zod';
import type { RequestOf } from '../api';
import { importKindSchema, importMappingSchema } from '../import/mapping/mapping-schema';

/** A file to import: an absolute path on this computer (from a dialog, a drop, the command line or an upload). */
const importPath = z
  .string()
  .min(1, 'A file path is required')
  .max(4096, 'The file path is too long')
  .refine((p) => !p.includes('\0'), 'The file path holds a NUL character')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'The file path must be absolute');
const sheet = z.string().min(1).max(255, 'A sheet name is at most 255 characters');
const profileName = z.string().trim().min(1, 'A profile name is required').max(120, 'A profile name is at most 120 characters');
const taskId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A task id is 8-64 letters, digits, - or _');
const empty = z.object({}).strict();

export const IMPORT_REQUEST_SCHEMAS: {
  inspectImportFile: z.ZodType<RequestOf<'inspectImportFile'>>;
  runImport: z.ZodType<RequestOf<'runImport'>>;
  listImports: z.ZodType<RequestOf<'listImports'>>;
  getQualityReport: z.ZodType<RequestOf<'getQualityReport'>>;
  getProjectQuality: z.ZodType<RequestOf<'getProjectQuality'>>;
  listMappingProfiles: z.ZodType<RequestOf<'listMappingProfiles'>>;
} = {
  inspectImportFile: z
    .object({ path: importPath, sheet: sheet.optional(), kind: importKindSchema.optional(), profile: profileName.optional(), mapping: importMappingSchema.optional() })
    .strict(),
  runImport: z
    .object({
      taskId,
      path: importPath,
      sheet: sheet.optional(),
      kind: importKindSchema.optional(),
      mapping: importMappingSchema.optional(),
      profile: profileName.optional(),
      saveProfileAs: profileName.optional(),
      onDuplicate: z.enum(['replace', 'skip']).optional(),
    })
    .strict(),
  listImports: empty,
  getQualityReport: z.object({ importId: z.number().int().positive().optional() }).strict(),
  getProjectQuality: empty,
  listMappingProfiles: empty,
};
