// Browser only: asks the local web host to print the report (the same printer as `equitylens report`) and
// hands back the PDF as an exported file, which the Report screen saves as a download.
import type { ExportedFile, ExportReportPdfRequest, Result } from '../../../analysis/api';
import { decodeEnvelope } from '../../../analysis/shared/binary-envelope';

export async function printReportOnHost(token: string, request: ExportReportPdfRequest): Promise<ExportedFile> {
  let result: Result<ExportedFile>;
  try {
    const response = await fetch('./export/report-pdf', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    result = decodeEnvelope(new Uint8Array(await response.arrayBuffer())) as Result<ExportedFile>;
  } catch {
    throw new Error('EquityLens could not reach its local service to print the PDF. Is `equitylens serve` still running?');
  }
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
