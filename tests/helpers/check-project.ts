import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runChecks } from '../../src/checks/index.ts';
import { formatReport, type Finding } from '../../src/checks/finding.ts';
import { ROOT, TMP } from './paths.ts';

/** What the content check said about a fixture project. */
export interface CheckResult {
  root: string;
  findings: Finding[];
  /** The report exactly as `npm run check` prints it. */
  report: string;
}

/** A file to add: its content, or a symbolic link to `link` (dangling or not). */
export type ExtraFile = string | Buffer | { link: string };

/**
 * Runs the content check on `tests/fixtures/check/_base` (valid content) with the
 * files of `tests/fixtures/check/<name>` laid over it, plus any `extra` files, in
 * `tests/.tmp/check/<dir>` (a dir of its own when two tests use one fixture).
 */
export async function checkFixture(
  name: string,
  extra: Record<string, ExtraFile> = {},
  dir = name,
): Promise<CheckResult> {
  const root = join(TMP, 'check', dir);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(ROOT, 'tests/fixtures/check/_base'), root, { recursive: true });
  const overlay = join(ROOT, 'tests/fixtures/check', name);
  if (name !== '_base' && existsSync(overlay)) await cp(overlay, root, { recursive: true });
  for (const [path, content] of Object.entries(extra)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    if (typeof content === 'object' && 'link' in content)
      await symlink(content.link, join(root, path));
    else await writeFile(join(root, path), content);
  }
  const findings = await runChecks(root);
  return { root, findings, report: formatReport(findings) };
}

/**
 * A function giving the content check's report on files laid over the valid base
 * fixture, each call in a folder of its own (`<prefix>-1`, `<prefix>-2`, …).
 */
export function reportsOn(prefix: string): (files: Record<string, ExtraFile>) => Promise<string> {
  let runs = 0;
  return async (files) => {
    runs += 1;
    return (await checkFixture('_base', files, `${prefix}-${runs}`)).report;
  };
}

/**
 * The report on a merge request: `published` (files the target branch has) laid
 * over the base fixture is the target; `changed` laid over that is the change,
 * checked against the target as CI checks a merge request.
 */
export async function checkChange(
  published: Record<string, ExtraFile>,
  changed: Record<string, ExtraFile>,
  dir: string,
): Promise<CheckResult> {
  const { root: before } = await checkFixture('_base', published, `${dir}-before`);
  const root = join(TMP, 'check', dir);
  await rm(root, { recursive: true, force: true });
  await cp(before, root, { recursive: true });
  for (const [path, content] of Object.entries(changed)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content))
      await writeFile(join(root, path), content);
  }
  const target = await mkdtemp(join(tmpdir(), 'kb-target-'));
  await cp(join(before, 'content'), join(target, 'content'), { recursive: true });
  const findings = await runChecks(root, { branch: 'main', commit: '0'.repeat(40), root: target });
  return { root, findings, report: formatReport(findings) };
}
