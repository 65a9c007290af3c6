// Browser only: sends a file chosen or dropped for import to the local web host (POST /upload), which keeps it
// under the app's data folder and answers with the path to import from. Nothing leaves this computer.
import type { Result } from '../../../analysis/api';
import { decodeEnvelope } from '../../../analysis/shared/binary-envelope';

export interface UploadedFile {
  path: string;
  fileName: string;
  bytes: number;
}

/** XMLHttpRequest rather than fetch: it reports upload progress, which a 1 GB export needs. */
export function uploadFile(token: string, file: File, onProgress?: (sent: number, total: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `./upload?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'arraybuffer';
    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.total);
    request.onload = () => {
      try {
        const result = decodeEnvelope(new Uint8Array(request.response as ArrayBuffer)) as Result<UploadedFile>;
        if (result.ok) resolve(result.value);
        else reject(new Error(result.error.message));
      } catch {
        reject(new Error('The upload did not finish. Try again.'));
      }
    };
    request.onerror = () => reject(new Error('EquityLens could not reach its local service to upload the file.'));
    request.send(file);
  });
}
