import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file of a built site: where it is on disk, the site path that serves it, and its size. */
export interface BuiltFile {
  /** Full path on disk. */
  file: string;
  /** The path a browser asks for: `/cases/x/` for its index.html, `/404.html`, `/_astro/a.css`. */
  path: string;
  bytes: number;
}

/**
 * Every file of a built site, in path order: the one walk of a `dist/` folder,
 * shared by the link check, the URL registry, the QR codes, the bench and the
 * search evaluation.
 * @param skip folders to leave out by name, such as Pagefind's own output
 */
export function builtFiles(
  dist: string,
  skip: (folder: string) => boolean = () => false,
): BuiltFile[] {
  const found: BuiltFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      // A write in progress: the post-build steps write under a temporary name and rename.
      if (name.endsWith('.partial')) continue;
      const file = join(dir, name);
      // The steps run side by side (the index, the QR codes, the compressed copies), so a
      // file listed a moment ago may be gone by now: it was a temporary name, renamed.
      const stats = statSync(file, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) {
        if (!skip(name)) walk(file);
        continue;
      }
      const path = `/${relative(dist, file).split(sep).join('/')}`.replace(
        /(^|\/)index\.html$/,
        '$1',
      );
      found.push({ file, path, bytes: stats.size });
    }
  };
  walk(dist);
  return found;
}

/** The HTML pages of a built site, Pagefind's folders left out. */
export const builtPages = (dist: string): BuiltFile[] =>
  builtFiles(dist, (folder) => folder.startsWith('pagefind')).filter((page) =>
    page.file.endsWith('.html'),
  );

/** True for a page served as a folder (`/cases/x/`), not a file such as `/404.html`. */
export const isFolderPage = (page: BuiltFile) => page.path.endsWith('/');

/** True for the `.gz` and `.br` copies the build writes beside text files for the server (postbuild/precompress.ts). */
export const isPrecompressedCopy = (file: BuiltFile) => /\.(gz|br)$/.test(file.file);
