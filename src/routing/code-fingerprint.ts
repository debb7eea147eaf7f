import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a page's HTML is made by besides its data: the site's code, styles and locked packages. */
const CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

/**
 * A digest of the site's code, for the incremental build's page keys. Astro's own check
 * follows a page's server modules only: a changed browser script or stylesheet gets a new
 * hashed file name, yet the pages naming the old one were copied from the last build and
 * pointed at a file no longer published. Any change of code now renders every page again;
 * a change of content alone still renders only the pages that show it.
 */
export function codeFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(`${path}\0`).update(readFileSync(path));
  };
  for (const part of CODE) add(join(root, part));
  return hash.digest('base64url');
}
