// The zod schema of an ImportMapping: validates requests (service) and mappings read back from saved profiles.
import { z } from 'zod';
import type { ImportKind, ImportMapping } from '../../api';

export const IMPORT_KINDS = ['schools', 'enrollment', 'attendance', 'assessments', 'discipline', 'courses', 'graduation', 'staff', 'training', 'surveys', 'aggregates'] as const satisfies readonly ImportKind[];

const name = z.string().max(1000, 'A column name is too long').refine((s) => !s.includes('\0'), 'A name holds a NUL character');
const token = z.string().min(1).max(200);

export const importKindSchema = z.enum(IMPORT_KINDS);

export const importMappingSchema: z.ZodType<ImportMapping> = z
  .object({
    kind: importKindSchema,
    layout: z.enum(['rows', 'wide']),
    columns: z
      .array(
        z
          .object({
            source: name,
            target: token.nullable(),
            group: z.object({ groupType: token, groupValue: token }).strict().optional(),
            item: token.optional(),
          })
          .strict(),
      )
      .max(5000, 'Too many columns'),
    codes: z.array(z.object({ field: token, code: z.string().max(1000), value: z.string().max(200).nullable() }).strict()).max(20000, 'Too many code choices'),
    constants: z.array(z.object({ field: token, value: z.string().min(1).max(200) }).strict()).max(100),
    schoolYearIs: z.enum(['end', 'start']),
  })
  .strict();
