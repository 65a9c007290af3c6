// POST /export/report-pdf: the web host's Export PDF. The report is printed through the service by the same
// printer as `equitylens report` (headless Chromium or Electron on the print route) and sent back as an
// exported file in the usual envelope, which the browser saves as a download. One print at a time: a second
// request while one runs is refused rather than queued, since each print holds a whole browser.
import { z } from 'zod';
import type { ExportedFile, Result } from '../api';
import { exportBaseName } from '../report/findings-export';
import { printReportPdf } from '../report/print/print-report';
import type { EquityLensService } from '../service/create-service';
import { failure, guard } from '../service/envelope';

export const REPORT_PDF_PATH = '/export/report-pdf';

const requestSchema = z.object({ paper: z.enum(['letter', 'a4']), internal: z.boolean(), disagreementMap: z.boolean().optional(), document: z.enum(['review', 'progress']).optional(), schoolId: z.string().trim().min(1).max(64).optional() }).strict();

export function createReportPdfRoute(service: EquityLensService) {
  let busy = false;
  return async function exportReportPdf(payload: unknown): Promise<Result<ExportedFile>> {
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) return failure('bad_request', 'Export PDF needs a paper size (letter or a4) and whether the report is internal.');
    if (busy) return failure('bad_request', 'A PDF is already being printed: wait for it to finish.');
    busy = true;
    try {
      return await guard(async () => {
        const info = await service.getProjectInfo({});
        const name = info.ok && info.value ? info.value.name : 'report';
        const bytes = await printReportPdf(service, parsed.data);
        const kind = parsed.data.document === 'progress' ? 'progress' : 'report';
        return { fileName: `${exportBaseName(name)}-${kind}${parsed.data.internal ? '-internal' : ''}.pdf`, mimeType: 'application/pdf', bytes };
      });
    } finally {
      busy = false;
    }
  };
}
