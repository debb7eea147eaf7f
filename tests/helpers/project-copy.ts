import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, type BuildResult } from './astro-build.ts';
import { ROOT, TMP } from './paths.ts';

/** What a copy of the project holds: its code, configuration and content, each its own. */
const COPIED = [
  'src',
  'scripts',
  'public',
  'content',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A copy of the whole project, to change its code as a developer would and build it. */
export interface ProjectCopy {
  root: string;
  dist: string;
  /** Builds it with its own code (`npm run build` of the copy). */
  build(): Promise<BuildResult>;
  /** Runs one of its commands (`scripts/<name>.ts`) with no target branch, returning how it ended and what it printed. */
  run(script: string, args?: string[]): { exitCode: number; output: string };
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Replaces the one occurrence of `find` in a file with `replace`; throws when it is not there. */
  edit(path: string, find: string, replace: string): Promise<void>;
}

/**
 * Copies the project to `tests/.tmp/projects/<name>`, inside the project so that its
 * packages resolve through a link to the project's node_modules.
 */
export async function projectCopy(name: string): Promise<ProjectCopy> {
  const root = join(TMP, 'projects', name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const part of COPIED) await cp(join(ROOT, part), join(root, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const dist = join(root, 'dist');
  const read = (path: string) => readFile(join(root, path), 'utf8');
  const write = async (path: string, text: string) => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  };
  return {
    root,
    dist,
    build: () => astroBuild(root, dist),
    run: (script, args = []) => {
      const result = spawnSync(process.execPath, [join(root, 'scripts', `${script}.ts`), ...args], {
        cwd: root,
        encoding: 'utf8',
        // The copy is no git repository of its own: its published state is its registry and record.
        env: { ...process.env, KB_TARGET_BRANCH: '', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { exitCode: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
    },
    read,
    write,
    edit: async (path, find, replace) => {
      const text = await read(path);
      if (!text.includes(find)) throw new Error(`${path} 里找不到要替换的文字：${find}`);
      await write(path, text.replace(find, replace));
    },
  };
}
