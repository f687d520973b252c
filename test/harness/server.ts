import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/fixtures: demo pages at the root, pages of named sites under sites/<host name>/. */
export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

function fileFor(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://fixture');
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const siteRoot = join(FIXTURES_DIR, 'sites', host);
  const root = host && existsSync(siteRoot) ? siteRoot : FIXTURES_DIR;
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
  return existsSync(path) ? path : null;
}

/** Answers a request from the fixtures; `onRequest` sees every request first. */
export function fixtureHandler(onRequest: (req: IncomingMessage) => void = () => {}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    onRequest(req);
    handle(req, res);
  };
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  if (req.method === 'POST') {
    // Forms that navigate away land on a thank-you page; script-driven pages get an empty success.
    const accept = req.headers.accept ?? '';
    if (accept.includes('text/html')) {
      res.writeHead(303, { location: '/demo/thanks.html' }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }
    return;
  }
  const file = fileFor(req);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
}

export interface FixtureServer {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the fixtures on loopback; with `tls`, as HTTPS with the given certificate. */
export async function startFixtureServer(
  options: { port?: number; tls?: { key: string; cert: string } } = {},
): Promise<FixtureServer> {
  const server = options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle);
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
