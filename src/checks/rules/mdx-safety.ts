import {
  ALLOWED_COMPONENTS,
  ALLOWED_COMPONENT_NAMES,
} from '../../entries/markdown/components/allowed.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf, walk, type TreeNode } from '../mdx-tree.ts';
import { namedUrls } from '../tree-urls.ts';

/** Elements that can run script, load other pages or submit data: named in their own message. */
const DANGEROUS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'meta',
  'svg',
  'math',
  'template',
  'portal',
  'input',
  'button',
  'textarea',
  'select',
]);

/** What to write in Markdown instead of a familiar HTML element. */
const MARKDOWN_INSTEAD: Readonly<Record<string, string>> = {
  b: '用 **文字** 加粗',
  strong: '用 **文字** 加粗',
  i: '用 *文字* 表示强调',
  em: '用 *文字* 表示强调',
  a: '用 [文字](网址) 写链接',
  img: '用 ![图片描述](../images/文件名.jpg) 插入图片',
  br: '另起一段（空一行）即可',
  p: '直接写段落，段与段之间空一行',
  h2: '用 ## 标题',
  h3: '用 ### 标题',
  ul: '用 - 开头的行写列表',
  ol: '用 1. 开头的行写列表',
  li: '用 - 开头的行写列表',
  blockquote: '用 > 开头的行写引文，引用讲话原文请用 <SpeechQuote>',
  table: '用 Markdown 表格（| 列 | 列 |）',
  div: '直接写正文；需要说明框请用 <Note>',
  span: '直接写文字',
  figure: '用 <Figure caption="…">',
};

/** URL schemes that run code or smuggle content in place of a link. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/i;

/** True when a URL, as a browser would read it (control characters and spaces dropped), is unsafe. */
// eslint-disable-next-line no-control-regex -- control characters are what a browser drops from a URL
export const isUnsafeUrl = (url: string) => UNSAFE_SCHEME.test(url.replace(/[\u0000-\u0020]/g, ''));

const componentList = ALLOWED_COMPONENT_NAMES.map((name) => `<${name}>`).join('、');

/**
 * MDX can hold code, so content from a pull request is treated as untrusted:
 * only plain Markdown and the listed author components may appear. The site
 * never compiles an entry (the loader renders it as data), and this check makes
 * sure an entry does not even try. Checked on the tree of Astro's own MDX parser.
 */
export function checkMdxSafety({ entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (!entry.tree) continue;
    const report = (node: TreeNode, rule: Finding['rule'], message: string, fix: string) =>
      findings.push(error(entry.file, placeOf(node), rule, message, fix));
    walk(entry.tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          report(
            node,
            'mdx-code',
            '内容里不能写 import 或 export 语句。',
            `删除这一行。可用的组件（${componentList}）不需要导入。`,
          );
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          report(
            node,
            'mdx-code',
            `内容里不能写 {…} 表达式：{${(node.value ?? '').trim().slice(0, 30)}}。`,
            '删除花括号和其中的内容；要显示花括号本身，请用全角的 ｛ ｝。',
          );
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, report);
          break;
      }
    });
    // Images have a rule of their own (rules/images.ts); every other address is a link.
    for (const { use, url, node } of namedUrls(entry.tree)) {
      if (use === 'link' && isUnsafeUrl(url)) {
        report(
          node,
          'mdx-url',
          `链接地址“${url.slice(0, 40)}”不安全，会在读者的浏览器里执行代码或嵌入内容。`,
          '只能链接到 http:// 或 https:// 网址，或本站页面（以 / 开头）。',
        );
      }
    }
  }
  return findings;
}

type Report = (node: TreeNode, rule: Finding['rule'], message: string, fix: string) => void;

function checkElement(node: TreeNode, report: Report) {
  const name = node.name ?? '';
  if (!name) {
    report(node, 'mdx-element', '内容里不能写空标签 <>…</>。', '删除 <> 和 </>，保留其中的文字。');
    return;
  }
  if (DANGEROUS.has(name.toLowerCase())) {
    report(
      node,
      'mdx-element',
      `内容里不能插入 <${name}> 元素：它可以运行脚本、加载外部页面或提交数据。`,
      `删除这个元素。需要的话，可用 ${componentList} 或普通 Markdown。`,
    );
    return;
  }
  // Own properties only: a tag named like an Object property (<constructor>, <__proto__>) is just unknown.
  const allowed = Object.hasOwn(ALLOWED_COMPONENTS, name)
    ? ALLOWED_COMPONENTS[name as keyof typeof ALLOWED_COMPONENTS]
    : undefined;
  if (!allowed) {
    const lower = name.toLowerCase();
    const instead = Object.hasOwn(MARKDOWN_INSTEAD, lower) ? MARKDOWN_INSTEAD[lower] : undefined;
    report(
      node,
      'mdx-element',
      `内容里不能使用 <${name}>。只允许普通 Markdown 和这些组件：${componentList}。`,
      instead ? `${instead}。` : `删除这个标签，或改用 ${componentList}。`,
    );
    return;
  }
  const props: Record<string, { required: boolean; description: string }> = allowed.props;
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        node,
        'mdx-code',
        `<${name}> 里不能写 {…} 展开属性。`,
        '删除花括号部分，属性写成 名字="值"。',
      );
      continue;
    }
    const prop = attribute.name ?? '';
    given.add(prop);
    if (/^on/i.test(prop)) {
      report(
        node,
        'mdx-attribute',
        `<${name}> 不能有事件属性 ${prop}：它会在读者的浏览器里运行代码。`,
        `删除 ${prop}="…"。`,
      );
    } else if (!Object.hasOwn(props, prop)) {
      const known = Object.keys(props).join('、') || '（无）';
      report(
        node,
        'mdx-attribute',
        `<${name}> 没有 ${prop} 属性。`,
        `可用的属性：${known}。例如 ${allowed.example.split('\n')[0]}`,
      );
    } else if (typeof attribute.value === 'object' && attribute.value !== null) {
      report(
        node,
        'mdx-code',
        `<${name}> 的 ${prop} 属性不能写成 {…} 表达式。`,
        `写成 ${prop}="值"。`,
      );
    } else if (typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
      report(
        node,
        'mdx-url',
        `<${name}> 的 ${prop} 属性里有不安全的地址。`,
        '只能使用普通文字或 http(s) 网址。',
      );
    }
  }
  for (const [prop, spec] of Object.entries(props)) {
    if (spec.required && !given.has(prop)) {
      report(
        node,
        'mdx-attribute',
        `<${name}> 缺少 ${prop} 属性（${spec.description}）。`,
        `例如 ${allowed.example.split('\n')[0]}`,
      );
    }
  }
}
