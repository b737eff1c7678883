/**
 * A static file server for test/fixtures on 127.0.0.1 only. It also answers proxy-style requests
 * ("GET http://www.bostonglobe.com/pages/x.html"), which is how Firefox reaches it under a news host.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /** Every request the server saw: the URL as requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` (default: test/fixtures) on 127.0.0.1 at a free port. */
export async function startFixtureServer(root = resolve(import.meta.dirname, '../../fixtures')): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // A fixture can ask for a Content-Security-Policy header with ?csp=...
      const csp = url.searchParams.get('csp');
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
