// npm run new -- <case|speech|site|concept> <标题>: creates a valid entry file with a
// pinyin file name and the section skeleton, refuses to overwrite, and prints where it is.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KINDS, entryTemplate, slugFromTitle } from '../src/site/new-entry.ts';
import { contentFolder } from '../src/common/collections.ts';

const [kind = '', ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const collection = ENTRY_KINDS[kind];
if (!collection || !title) {
  console.error(
    '用法：npm run new -- <类型> <标题>\n类型：case（案例）、speech（讲话）、site（示范点）、concept（理念）、term（术语）\n例如：npm run new -- case 社区议事协商',
  );
  process.exit(1);
}
if (collection === 'concepts' && !/^大\p{Script=Han}+共\p{Script=Han}+$/u.test(title)) {
  console.error(`理念的名称应当是“大…共…”的形式，例如 大党建共建；“${title}”不是。`);
  process.exit(1);
}
const folder = contentFolder(collection);
const id = slugFromTitle(title);
const file = `${folder}/${id}.mdx`;
if (existsSync(file)) {
  console.error(`${file} 已经存在，没有覆盖它。请换一个标题，或直接编辑那个文件。`);
  process.exit(1);
}
const orders =
  collection === 'concepts'
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) =>
          Number(/^order:\s*(\d+)/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? 0),
        )
    : [];
writeFileSync(file, entryTemplate(collection, title, Math.max(0, ...orders) + 1));
console.log(`已创建 ${file}`);
console.log(`运行 npm run dev 后，在 http://localhost:4321/${collection}/${id}/ 预览。`);
console.log(
  '把所有【请填写…】换成真实内容（检查会拦下没换的）。文件名会成为网址；如需修改，请在首次发布前改。改完后运行 npm run check 检查。',
);
