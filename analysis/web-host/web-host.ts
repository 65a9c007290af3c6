// The local web host: the renderer and the service over HTTP on 127.0.0.1, guarded by a per-start token.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDispatcher } from '../service/dispatch';
import type { EquityLensService } from '../service/create-service';
import { failure } from '../service/envelope';
import { encodeEnvelope } from '../shared/binary-envelope';
import { checkHost, checkOrigin, checkToken, createToken } from './request-guard';
import { createReportPdfRoute, REPORT_PDF_PATH } from './report-pdf-route';
import { serveStatic } from './static-files';
import { readJsonBody } from './request-body';
import { receiveUpload, removeOldUploads, removeUpload } from './upload';

export interface WebHostOptions {
  service: EquityLensService;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where browser uploads for import are kept (the service's data folder/uploads); a temp folder if absent. */
  uploadDir?: string;
}

export interface WebHost {
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = createToken();
  const dispatch = createDispatcher(options.service);
  const exportReportPdf = createReportPdfRoute(options.service);
  const uploadDir = options.uploadDir ?? path.join(os.tmpdir(), 'equitylens-uploads');
  // Uploads and import scratch of hosts that were killed hold student rows: removed before serving.
  removeOldUploads(uploadDir);
  let port = 0;

  const server = http.createServer((request, response) => {
    const host = checkHost(request, port);
    if (!host.allowed) return void response.writeHead(host.status, { 'Content-Type': 'text/plain' }).end(host.reason);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const isEvents = url.pathname === '/events';
    const isUpload = url.pathname === '/upload';
    const isReportPdf = url.pathname === REPORT_PDF_PATH;
    if (!url.pathname.startsWith('/api/') && !isEvents && !isUpload && !isReportPdf) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
      return serveStatic(options.staticDir, url.pathname, response);
    }
    for (const verdict of [checkOrigin(request, port), checkToken(request, token)]) {
      if (!verdict.allowed) return void sendEnvelope(response, verdict.status, failure('bad_request', verdict.reason));
    }
    if (request.method !== 'POST') return void sendEnvelope(response, 405, failure('bad_request', 'Service calls use POST.'));
    if (isEvents) return streamEvents(options.service, request, response);
    if (isUpload) return void receiveUpload(request, uploadDir, url.searchParams.get('name')).then((result) => sendEnvelope(response, result.ok ? 200 : 400, result));
    const method = url.pathname.slice('/api/'.length);
    const handle = isReportPdf ? exportReportPdf : (payload: unknown) => dispatch(method, payload);
    void readJsonBody(request).then(async (body) => {
      if (!body.ok) return sendEnvelope(response, body.status, failure('bad_request', body.message));
      const result = await handle(body.payload).catch(() => failure('internal', 'Something went wrong inside EquityLens.'));
      sendEnvelope(response, 200, result);
      if (method === 'runImport') afterImport(uploadDir, body.payload, result);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Event streams stay open by design; end them so the server can stop.
        server.closeAllConnections();
      }),
  };
}

/** Task progress as newline-delimited JSON on one long-lived response (fetch can read it; EventSource cannot send the token). */
function streamEvents(service: EquityLensService, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' });
  response.write('{"type":"connected"}\n');
  const unsubscribe = service.onEvent((event) => response.write(`${JSON.stringify(event)}\n`));
  request.on('close', unsubscribe);
}

/**
 * An uploaded file is removed once its import is over (imported, skipped, failed or cancelled): it holds
 * student rows and the project now has what it needs. A "duplicate" answer waits for the user's choice.
 */
function afterImport(uploadDir: string, payload: unknown, result: { ok: boolean; value?: unknown }): void {
  const file = (payload as { path?: unknown } | null)?.path;
  if (typeof file !== 'string') return;
  if (result.ok && (result.value as { outcome?: string } | null)?.outcome === 'duplicate') return;
  try {
    removeUpload(uploadDir, file);
  } catch {
    // Removed by the start-up sweep at the latest.
  }
}

function sendEnvelope(response: http.ServerResponse, status: number, envelope: unknown): void {
  const body = encodeEnvelope(envelope);
  response.writeHead(status, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.byteLength, 'Cache-Control': 'no-store' });
  response.end(body);
}
