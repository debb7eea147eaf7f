import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ROOT, TMP } from '../helpers/paths.ts';
import { packageSite, verifyArchive } from '../../scripts/lib/deploy/package-site.ts';
import { listTarGz } from '../../scripts/lib/deploy/tar-listing.ts';
import { parseSiteAddress } from '../../src/site/site-address.ts';

const ADDRESS = parseSiteAddress('http://10.0.0.5:18437/zhishiku/');
const LONG = `${'segment-'.repeat(14)}end`;

let dir: string;
/** A small built site, its modes as a umask of 077 leaves them, with paths ustar cannot hold. */
let dist: string;
/** A site large enough that packing it takes a while, to be killed while it packs. */
let large: string;

beforeAll(async () => {
  await mkdir(TMP, { recursive: true });
  dir = await mkdtemp(join(TMP, 'package-'));
  dist = join(dir, 'dist');
  await mkdir(join(dist, 'cases', LONG, LONG), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>首页</title>');
  await writeFile(join(dist, 'cases', LONG, LONG, 'index.html'), 'deep');
  await writeFile(join(dist, 'cases', `${'x'.repeat(120)}.json`), '{}');
  await writeFile(join(dist, 'cases', '说明.txt'), '中文名');
  await chmod(join(dist, 'index.html'), 0o600);
  await chmod(join(dist, 'cases'), 0o700);
  await chmod(dist, 0o700);
  large = join(dir, 'large');
  await mkdir(large);
  await writeFile(join(large, 'index.html'), 'home');
  // Incompressible, so gzip takes its time over it.
  for (let index = 0; index < 40; index += 1)
    await writeFile(join(large, `chunk-${index}.bin`), randomBytes(1 << 20));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('packageSite', () => {
  test('writes one folder named like the archive, folders 755 and files 644 owned by root whatever the modes it read, every name read back by the system tar', async () => {
    const archive = join(dir, 'kb-20261130.tar.gz');
    expect(await packageSite(dist, ADDRESS, archive)).toBe(4 + 2);
    const lines = execFileSync('tar', ['--numeric-owner', '-tzvf', archive])
      .toString()
      .trim()
      .split('\n');
    for (const line of lines) {
      const [mode, owner, , , , path] = line.split(/\s+/);
      expect(mode, path).toBe(path!.endsWith('/') ? 'drwxr-xr-x' : '-rw-r--r--');
      expect(owner, path).toBe('0/0');
      expect(path!.startsWith('kb-20261130/'), path).toBe(true);
    }
    const out = join(dir, 'unpacked');
    await mkdir(out);
    execFileSync('tar', ['-xzf', archive, '-C', out]);
    expect(await readdir(out)).toEqual(['kb-20261130']);
    const site = join(out, 'kb-20261130', 'zhishiku');
    expect(await readFile(join(site, 'cases', LONG, LONG, 'index.html'), 'utf8')).toBe('deep');
    expect(await readFile(join(site, 'cases', `${'x'.repeat(120)}.json`), 'utf8')).toBe('{}');
    expect(await readFile(join(site, 'cases', '说明.txt'), 'utf8')).toBe('中文名');
    expect((await readdir(join(out, 'kb-20261130'))).sort()).toEqual([
      'nginx.conf',
      'zhishiku',
      '部署说明.txt',
    ]);
  });

  test('refuses a folder without the site’s index page, and writes nothing', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const archive = join(dir, 'empty.tar.gz');
    await expect(packageSite(empty, ADDRESS, archive)).rejects.toThrow(/没有 index\.html/);
    expect(existsSync(archive) || existsSync(`${archive}.partial`)).toBe(false);
  });
});

describe('verifyArchive', () => {
  test('finds an archive cut short or with a damaged header, and says so in Chinese', async () => {
    const archive = join(dir, 'verify.tar.gz');
    await packageSite(dist, ADDRESS, archive);
    const expected = (await listTarGz(archive)).map(({ kind, path }) =>
      kind === 'directory'
        ? { kind, path }
        : { kind: 'file' as const, path, data: Buffer.alloc(0) },
    );
    await expect(verifyArchive(archive, expected)).resolves.toBeUndefined();
    await expect(verifyArchive(archive, expected.slice(1))).rejects.toThrow(/压缩包里有 \d+ 项/);
    // One letter of the first file's name changed, the checksum left as it was.
    const tar = gunzipSync(await readFile(archive));
    tar[512 + 1] = tar[512 + 1]! ^ 1;
    await writeFile(archive, gzipSync(tar));
    await expect(verifyArchive(archive, expected)).rejects.toThrow(/校验和不对/);
    await packageSite(dist, ADDRESS, archive);
    await truncate(archive, (await stat(archive)).size - 40);
    await expect(verifyArchive(archive, expected)).rejects.toThrow(/压缩包读不通/);
  });
});

describe('npm run package interrupted while it writes the archive', () => {
  /** Runs packageSite over the large site in a child process and sends it `signal` mid-write. */
  async function interrupted(signal: NodeJS.Signals, archive: string, tmp: string) {
    const module = pathToFileURL(join(ROOT, 'scripts/lib/deploy/package-site.ts')).href;
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { packageSite } = await import(${JSON.stringify(module)});
         await packageSite(${JSON.stringify(large)}, ${JSON.stringify(ADDRESS)}, ${JSON.stringify(archive)});`,
      ],
      { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, killedBy) => resolve(killedBy ?? code)),
    );
    // Kill it once it has started writing, not before.
    while (!existsSync(`${archive}.partial`) || (await stat(`${archive}.partial`)).size === 0) {
      if (child.exitCode !== null) throw new Error('packageSite finished before it was killed');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill(signal);
    return exited;
  }

  test.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)(
    'by %s, keeps the previous archive as it was and leaves no copy of the site',
    async (signal) => {
      const folder = await mkdtemp(join(dir, `kill-${signal}-`));
      const tmp = join(folder, 'tmp');
      await mkdir(tmp);
      const archive = join(folder, 'kb-20261130.tar.gz');
      await packageSite(dist, ADDRESS, archive);
      const good = await readFile(archive);

      expect(await interrupted(signal, archive, tmp)).toBe(signal);
      expect((await readFile(archive)).equals(good)).toBe(true);
      expect(await readdir(tmp)).toEqual([]);
      // The handlers remove the unfinished file; after SIGKILL, which none can catch, the next run replaces it.
      expect(existsSync(`${archive}.partial`)).toBe(signal === 'SIGKILL');
      if (signal === 'SIGKILL') {
        await packageSite(dist, ADDRESS, archive);
        expect(existsSync(`${archive}.partial`)).toBe(false);
        expect((await listTarGz(archive)).length).toBeGreaterThan(6);
      }
    },
  );
});
