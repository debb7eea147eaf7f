import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { ROOT } from '../helpers/paths.ts';

/** Every file of a build, by path, with its bytes. */
function files(dist: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dist, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dist);
  return found;
}

const CASE = 'content/cases/quyuhua-dangjian-lianmeng.mdx';
const TERM = 'content/glossary/wanggehua.mdx';

/** A typical pull request: a case renamed and retagged, a case added. */
async function editCases(site: FixtureSite) {
  const source = readFileSync(join(site.root, CASE), 'utf8');
  await site.write(
    CASE,
    source
      .replace('title: 区域化党建联盟与联席会商', 'title: 区域化党建联盟和联席会商制度')
      .replace('concepts: [大整合共治]', 'concepts: [大整合共治, 大党建共建]'),
  );
  await site.write(
    'content/cases/xin-anli.mdx',
    [
      '---',
      'title: 新增的测试案例',
      'kind: 部署要求',
      'summary: 用来检验增量构建的案例。',
      'concepts: [大服务共享]',
      '---',
      '',
      '## 做法',
      '',
      '推进网格化服务。',
      '',
    ].join('\n'),
  );
}

/** A definition reworded: every entry using the term shows it. */
async function editTerm(site: FixtureSite) {
  await site.write(
    TERM,
    readFileSync(join(site.root, TERM), 'utf8').replace(
      /^summary: .*$/m,
      'summary: 把一个区域划分为若干网格、每格配网格员的管理和服务方式。',
    ),
  );
}

/** Builds a fresh copy of the real content with `edits`, from nothing: what the rebuild must equal. */
async function freshBuild(name: string, ...edits: Array<(site: FixtureSite) => Promise<void>>) {
  const site = await fixtureSite(name, join(ROOT, 'content'));
  for (const apply of edits) await apply(site);
  expect((await site.build()).exitCode).toBe(0);
  return files(site.dist);
}

const restoredIn = (output: string) => output.match(/\(restored\)/g)?.length ?? 0;

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite('incremental', join(ROOT, 'content'));
  expect((await site.build()).exitCode).toBe(0);
}, 120_000);

describe('a rebuild after edits', () => {
  test('after cases change, renders only the pages that show them and gives exactly what a full build gives', async () => {
    await editCases(site);
    const rebuild = await site.build();
    expect(rebuild.exitCode, rebuild.output).toBe(0);
    const pages = [...files(site.dist).keys()].filter((path) => path.endsWith('.html')).length;
    expect(restoredIn(rebuild.output)).toBeGreaterThan(pages / 3);
    const fresh = await freshBuild('incremental-cases', editCases);
    const reused = files(site.dist);
    expect([...reused.keys()].sort()).toEqual([...fresh.keys()].sort());
    expect(
      [...fresh].filter(([path, bytes]) => reused.get(path) !== bytes).map(([path]) => path),
    ).toEqual([]);
  }, 300_000);

  test('after a glossary definition changes, every page using the term shows the new one, as in a full build', async () => {
    await editTerm(site);
    const rebuild = await site.build();
    expect(rebuild.exitCode, rebuild.output).toBe(0);
    const fresh = await freshBuild('incremental-term', editCases, editTerm);
    const reused = files(site.dist);
    expect(
      [...fresh].filter(([path, bytes]) => reused.get(path) !== bytes).map(([path]) => path),
    ).toEqual([]);
    expect(
      Buffer.from(reused.get('cases/dangjian-zhihui-jingwu/index.html')!, 'latin1').toString(
        'utf8',
      ),
    ).toContain('每格配网格员');
  }, 300_000);
});
