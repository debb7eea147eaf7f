import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hrefs, readPage } from '../helpers/dist.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy.ts';
import { ROOT } from '../helpers/paths.ts';
import { siteConfig } from '../../src/site/config.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/new-collection');
const JIA = '/policies/ceshi-zhengce-jia/';
const YI = '/policies/ceshi-zhengce-yi/';
const JIA_FILE = 'content/policies/ceshi-zhengce-jia.mdx';
const YI_FILE = 'content/policies/ceshi-zhengce-yi.mdx';

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((file) => join(name, file)) : [name];
  });
}

/** The files of the copy's src/ that are new or differ from the project's. */
function touchedFiles(project: ProjectCopy): string[] {
  const src = join(project.root, 'src');
  return filesUnder(src)
    .filter((file) => {
      try {
        return !readFileSync(join(src, file)).equals(readFileSync(join(ROOT, 'src', file)));
      } catch {
        return true;
      }
    })
    .map((file) => relative(project.root, join(src, file)))
    .sort();
}

/** What a fixture collection brings: its name, its schema's module and export, and its fixture files. */
interface FixtureCollection {
  name: string;
  module: string;
  schema: string;
  /** The row, the schema and the entries under tests/fixtures/new-collection/. */
  rowFile: string;
  schemaFile: string;
  entries: string[];
}

/**
 * A collection added as a developer would: its row in the collections table, its schema,
 * its name in the schemas' index and in content.config.ts; no page template of its own.
 */
async function addCollection(project: ProjectCopy, added: FixtureCollection) {
  const { name, module, schema } = added;
  await project.edit(
    'src/common/collections.ts',
    '  concepts: {\n',
    `${readFileSync(join(FIXTURE, added.rowFile), 'utf8')}  concepts: {\n`,
  );
  await project.write(
    `src/schemas/${module}.ts`,
    readFileSync(join(FIXTURE, added.schemaFile), 'utf8'),
  );
  await project.edit(
    'src/schemas/index.ts',
    "import { caseSchema } from './case.ts';",
    `import { caseSchema } from './case.ts';\nimport { ${schema} } from './${module}.ts';`,
  );
  await project.edit(
    'src/schemas/index.ts',
    '  cases: caseSchema,\n',
    `  cases: caseSchema,\n  ${name}: ${schema},\n`,
  );
  await project.edit(
    'src/content.config.ts',
    '  concepts: defineCollection(',
    `  ${name}: defineCollection({ loader: entryLoader('${name}'), schema: SCHEMAS.${name} }),\n  concepts: defineCollection(`,
  );
  for (const entry of added.entries)
    await project.write(
      `content/${name}/${entry}`,
      readFileSync(join(FIXTURE, 'content', name, entry), 'utf8'),
    );
}

const POLICIES: FixtureCollection = {
  name: 'policies',
  module: 'policy',
  schema: 'policySchema',
  rowFile: 'row.ts.txt',
  schemaFile: 'policy-schema.ts.txt',
  entries: ['ceshi-zhengce-jia.mdx', 'ceshi-zhengce-yi.mdx'],
};

/** A second row with every column the other way: not numbered, untagged, undated, in neither navigation nor feed. */
const NEWS_COLLECTION: FixtureCollection = {
  name: 'news',
  module: 'news',
  schema: 'newsSchema',
  rowFile: 'news-row.ts.txt',
  schemaFile: 'news-schema.ts.txt',
  entries: ['ceshi-dongtai.mdx'],
};

const NEWS = '/news/ceshi-dongtai/';

let project: ProjectCopy;
beforeAll(async () => {
  project = await projectCopy('new-collection');
  await addCollection(project, POLICIES);
  await addCollection(project, NEWS_COLLECTION);
  const build = await project.build();
  expect(build.exitCode, build.output).toBe(0);
}, 180_000);

