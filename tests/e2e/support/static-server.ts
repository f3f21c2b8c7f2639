/**
 * A tiny static web server for the production build, as a municipal intranet would serve it:
 * `dist/` under any sub-path (`/verktyg/eblomladan/`), on 127.0.0.1 and a free port. Started and
 * closed by the test that needs it; closing it is how a test takes the network away for real.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const DIST = process.env.E2E_DIST ?? join(import.meta.dirname, '../../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** The app's address, ending in the sub-path and a slash, e.g. http://127.0.0.1:41234/verktyg/eblomladan/ */
  url: string;
  /** Every path requested so far (from the server's root, so including the sub-path), in order. */
  requests: string[];
  /** Serves `body` instead of the file at `path` (below the sub-path), e.g. a changed sw.js. */
  override: (path: string, body: string) => void;
  /** Stops the server and drops open connections. */
  close: () => Promise<void>;
}

/**
 * Serves dist/ at `base` (a path starting and ending with "/"); anything outside it is 404.
 * With `relayPort`, WebSocket connections to `<base>relay/<room>` go on to a relay on that port
 * (as `/<room>`), as the municipality's proxy forwards them (README, "Live-samarbete"); while the
 * relay is down (`relayPort` gives undefined, or nothing listens) they are refused.
 */
export async function serveDist(
  base = '/',
  options: {
    relayPort?: () => number | undefined;
    /** Sees every byte the relay sends to a browser. */
    onRelayBytes?: (bytes: Buffer) => void;
  } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const overrides = new Map<string, string>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    if (path === base.replace(/\/$/, '') && base !== '/') {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    const inside = path.slice(base.length) || 'index.html';
    const file = normalize(join(DIST, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(DIST + sep)) {
      res.writeHead(404).end();
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Always revalidate, so a "new deployment" in a test is seen at once.
      'Cache-Control': 'no-cache',
    };
    const override = overrides.get(inside);
    if (override !== undefined) {
      res.writeHead(200, headers).end(override);
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, headers).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  const upgraded = new Set<Socket>();
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    const prefix = `${base}relay/`;
    const port = options.relayPort?.();
    if (!req.url?.startsWith(prefix) || port === undefined) return socket.destroy();
    const upstream = connect(port, '127.0.0.1', () => {
      const headers = Object.entries(req.headers).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`),
      );
      upstream.write(`GET /${req.url!.slice(prefix.length)} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.on('data', (bytes: Buffer) => options.onRelayBytes?.(bytes));
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', drop).on('close', drop);
    socket.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    override: (path, body) => overrides.set(path, body),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        for (const socket of upgraded) socket.destroy();
      }),
  };
}
