import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { siteConfig } from '../../src/site/config.ts';
import { editFileUrl, repositoryBase, type Repository } from '../../src/site/forge.ts';

/** The 新增… link of a list page, if it has one. */
const newEntryLink = (page: HTMLElement) =>
  page.querySelectorAll('main a').find((link) => link.text.trim().startsWith('新增'));

/** The 编辑此页 link of an entry page. */
const editLink = (page: HTMLElement) =>
  page.querySelectorAll('main footer a').find((link) => link.text.trim() === '编辑此页');

/** The new-file URL without its query, and the names and values of the query. */
function splitNewFileUrl(href: string) {
  const url = new URL(href);
  return { page: `${url.origin}${url.pathname}`, query: [...url.searchParams.entries()] };
}

const NEW_FILE_PATH = { github: 'new', gitlab: '-/new', gitea: '_new' } as const;
const QUERY_NAMES = {
  github: ['filename', 'value'],
  gitlab: ['file_name', 'content'],
  gitea: ['filename', 'value'],
} as const;

/** What the case list's 新增案例 link must be for `repository`. */
function expectNewCaseLink(page: HTMLElement, repository: Repository) {
  const link = newEntryLink(page);
  expect(link?.text.trim()).toBe('新增案例（在代码仓库中编辑）');
  expect(link?.getAttribute('rel')).toBe('external');
  expect(link?.hasAttribute('data-pagefind-ignore')).toBe(true);
  expect(link?.getAttribute('class')).toContain('min-h-9');
  const { page: target, query } = splitNewFileUrl(link?.getAttribute('href') ?? '');
  expect(target).toBe(
    `${repositoryBase(repository.url)}/${NEW_FILE_PATH[repository.forge]}/${repository.branch}/content/cases`,
  );
  expect(query.map(([name]) => name)).toEqual(QUERY_NAMES[repository.forge]);
  const [[, fileName = ''] = [], [, content = ''] = []] = query;
  expect(fileName).toBe('请改为标题拼音.mdx');
  expect(content).toMatch(/^---\ntitle: .+\n[\s\S]*\n---\n[\s\S]*## 背景/);
}

describe('the real site', () => {
  test('offers editors 新增案例 on the case list, leading to the new-file page of the configured forge', () => {
    expectNewCaseLink(readPage(SITE_DIST, '/cases/'), siteConfig.repository!);
  });

  test('offers it on the case list only, not on other lists or the home page', () => {
    const others = htmlPages(SITE_DIST).filter(
      (path) => !/^\/cases\/(\d+\/)?$/.test(path) && !path.startsWith('/pagefind'),
    );
    expect(
      others.filter((path) => path.endsWith('/') && newEntryLink(readPage(SITE_DIST, path))),
    ).toEqual([]);
  });

  test('links 编辑此页 on a case to the same forge’s editor for its file', () => {
    const href = editLink(readPage(SITE_DIST, '/cases/jiedao-guanli-tizhi-gaige/'))?.getAttribute(
      'href',
    );
    expect(href).toBe(
      editFileUrl(siteConfig.repository!, 'content/cases/jiedao-guanli-tizhi-gaige.mdx'),
    );
  });
});

describe('a site built for a Gitea or Forgejo repository (REPOSITORY_FORGE, REPOSITORY_BRANCH)', () => {
  const repository: Repository = {
    url: 'https://git.intranet.example/jiceng/zhishiku.git',
    branch: 'master',
    forge: 'gitea',
  };
  let dist: string;
  beforeAll(async () => {
    const site = await fixtureSite('forge-gitea', 'drafts');
    const result = await site.build({
      REPOSITORY_URL: repository.url,
      REPOSITORY_FORGE: 'forgejo',
      REPOSITORY_BRANCH: repository.branch,
    });
    expect(result.exitCode, result.output).toBe(0);
    dist = site.dist;
  });

  test('links 新增案例 to Gitea’s _new page, with the .git of the address left out', () => {
    expectNewCaseLink(readPage(dist, '/cases/'), repository);
  });

  test('links 编辑此页 to Gitea’s _edit page', () => {
    expect(editLink(readPage(dist, '/cases/fabu-anli/'))?.getAttribute('href')).toBe(
      'https://git.intranet.example/jiceng/zhishiku/_edit/master/content/cases/fabu-anli.mdx',
    );
  });
});
