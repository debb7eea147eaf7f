import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip bytes a browser downloads for a page before the reader does anything. */
export interface PageWeight {
  html: number;
  css: number;
  /** Scripts the page loads on its own, with their static imports; dynamic imports (loaded on use) excluded. */
  js: number;
  total: number;
}

const gzip = (text: string | Buffer) => gzipSync(text).length;
const fileOf = (dist: string, path: string) =>
  join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** Measures `path` of the build in `dist` (used by the budget tests and the bench): bytes are deterministic, unlike times. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].reduce(
    (sum, [, href]) => sum + gzip(readFileSync(join(dist, href!))),
    0,
  );
  const seen = new Set<string>();
  const scriptBytes = (src: string): number => {
    if (seen.has(src)) return 0;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    const imports = [
      ...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g),
    ].map(([, target]) => new URL(target!, `http://site${src}`).pathname);
    return gzip(code) + imports.reduce((sum, target) => sum + scriptBytes(target), 0);
  };
  const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)].reduce(
    (sum, [, src]) => sum + scriptBytes(src!),
    0,
  );
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, [, code]) => sum + (code!.trim() ? gzip(code!) : 0),
    0,
  );
  const weight = { html: gzip(html), css, js: external + inline };
  return { ...weight, total: weight.html + weight.css + weight.js };
}
