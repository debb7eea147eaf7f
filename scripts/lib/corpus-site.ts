import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus, type CorpusOptions } from './corpus.ts';

/**
 * Sets up a site in `dir` from a generated corpus: its own content/, and an Astro
 * config that reuses the project's config, src/ and public/ (so it builds exactly
 * like the real site), then builds it into `dir`/dist.
 * @returns the build's wall time in milliseconds
 */
export function buildCorpusSite(
  root: string,
  dir: string,
  options: CorpusOptions,
): { dist: string; ms: number } {
  mkdirSync(dir, { recursive: true });
  generateCorpus(root, join(dir, 'content'), options);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};`,
      `export default { ...base, srcDir: ${JSON.stringify(join(root, 'src'))}, publicDir: ${JSON.stringify(join(root, 'public'))} };`,
    ].join('\n'),
  );
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`生成语料的网站构建失败：\n${result.stdout}\n${result.stderr}`);
  return { dist: join(dir, 'dist'), ms: Date.now() - started };
}
