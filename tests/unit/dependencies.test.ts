import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });

/** The package a bare import specifier names: `@scope/name` or `name`, without a subpath. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the site code', () => {
  test('imports at run time only packages declared as dependencies, so a production install builds it', () => {
    const undeclared: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'astro.config.mjs')]) {
      const code = readFileSync(file, 'utf8');
      // Type-only imports are erased before the code runs, so @types packages may stay dev-only.
      for (const [, typeOnly, specifier] of code.matchAll(
        /^import (type )?[^;]*?from '([^'.][^']*)';/gms,
      )) {
        if (typeOnly || /^(node|astro):/.test(specifier!)) continue;
        const name = packageOf(specifier!);
        if (!(name in manifest.dependencies)) undeclared.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
