import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { fixtureHandler } from './server.ts';
import { fixtureCertificate } from './tls.ts';

export interface WorldRequest {
  method: string;
  host: string;
  path: string;
  /** Who asked: the privacy tests tell the extension's requests from the pages' by these. */
  headers: IncomingHttpHeaders;
}

/**
 * A small stand-in for the web: a proxy the browsers send every request through. Plain
 * HTTP is answered from the fixtures; HTTPS (CONNECT) is tunnelled to a local TLS server
 * with the same fixtures, so a page opened at https://www.amazon.fr/ is served from
 * test/fixtures/sites/www.amazon.fr/ and the detectors see the real host name. Every
 * request is logged, which lets the privacy tests check what the browser asked for.
 */
export interface World {
  proxy: string;
  requests: WorldRequest[];
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const requests: WorldRequest[] = [];
  const handler = fixtureHandler((req) =>
    requests.push({
      method: req.method ?? 'GET',
      host: (req.headers.host ?? '').replace(/:\d+$/, ''),
      path: new URL(req.url ?? '/', 'http://x').pathname,
      headers: req.headers,
    }),
  );
  const https = createHttpsServer(fixtureCertificate(), handler);
  await new Promise<void>((done) => https.listen(0, '127.0.0.1', done));
  const httpsPort = (https.address() as AddressInfo).port;

  const proxy = createHttpServer(handler);
  const tunnels = new Set<Duplex>();
  proxy.on('connect', (_req, client, head) => {
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
    }
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const proxyPort = (proxy.address() as AddressInfo).port;

  const close = (server: typeof proxy | typeof https) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    proxy: `127.0.0.1:${proxyPort}`,
    requests,
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      await close(proxy);
      await close(https);
    },
  };
}
