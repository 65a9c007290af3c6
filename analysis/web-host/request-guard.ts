// Decides whether an HTTP request may reach the service: loopback Host, same Origin, valid token.
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardVerdict {
  allowed: boolean;
  status: number;
  reason: string;
}

const allow: GuardVerdict = { allowed: true, status: 200, reason: '' };
const deny = (status: number, reason: string): GuardVerdict => ({ allowed: false, status, reason });

export function createToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Host must name this loopback server: a foreign Host means DNS rebinding, whatever the token. */
export function checkHost(request: IncomingMessage, port: number): GuardVerdict {
  const host = request.headers.host;
  const expected = [`127.0.0.1:${port}`, `localhost:${port}`];
  return host && expected.includes(host.toLowerCase()) ? allow : deny(421, 'This server only answers requests addressed to itself.');
}

/** Browsers send Origin on API calls; one from any other site is refused. */
export function checkOrigin(request: IncomingMessage, port: number): GuardVerdict {
  const origin = request.headers.origin;
  if (origin === undefined) return allow;
  const expected = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  return expected.includes(origin.toLowerCase()) ? allow : deny(403, 'Requests from other sites are refused.');
}

export function checkToken(request: IncomingMessage, token: string): GuardVerdict {
  const header = request.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? allow : deny(401, 'A valid session token is required.');
}
