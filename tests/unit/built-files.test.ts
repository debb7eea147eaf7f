import { describe, expect, test } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { builtFiles, builtPages, isFolderPage } from '../../src/postbuild/built-files.ts';
import { TMP } from '../helpers/paths.ts';

describe('the one walk of a built site', () => {
  test('gives each file the path a browser asks for, and pages without Pagefind’s folders', async () => {
    const dist = join(TMP, 'built-files');
    await rm(dist, { recursive: true, force: true });
    const files = [
      'index.html',
      '404.html',
      'cases/x/index.html',
      'cases/2/index.html',
      '_astro/a.css',
      'pagefind/ui.html',
    ];
    for (const file of files) {
      await mkdir(dirname(join(dist, file)), { recursive: true });
      await writeFile(join(dist, file), 'abc');
    }
    expect(builtFiles(dist).map((file) => [file.path, file.bytes])).toEqual([
      ['/404.html', 3],
      ['/_astro/a.css', 3],
      ['/cases/2/', 3],
      ['/cases/x/', 3],
      ['/', 3],
      ['/pagefind/ui.html', 3],
    ]);
    const pages = builtPages(dist);
    expect(pages.map((page) => page.path)).toEqual(['/404.html', '/cases/2/', '/cases/x/', '/']);
    expect(pages.filter(isFolderPage).map((page) => page.path)).toEqual([
      '/cases/2/',
      '/cases/x/',
      '/',
    ]);
  });

  test('passes over a write in progress and a file gone while it walks, as the side-by-side post-build steps leave them', async () => {
    const dist = join(TMP, 'built-files-busy');
    await rm(dist, { recursive: true, force: true });
    await mkdir(join(dist, 'qr/cases'), { recursive: true });
    await writeFile(join(dist, 'index.html'), 'abc');
    await writeFile(join(dist, 'qr/cases/a.json.123-abc.partial'), '{');
    // Listed by the folder, gone by the time it is looked at: what a renamed temporary file is.
    await symlink(join(dist, 'renamed-away'), join(dist, 'qr/cases/b.json.456-def.partial2'));
    expect(builtFiles(dist).map((file) => file.path)).toEqual(['/']);
  });
});
