// Saves a file an export produced, and prints a PDF and saves it: a save dialog on the desktop, a download in the browser.
import type { ExportedFile, ExportReportPdfRequest } from '../../../../analysis/api';
import type { HostCapabilities } from '../../api/client';

export async function saveExport(host: HostCapabilities, file: ExportedFile): Promise<string | null> {
  if (host.saveExportedFile) return host.saveExportedFile(file);
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}

/** Prints the report (or the progress report) to PDF and saves it: through a save dialog on the desktop, as a download in the browser. */
export async function printAndSave(host: HostCapabilities, request: ExportReportPdfRequest): Promise<string | null> {
  if (host.exportReportPdf) return host.exportReportPdf(request);
  if (host.printReportPdf) return saveExport(host, await host.printReportPdf(request));
  return null;
}
