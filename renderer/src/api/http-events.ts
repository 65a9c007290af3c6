// Task progress from the web host: one streamed POST /events read line by line, reconnecting on loss.
import type { ServiceEvent } from '../../../analysis/api';

export function createHttpEvents(token: string): (listener: (event: ServiceEvent) => void) => () => void {
  const listeners = new Set<(event: ServiceEvent) => void>();
  let connected = false;

  const connect = async (): Promise<void> => {
    connected = true;
    try {
      const response = await fetch('./events', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const event = line.trim() ? (JSON.parse(line) as ServiceEvent | { type: 'connected' }) : null;
          if (event && event.type !== 'connected') listeners.forEach((listener) => listener(event));
        }
      }
    } catch {
      // The host restarted or the network stack hiccuped; try again shortly.
    }
    connected = false;
    if (listeners.size > 0) setTimeout(() => void connect(), 2000);
  };

  return (listener) => {
    listeners.add(listener);
    if (!connected) void connect();
    return () => listeners.delete(listener);
  };
}
