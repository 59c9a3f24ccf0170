// Node HTTP adapter: reads bodies with a size limit, calls the platform-free app, writes JSON responses.
// Must never log request bodies, query strings or headers.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { MAX_BODY_BYTES } from '../core/app';
import type { ConnectorRequest, ConnectorResponse, Logger } from '../core/types';

type Handle = (request: ConnectorRequest) => Promise<ConnectorResponse>;

function readBody(req: IncomingMessage): Promise<{ body: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      resolve({ body: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge }),
    );
    req.on('error', reject);
  });
}

export function createConnectorServer(handle: Handle, log: Logger): Server {
  const server = createServer((req, res) => {
    const started = performance.now();
    const route = (req.url ?? '/').split('?')[0] ?? '/';
    void (async () => {
      let response: ConnectorResponse;
      try {
        const { body, tooLarge } = await readBody(req);
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        response = await handle({
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          headers,
          body,
          bodyTooLarge: tooLarge,
        });
      } catch {
        response = {
          status: 400,
          headers: { 'content-type': 'application/json' },
          body: { error: 'Could not read the request' },
        };
      }
      const payload =
        response.body === undefined
          ? ''
          : typeof response.body === 'string'
            ? response.body
            : JSON.stringify(response.body);
      res.writeHead(response.status, response.headers);
      res.end(payload);
      log.info('http.request', {
        method: req.method,
        route: route.length > 64 ? 'other' : route,
        status: response.status,
        ms: Math.round(performance.now() - started),
      });
    })();
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
