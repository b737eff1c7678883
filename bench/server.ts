/** Serves the benchmark pages from memory on 127.0.0.1, at /<key>.html. */
import { createServer } from 'node:http';
import type { BenchPage } from './pages';

export interface PageServer {
  port: number;
  close(): Promise<void>;
}

/** Starts a server for `pages` on 127.0.0.1 at a free port. */
export async function servePages(pages: BenchPage[]): Promise<PageServer> {
  const byPath = new Map(pages.map((p) => [`/${p.key}.html`, Buffer.from(p.html)]));
  const server = createServer((req, res) => {
    const body = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!body) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return { port: address.port, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
