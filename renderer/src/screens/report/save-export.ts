// Saves a file an export produced: a save dialog on the desktop, a download in the browser.
import type { ExportedFile } from '../../../../analysis/api';
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
