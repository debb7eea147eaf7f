import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type Measured } from './run-measured.ts';

/** The sites built from the same files: this site, this site with Astro's incremental build off, and the two alternatives. */
export type Variant = 'site' | 'site-plain' | 'baseline' | 'starlight';

/** A ready-to-build project in a scratch folder. */
export interface BenchProject {
  variant: Variant;
  dir: string;
  /** Where its build writes the site. */
  dist: string;
  /** Where a case's MDX lives in it, to change one for the rebuild measurement. */
  caseFile(id: string): string;
  /** Builds it (Pagefind included) and measures the build. */
  build(): Promise<Measured>;
}

const env = { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * Sets up `variant` in `dir` with the corpus in `content`:
 * - site: this project's own config, src/ and public/, reading the corpus as its content/;
 * - site-plain: the same with Astro's experimental incremental build off, to weigh what recording its cache costs;
 * - baseline: bench/baseline (Astro + MDX, one route, a bare layout), then the Pagefind CLI on its output;
 * - starlight: bench/starlight with its pinned node_modules, the corpus as its docs.
 */
export function setUpProject(
  root: string,
  variant: Variant,
  dir: string,
  content: string,
): BenchProject {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const astro = (modules: string) => [join(modules, 'astro/bin/astro.mjs'), 'build'];
  if (variant === 'site' || variant === 'site-plain') {
    cpSync(content, join(dir, 'content'), { recursive: true });
    const experimental =
      variant === 'site-plain'
        ? ', experimental: { ...base.experimental, incrementalBuild: false }'
        : '';
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      [
        `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};`,
        `export default { ...base, srcDir: ${JSON.stringify(join(root, 'src'))}, publicDir: ${JSON.stringify(join(root, 'public'))}${experimental} };`,
      ].join('\n'),
    );
    // The site's own build (npm run build): astro build, then indexing in a process of its own.
    return project(variant, dir, join(dir, 'content'), () =>
      runMeasured(process.execPath, [join(root, 'scripts/build.ts')], { cwd: dir, env }),
    );
  }
  if (variant === 'baseline') {
    cpSync(join(root, 'bench/baseline'), dir, { recursive: true });
    cpSync(content, join(dir, 'content'), { recursive: true });
    // One command, so the measured time and memory cover the build and the indexing, as in the site's build.
    const script = `"${process.execPath}" "${join(root, 'node_modules/astro/bin/astro.mjs')}" build && "${join(root, 'node_modules/.bin/pagefind')}" --site dist`;
    return project(variant, dir, join(dir, 'content'), () =>
      runMeasured('sh', ['-c', script], { cwd: dir, env }),
    );
  }
  const modules = join(root, 'bench/starlight/node_modules');
  if (!existsSync(join(modules, '@astrojs/starlight')))
    throw new Error(
      'bench/starlight 的依赖还没有安装：npm run bench 会先运行 npm ci --prefix bench/starlight。',
    );
  cpSync(join(root, 'bench/starlight'), dir, {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  symlinkSync(modules, join(dir, 'node_modules'));
  cpSync(content, join(dir, 'src/content/docs'), { recursive: true });
  return project(variant, dir, join(dir, 'src/content/docs'), () =>
    runMeasured(process.execPath, astro(modules), { cwd: dir, env }),
  );
}

function project(
  variant: Variant,
  dir: string,
  content: string,
  build: () => Promise<Measured>,
): BenchProject {
  return {
    variant,
    dir,
    dist: join(dir, 'dist'),
    caseFile: (id) => join(content, 'cases', `${id}.mdx`),
    build,
  };
}
