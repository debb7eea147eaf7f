import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entryTemplate, slugFromTitle } from '../../src/site/new-entry.ts';
import { checkFixture } from '../helpers/check-project.ts';
import { ROOT } from '../helpers/paths.ts';
import { COLLECTIONS } from '../../src/common/collections.ts';
import { ID_PATTERN } from '../../src/common/collections.ts';

const run = promisify(execFile);

describe('slugFromTitle', () => {
  test.each([
    ['乡镇“四所合一”改革', 'xiangzhen-sisuo-heyi-gaige'],
    ['网格化服务中心', 'wanggehua-fuwu-zhongxin'],
    ['街道管理体制改革试点', 'jiedao-guanli-tizhi-gaige-shidian'],
    ['城市社区党群服务中心建设（不少于500平方米）', 'chengshi-shequ-dangqun-fuwu-zhongxin-jianshe'],
    ['大整合共治', 'da-zhenghe-gongzhi'],
    ['履行党建主体责任“双述双评”', 'lvxing-dangjian-zhuti-zeren-shuangshushuangping'],
    ['“X党建+乡村振兴”示范带', 'x-dangjian-xiangcun-zhenxing-shifan-dai'],
    ['500平方米', 'tiaomu-500-pingfangmi'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slug).toMatch(ID_PATTERN);
  });
});

describe('entryTemplate', () => {
  const titleFor = (collection: string) =>
    collection === 'concepts' ? '大协同共进' : '社区议事协商';

  test.each(COLLECTIONS)(
    'a new %s is refused for its placeholders only, each at its line, until they are replaced',
    async (collection) => {
      const file = `content/${collection}/xin-tiaomu.mdx`;
      const template = entryTemplate(collection, titleFor(collection), 3);
      const { findings } = await checkFixture(
        '_base',
        { [file]: template },
        `template-${collection}`,
      );
      const own = findings.filter((finding) => finding.file === file);
      expect(own.length).toBeGreaterThan(0);
      expect(
        own.map((finding) => [
          finding.rule,
          template.split('\n')[finding.line - 1]!.includes('【请填写'),
        ]),
      ).toEqual(own.map(() => ['placeholder', true]));
      const filled = template
        .replace(/kind: 【[^】]*】/, 'kind: 部署要求')
        .replace(/status: 【[^】]*】/, 'status: 已有')
        .replace(/【请填写[^】]*】/g, '已经写好的内容');
      const after = await checkFixture(
        '_base',
        { [file]: filled },
        `template-${collection}-filled`,
      );
      expect(after.findings.filter((finding) => finding.file === file)).toEqual([]);
    },
  );

  test('gives cases the four section headings', () => {
    expect(entryTemplate('cases', '标题').match(/^## .+$/gm)).toEqual([
      '## 背景',
      '## 做法',
      '## 成效',
      '## 经验启示',
    ]);
  });

  test('fills in no date (only the source can tell one) and asks whether a case is a practice or a requirement', () => {
    for (const collection of ['cases', 'speeches'] as const) {
      expect(entryTemplate(collection, '标题')).not.toMatch(/^(date|published):/m);
    }
    expect(entryTemplate('cases', '标题')).toMatch(/^kind: 【请填写：已有做法 或 部署要求】$/m);
  });
});

describe('npm run new, as a command', () => {
  test('creates the file with a pinyin name, prints its path and preview URL, and refuses to overwrite it', async () => {
    const { root } = await checkFixture('_base', {}, 'new-command');
    const script = join(ROOT, 'scripts/new-entry.ts');
    const created = await run(process.execPath, [script, 'case', '社区议事协商'], { cwd: root });
    expect(created.stdout).toMatchInlineSnapshot(`
      "已创建 content/cases/shequ-yishi-xieshang.mdx
      运行 npm run dev 后，在 http://localhost:4321/cases/shequ-yishi-xieshang/ 预览。
      把所有【请填写…】换成真实内容（检查会拦下没换的）。文件名会成为网址；如需修改，请在首次发布前改。改完后运行 npm run check 检查。
      "
    `);
    expect(await readFile(join(root, 'content/cases/shequ-yishi-xieshang.mdx'), 'utf8')).toContain(
      'title: 社区议事协商',
    );
    const again = await run(process.execPath, [script, 'case', '社区议事协商'], {
      cwd: root,
    }).catch((error) => error);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatchInlineSnapshot(
      `"content/cases/shequ-yishi-xieshang.mdx 已经存在，没有覆盖它。请换一个标题，或直接编辑那个文件。"`,
    );
  });

  test('explains how to call it when the kind or title is missing', async () => {
    const failed = await run(process.execPath, [join(ROOT, 'scripts/new-entry.ts'), 'anli'], {
      cwd: ROOT,
    }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toMatchInlineSnapshot(`
      "用法：npm run new -- <类型> <标题>
      类型：case（案例）、speech（讲话）、site（示范点）、concept（理念）、term（术语）
      例如：npm run new -- case 社区议事协商"
    `);
  });
});
