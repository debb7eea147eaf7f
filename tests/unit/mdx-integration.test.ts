import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { ROOT } from '../helpers/paths.ts';

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('@astrojs/mdx, kept as the stack chose it', () => {
  test('is registered, so a page under src/pages/ may be written in MDX', () => {
    const names = [config.integrations ?? []]
      .flat(2)
      .flatMap((integration) => (integration ? [integration.name] : []));
    expect(names).toContain('@astrojs/mdx');
  });

  test('compiles nothing today: no page is MDX, and every collection is read by the site’s own loader', () => {
    expect(filesUnder(join(ROOT, 'src/pages')).filter((file) => /\.mdx?$/.test(file))).toEqual([]);
    // content.config.ts imports astro:content, which exists only inside Astro: read as text.
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    const defined = config.match(/defineCollection\(/g) ?? [];
    const ours = config.match(/defineCollection\(\{ loader: entryLoader\(/g) ?? [];
    expect(defined.length).toBeGreaterThan(0);
    expect(ours.length).toBe(defined.length);
  });
});
