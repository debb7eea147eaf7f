import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { STORED_CODE_FOLDERS } from '../../src/entries/render-inputs.ts';
import { ROOT } from '../helpers/paths.ts';

const SRC = join(ROOT, 'src');

/** Every source module content.config.ts loads, following relative imports. */
function importedModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm,
    )) {
      const target = resolve(dirname(file), spec!);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen].filter((file) => file !== entry);
}

describe('the digest of stored entries', () => {
  test('covers every module the collections load with, so editing a schema or the renderer loads every entry again', () => {
    const modules = importedModules(join(SRC, 'content.config.ts')).map((file) =>
      relative(SRC, file).split('\\').join('/'),
    );
    expect(modules.length).toBeGreaterThan(20);
    expect(
      modules.filter(
        (file) => !STORED_CODE_FOLDERS.some((path) => file === path || file.startsWith(`${path}/`)),
      ),
    ).toEqual([]);
  });

  test('covers nothing the collections do not load with, so editing page, search or post-build code keeps every stored entry', () => {
    const folders = new Set(
      importedModules(join(SRC, 'content.config.ts')).map(
        (file) => relative(SRC, file).split('\\').join('/').split('/')[0],
      ),
    );
    expect(STORED_CODE_FOLDERS.filter((folder) => !folders.has(folder))).toEqual([]);
  });
});
