import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runChecks } from '../../../src/checks/index.ts';
import { ROOT, TMP } from '../../helpers/paths.ts';
import { rawSpeechFile, SPEECH_FILE } from '../../helpers/raw-speech.ts';

const run = promisify(execFile);

/** `npm run fix` on a project: what it printed. */
async function fix(root: string): Promise<string> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/fix-content.ts'), root], {
    cwd: root,
  });
  return stdout.trim();
}

/** A copy of the real content in a folder of its own, with `files` written over it. */
async function project(name: string, files: Record<string, string>): Promise<string> {
  const root = join(TMP, 'fix', name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  return root;
}

describe('npm run fix', () => {
  test('turns the speech pasted from its raw source into today’s speech file, byte for byte', async () => {
    const root = await project('raw-speech', { [SPEECH_FILE]: rawSpeechFile() });
    expect(await fix(root)).toMatchInlineSnapshot(`
      "content/speeches/shequ-zhili-dangjian-tuijinhui-2022.mdx：改了 215 处（半角标点 215 处）
        第 14 行第 4 列：“:” → “：”
        第 16 行第 3 列：“,” → “，”
        第 16 行第 35 列：“,” → “，”
        ……另有 212 处
      共改了 1 个文件里的 215 处排版。用 git diff 可以逐处查看。"
    `);
    expect(await readFile(join(root, SPEECH_FILE), 'utf8')).toBe(
      await readFile(join(ROOT, SPEECH_FILE), 'utf8'),
    );
  });

  test('changes nothing the second time, and leaves files with nothing to fix byte-identical', async () => {
    const root = await project('twice', { [SPEECH_FILE]: rawSpeechFile() });
    await fix(root);
    const once = await readFile(join(root, SPEECH_FILE));
    expect(await fix(root)).toMatchInlineSnapshot(`"本项目没有要改的排版。"`);
    expect(await readFile(join(root, SPEECH_FILE))).toEqual(once);
  });

  test('fixes fields and body text, and never a link target, an attribute, code or an address', async () => {
    const file = 'content/cases/zhantie-anli.mdx';
    const text = [
      '\ufeff---',
      'title: 社区议事(试点)',
      'kind: 部署要求',
      'summary: 居民议事,共商共治。\u3000',
      'region: X市',
      'tags: [议事\u00a0协商]',
      'questions:',
      '  - 怎样理解"大党建"?',
      '---',
      '',
      '## 背景',
      '',
      '\u3000\u3000居民"议事"委员制度,见[通知(2019)](https://example.org/a,b(c)?x=1:2)。',
      '',
      '<Note title="提示:注意">要点:先议后办。</Note>',
      '',
      '命令 `npm run fix,快` 和网址 https://example.org/x,y 都照写;比分3:2。',
      '',
    ].join('\r\n');
    const root = await project('fields-and-body', { [file]: text });
    expect(await fix(root)).toMatchInlineSnapshot(`
      "content/cases/zhantie-anli.mdx：改了 17 处（半角标点 9 处，多余的空格 4 处，英文引号 4 处）
        第 2 行第 12 列：“(” → “（”
        第 2 行第 15 列：“)” → “）”
        第 4 行第 14 列：“,” → “，”
        ……另有 14 处
      共改了 1 个文件里的 17 处排版。用 git diff 可以逐处查看。"
    `);
    expect((await readFile(join(root, file), 'utf8')).replace('\ufeff', '(BOM)'))
      .toMatchInlineSnapshot(`
      "(BOM)---
      title: 社区议事（试点）
      kind: 部署要求
      summary: 居民议事，共商共治。
      region: X市
      tags: [议事协商]
      questions:
        - 怎样理解“大党建”？
      ---

      ## 背景

      居民“议事”委员制度，见[通知（2019）](https://example.org/a,b(c)?x=1:2)。

      <Note title="提示:注意">要点：先议后办。</Note>

      命令 \`npm run fix,快\` 和网址 https://example.org/x,y 都照写；比分3:2。
      "
    `);
    const fixed = await readFile(join(root, file), 'utf8');
    expect(fixed.startsWith('\ufeff---\r\n')).toBe(true);
    expect(fixed.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect((await runChecks(root)).filter((finding) => finding.file === file)).toEqual([]);
  });

  test('mends the errors with one right fix: a campaign name in its official punctuation, an ellipsis where a quotation cuts a sentence', async () => {
    const site = 'content/sites/cunmin-zizhi-shidian.mdx';
    const term = 'content/glossary/liangxue-yizuo.mdx';
    const file = 'content/cases/mingcheng-anli.mdx';
    const cut = (await readFile(join(ROOT, site), 'utf8')).replace(
      '……推进农村社区建设试点、以村民小组或自然村为基本单元的村民自治试点工作……',
      '推进农村社区建设试点、以村民小组或自然村为基本单元的村民自治试点工作',
    );
    const written = (await readFile(join(ROOT, term), 'utf8')).replace(
      '一般而言，“两学一做”指学党章党规、学系列讲话，做合格党员。',
      '一般而言，“两学一做”指学党章党规，学系列讲话、做合格党员。',
    );
    const names = [
      '---',
      'title: 名称案例',
      'kind: 部署要求',
      'summary: 开展不忘初心牢记使命主题教育。',
      '---',
      '',
      '有人说：“要开展‘不忘初心，牢记使命’主题教育”。本市开展“不忘初心，牢记使命”主题教育。',
      '',
      '<SpeechQuote speech="shequ-zhili-dangjian-tuijinhui-2022" at="p-19">抓好街道管理体制改革试点和乡镇政府服务能力建设试点。</SpeechQuote>',
      '',
    ].join('\n');
    const root = await project('rules', { [site]: cut, [term]: written, [file]: names });
    expect(await fix(root)).toMatchInlineSnapshot(`
      "content/cases/mingcheng-anli.mdx：改了 4 处（正式名称 3 处，引文省略号 1 处）
        第 4 行第 16 列：“牢” → “、牢”
        第 7 行第 14 列：“，” → “、”
        第 7 行第 35 列：“，” → “、”
        ……另有 1 处
      content/sites/cunmin-zizhi-shidian.mdx：改了 2 处（引文省略号 2 处）
        第 11 行第 69 列：“推” → “……推”
        第 11 行第 102 列：“作” → “作……”
      content/glossary/liangxue-yizuo.mdx：改了 2 处（正式名称 2 处）
        第 4 行第 27 列：“，” → “、”
        第 4 行第 33 列：“、” → “，”
      共改了 3 个文件里的 8 处排版。用 git diff 可以逐处查看。"
    `);
    expect(await readFile(join(root, site), 'utf8')).toBe(await readFile(join(ROOT, site), 'utf8'));
    expect(await readFile(join(root, term), 'utf8')).toBe(await readFile(join(ROOT, term), 'utf8'));
    expect(await readFile(join(root, file), 'utf8')).toMatchInlineSnapshot(`
      "---
      title: 名称案例
      kind: 部署要求
      summary: 开展不忘初心、牢记使命主题教育。
      ---

      有人说：“要开展‘不忘初心、牢记使命’主题教育”。本市开展“不忘初心、牢记使命”主题教育。

      <SpeechQuote speech="shequ-zhili-dangjian-tuijinhui-2022" at="p-19">……抓好街道管理体制改革试点和乡镇政府服务能力建设试点。</SpeechQuote>
      "
    `);
    const left = (await runChecks(root)).filter((finding) =>
      ['official-name', 'quote-cut'].includes(finding.rule),
    );
    expect(left).toEqual([]);
  });
});
