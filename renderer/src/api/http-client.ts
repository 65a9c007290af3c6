// The service over the local web host: one POST per named method, token in the Authorization header.
import { METHOD_NAMES, type EquityLensApi, type Result } from '../../../analysis/api';
import { decodeEnvelope } from '../../../analysis/shared/binary-envelope';

const TOKEN_KEY = 'equitylens.token';

/**
 * The web host prints its address with the token in the fragment (#token=...), which browsers never
 * send to a server. Keep it for this tab only and take it out of the address bar.
 */
export function takeSessionToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function createHttpApi(token: string): EquityLensApi {
  const call = async (method: string, request: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return decodeEnvelope(new Uint8Array(await response.arrayBuffer())) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'EquityLens could not reach its local service. Is `equitylens serve` still running?' } };
    }
  };
  return Object.fromEntries(METHOD_NAMES.map((method) => [method, (request: unknown) => call(method, request)])) as unknown as EquityLensApi;
}
