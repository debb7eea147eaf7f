import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};

/** A running static server over a built site, as a plain web host would serve it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** What to tell the caller about each response. */
export interface ServeOptions {
  /**
   * Called with the path and body of every file sent, also those a page's workers fetch,
   * which the browser's page events do not all report.
   */
  onServe?: (path: string, body: Buffer) => void;
}

/**
 * Serves `root` on a free localhost port under `base` (`/`, or a sub-path such as
 * `/zhishiku/`): `/x/` serves `/x/index.html`, unknown paths and paths outside
 * `base` get `404.html` with status 404, like the static hosts the site is deployed on.
 */
export async function serveStatic(
  root: string,
  base = '/',
  { onServe }: ServeOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : undefined;
    const file =
      path === undefined
        ? undefined
        : normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const body = file?.startsWith(root) ? await readIfFile(file) : undefined;
    if (body) {
      response.writeHead(200, {
        'content-type': TYPES[extname(file!)] ?? 'application/octet-stream',
      });
      onServe?.(requested, body);
      response.end(body);
      return;
    }
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(await readIfFile(join(root, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}