describe('a collection added as one row of the table, with its schema', () => {
  test('touches four files of src/ each: the row, the schema, its line in the schemas index and in content.config.ts', () => {
    // Two collections: the table, the index and content.config.ts are shared, each has its schema.
    expect(touchedFiles(project)).toEqual([
      'src/common/collections.ts',
      'src/content.config.ts',
      'src/schemas/index.ts',
      'src/schemas/news.ts',
      'src/schemas/policy.ts',
    ]);
  });

  test('a row with every column the other way gets its pages and search records, and no numbers, tags, navigation or feed', () => {
    const page = readPage(project.dist, NEWS);
    expect(page.querySelector('h1')?.text.trim()).toBe('测试工作动态');
    expect(page.querySelectorAll('[id^="p-"]')).toHaveLength(0);
    // Nothing to list in the facts box, so no empty box.
    expect(page.querySelector('main dl')).toBeNull();
    expect(hrefs(readPage(project.dist, '/news/'), 'main a')).toContain(NEWS);
    expect(
      readPage(project.dist, '/').querySelector('nav[aria-label="主导航"]')!.text,
    ).not.toContain('工作动态');
    expect(readFileSync(join(project.dist, 'rss.xml'), 'utf8')).not.toContain('/news/');
    expect(() => statSync(join(project.dist, 'qr/news'))).toThrow();
    const record = readIndexedPages(project.dist).find((indexed) => indexed.url === NEWS)!;
    expect(record.filters.type).toEqual(['工作动态']);
    expect(record.filters.concept).toBeUndefined();
    expect(readFileSync(join(project.dist, 'sitemap.xml'), 'utf8')).toContain(`${NEWS}</loc>`);
  });

  test('gets its list page, a page per entry from the shared document template, and a place in the navigation', () => {
    const list = readPage(project.dist, '/policies/');
    expect(list.querySelector('h1')?.text.trim()).toBe('政策文件');
    expect(hrefs(list, 'main a')).toEqual(expect.arrayContaining([JIA, YI]));
    const jia = readPage(project.dist, JIA);
    expect(jia.querySelector('h1')?.text.trim()).toBe('测试政策文件甲');
    const rows = jia
      .querySelector('dl')!
      .querySelectorAll('dt')
      .map((term) => [term.text.trim(), term.nextElementSibling!.text.trim()]);
    expect(rows).toEqual([
      ['发布日期', '2020年3月'],
      ['责任者', '测试发文机关'],
      ['理念', '大党建共建'],
      ['示范点', 'X党总支'],
    ]);
    const nav = readPage(project.dist, '/').querySelector('nav[aria-label="主导航"]')!;
    // 工作动态 stays out: its row says so.
    expect(nav.querySelectorAll('a').map((link) => link.text.trim())).toEqual([
      '首页',
      '讲话',
      '案例',
      '政策文件',
      '理念',
      '示范点',
      '检索',
    ]);
    // The home page has a section for it, as for the speeches; not for rows out of the navigation.
    const home = readPage(project.dist, '/');
    expect(hrefs(home.querySelector('section[aria-labelledby="policies"]')!)).toEqual(
      expect.arrayContaining([JIA, YI, '/policies/']),
    );
    expect(home.querySelector('#news')).toBeNull();
    // Seven links do not fit one phone row: two rows of four.
    expect(nav.querySelector('ul')!.classList.contains('grid-cols-4')).toBe(true);
  });

  test('links its tags, and the tag pages list it under its own label', () => {
    const jia = readPage(project.dist, JIA);
    expect(hrefs(jia, 'dl a')).toEqual([
      '/concepts/da-dangjian-gongjian/',
      '/sites/x-dangzongzhi/',
    ]);
    const concept = readPage(project.dist, '/concepts/da-dangjian-gongjian/');
    const section = concept.querySelector('section[aria-labelledby="policies"]')!;
    expect(section.querySelector('h2')!.text.trim()).toBe('提出这一理念的政策文件');
    expect(hrefs(section)).toEqual([JIA]);
    const site = readPage(project.dist, '/sites/x-dangzongzhi/');
    expect(site.querySelector('#policies')!.text.trim()).toBe('提到这里的政策文件');
  });

  test('is in the search index, filed by its type, tags and year', () => {
    const record = readIndexedPages(project.dist).find((page) => page.url === JIA)!;
    expect(record.filters).toMatchObject({
      type: ['政策文件'],
      concept: ['大党建共建'],
      year: ['2020'],
    });
    expect(record.meta.date).toBe('发布日期 2020年3月');
    expect(record.content).toContain('测试政策甲的第一段');
  });

  test('is cited as the work of its issuer, and as nobody’s when the issuer is not known', () => {
    const reference = (path: string) =>
      readPage(project.dist, path).querySelector('[data-reference]')!;
    expect(reference(JIA).getAttribute('data-reference-author')).toBe('测试发文机关');
    // The reference is to this site's page and dated by it; the issue date, the one its row says is a
    // publication date, dates the original, and is said in words beside it.
    expect(reference(JIA).getAttribute('data-reference-date')).not.toBe('2020-03');
    expect(reference(JIA).text).not.toContain('2020-03');
    expect(readPage(project.dist, JIA).querySelector('[data-reference-original]')?.text).toContain(
      '所录原文2020年3月发布',
    );
    // Not the site's work: the reference names no responsible party, as for a speech without its
    // speaker, and this site only as the page's publisher.
    expect(reference(YI).getAttribute('data-reference-author')).toBe('');
    expect(reference(YI).text).not.toMatch(new RegExp(`^${siteConfig.title}`));
    expect(reference(YI).text).toContain(`[EB/OL]. ${siteConfig.title}. `);
  });

  test('is in the sitemap and in the data published for other systems', () => {
    expect(readFileSync(join(project.dist, 'sitemap.xml'), 'utf8')).toContain(`${JIA}</loc>`);
    const { entries } = JSON.parse(
      readFileSync(join(project.dist, 'data/entries.json'), 'utf8'),
    ) as { entries: { url: string }[] };
    expect(entries.find((entry) => entry.url.endsWith(JIA))).toMatchObject({
      type: '政策文件',
      date: '2020-03',
      concepts: ['大党建共建'],
      sites: ['X党总支'],
      tags: ['测试关键词'],
    });
  });

  test('is in the feed under its label', () => {
    const feed = readFileSync(join(project.dist, 'rss.xml'), 'utf8');
    const item = feed.split('<item>').find((part) => part.includes(`${JIA}</link>`));
    expect(item).toContain('<category>政策文件</category>');
  });

  test('numbers its paragraphs with QR codes, and a published paragraph number is protected like a speech’s', async () => {
    const jia = readPage(project.dist, JIA);
    expect(jia.querySelectorAll('[id^="p-"]').map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(statSync(join(project.dist, 'qr/policies/ceshi-zhengce-jia.json')).isFile()).toBe(true);
    const accepted = project.run('accept-urls');
    expect(accepted.output).toContain(`${JIA}#p-2`);
    const original = await project.read(YI_FILE);
    await project.edit(YI_FILE, '测试政策乙的第二段。', '新加的一段。\n\n测试政策乙的第二段。');
    const check = project.run('check-content');
    expect(check.exitCode).toBe(1);
    expect(check.output).toContain(`${YI_FILE}:`);
    expect(check.output).toContain('已发布的段落编号会移位');
    expect(check.output).toContain('paragraphNumbers: { inserted: [p-1a] }');
    await project.write(YI_FILE, original);
  });

  test('npm run new starts an entry of it from its row: title, summary, its date and its tags', async () => {
    const created = project.run('new-entry', ['政策文件', '测试政策文件丙']);
    expect(created.exitCode, created.output).toBe(0);
    const file = 'content/policies/ceshi-zhengce-wenjian-bing.mdx';
    const text = await project.read(file);
    expect(text).toContain('title: 测试政策文件丙');
    expect(text).toContain('# date: 2019  # 发布日期');
    expect(text).toMatch(/^concepts: \[\]$/m);
    expect(text).toMatch(/^sites: \[\]$/m);
    // Its placeholders keep it from being published until they are filled in.
    expect(project.run('check-content').output).toContain(`${file}:`);
    await rm(join(project.root, file));
  });

  test('an edit to one of its entries rebuilds every page that shows it', async () => {
    await project.edit(JIA_FILE, 'title: 测试政策文件甲', 'title: 改过标题的测试政策文件甲');
    const build = await project.build();
    expect(build.exitCode, build.output).toBe(0);
    for (const path of [
      JIA,
      '/policies/',
      '/concepts/da-dangjian-gongjian/',
      '/sites/x-dangzongzhi/',
    ])
      expect(readPage(project.dist, path).text, path).toContain('改过标题的测试政策文件甲');
    expect(readFileSync(join(project.dist, 'rss.xml'), 'utf8')).toContain(
      '改过标题的测试政策文件甲',
    );
    // The pages that do not show it were kept from the first build.
    expect(build.output).toMatch(/\(restored\)/);
  }, 180_000);
});

describe('a row the shared code cannot serve yet', () => {
  test('a third tag collection stops the build with what it needs, instead of pages missing', async () => {
    const copy = await projectCopy('new-tag-collection');
    await copy.edit(
      'src/common/collections.ts',
      '  concepts: {\n',
      "  regions: {\n    label: '地区',\n    intro: '测试用。',\n    role: 'tag',\n    taggedWith: [],\n    numbered: false,\n    inNavigation: false,\n    inFeed: false,\n    ownPages: false,\n  },\n  concepts: {\n",
    );
    await copy.edit(
      'src/schemas/index.ts',
      '  cases: caseSchema,\n',
      '  cases: caseSchema,\n  regions: glossarySchema,\n',
    );
    await copy.edit(
      'src/content.config.ts',
      '  concepts: defineCollection(',
      "  regions: defineCollection({ loader: entryLoader('regions'), schema: SCHEMAS.regions }),\n  concepts: defineCollection(",
    );
    await copy.write(
      'content/regions/ceshi-diqu.mdx',
      '---\ntitle: 测试地区\nsummary: 测试用的地区。\n---\n\n测试。\n',
    );
    const build = await copy.build();
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain(
      '集合 regions 的角色是 tag：表里新加的集合目前只能是 document（文本）',
    );
  }, 180_000);
});
