import { rmSync } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SiteAddress } from '../../../src/site/site-address.ts';
import { deploymentNote, forNotepad, NOTE_NAME, topFolder } from './deployment-note.ts';
import { nginxConfig } from './nginx-config.ts';
import { siteFolder } from './site-folder.ts';
import { listTarGz } from './tar-listing.ts';
import { writeTarGz, type TarEntry } from './tar-writer.ts';

/** The files and folders of `dir` as archive entries under `at`, folders before what they hold. */
async function siteEntries(dir: string, at: string): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const children = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const child of children) {
    const path = `${at}/${child.name}`;
    const source = join(dir, child.name);
    if (child.isDirectory())
      entries.push({ kind: 'directory', path }, ...(await siteEntries(source, path)));
    else if (child.isFile()) entries.push({ kind: 'file', path, source });
    else throw new Error(`网站文件夹里的 ${source} 既不是文件也不是文件夹（符号链接？），不能打包`);
  }
  return entries;
}

/** The folders a path's parents are: `a/b/c` → `a`, `a/b`. */
const parents = (path: string) =>
  path
    .split('/')
    .slice(0, -1)
    .map((_, index, parts) => parts.slice(0, index + 1).join('/'));

/**
 * Checks that the archive reads through to its end and holds exactly `expected`, the
 * site's index page among them.
 * @throws {Error} in Chinese, saying what is wrong
 */
export async function verifyArchive(file: string, expected: readonly TarEntry[]): Promise<void> {
  const listed = await listTarGz(file);
  const want = expected.map((entry) => `${entry.kind} ${entry.path}`);
  const got = new Set(listed.map((entry) => `${entry.kind} ${entry.path}`));
  const missing = want.filter((entry) => !got.has(entry));
  if (missing.length > 0 || listed.length !== want.length)
    throw new Error(
      `压缩包里有 ${listed.length} 项，应有 ${want.length} 项${missing.length ? `，缺 ${missing.slice(0, 3).join('、')} 等 ${missing.length} 项` : ''}`,
    );
}

/**
 * Writes one .tar.gz of the built site `dist` for carrying to an intranet server: a
 * single folder named after the archive, holding the site in a folder named after its
 * sub-path, the nginx configuration for it and the deployment note. The archive is
 * written beside `archive` under a temporary name, read back and checked, and only then
 * renamed over it: an interrupted or failed run leaves an archive already there as it
 * was, and removes its temporary file on SIGINT, SIGTERM and SIGHUP (after SIGKILL the
 * next run overwrites it). Nothing is copied: files are read from `dist` as they are
 * written. Returns how many files the archive holds.
 */
export async function packageSite(
  dist: string,
  address: SiteAddress,
  archive: string,
  built = new Date().toISOString().slice(0, 16).replace('T', ' '),
): Promise<number> {
  const name = basename(archive);
  const top = topFolder(name);
  const site = `${top}/${siteFolder(address.base)}`;
  const entries: TarEntry[] = [
    { kind: 'directory', path: top },
    { kind: 'file', path: `${top}/nginx.conf`, data: Buffer.from(nginxConfig(address)) },
    {
      kind: 'file',
      path: `${top}/${NOTE_NAME}`,
      data: forNotepad(deploymentNote(address, name, built)),
    },
    ...parents(site)
      .slice(1)
      .map((path): TarEntry => ({ kind: 'directory', path })),
    { kind: 'directory', path: site },
    ...(await siteEntries(dist, site)),
  ];
  if (!entries.some((entry) => entry.path === `${site}/index.html`))
    throw new Error(`${dist} 里没有 index.html：网站还没有构建好，没有打包`);

  const partial = `${archive}.partial`;
  const removePartial = () => rmSync(partial, { force: true });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  // Removes the temporary file, then dies of the same signal as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    removePartial();
    for (const each of signals) process.off(each, onSignal);
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.on(signal, onSignal);
  try {
    await writeTarGz(partial, entries);
    // On disk before the rename, so a power cut cannot leave the name on an empty file.
    const handle = await open(partial, 'r+');
    await handle.sync();
    await handle.close();
    try {
      await verifyArchive(partial, entries);
    } catch (error) {
      throw new Error(
        `部署包校验没有通过（${(error as Error).message}），没有替换 ${name}。请重新运行 npm run package。`,
        { cause: error },
      );
    }
    await rename(partial, archive);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
  return entries.filter((entry) => entry.kind === 'file').length;
}
