// npm run fix: puts the mechanical typography of every entry file in its one right form, in
// place (half-width punctuation in Chinese text, straight quotes, stray spaces, invisible
// characters: see src/common/typography.ts), and prints what it changed. Running it again changes
// nothing. The site makes the same corrections when it builds, so this is for clean sources.
// It also mends the two errors with exactly one right fix (src/checks/rule-fixes.ts): a campaign
// name put in the glossary's official punctuation, an ellipsis where a quotation cuts a sentence.
// A file saved as GBK or UTF-16 is saved again as UTF-8, the one encoding the site publishes.
//   npm run fix -- [project root]
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadEntryFiles } from '../src/checks/entry-files.ts';
import { decodeText, ENCODING_NAMES } from '../src/entries/text-encoding.ts';
import { applyFixes, planFixes, type SourceFix } from '../src/checks/typography-fixes.ts';
import { characterName, KIND_NAMES } from '../src/checks/typography-runs.ts';
import { ruleFixes } from '../src/checks/rule-fixes.ts';

/** How many examples are printed per file. */
const EXAMPLES = 3;

const root = process.argv[2] ?? process.cwd();
const { entries } = loadEntryFiles(root);
const rules = ruleFixes(entries);
/** What each kind of fix is called: typography's, and the two errors with one right fix. */
const FIX_NAMES = { ...KIND_NAMES, name: '正式名称', ellipsis: '引文省略号' };
let changedFiles = 0;
let changes = 0;
let skipped = 0;
for (const entry of entries) {
  const path = `${root}/${entry.file}`;
  const { text: before, foreign } = decodeText(readFileSync(path));
  if (foreign === 'unknown') {
    console.log(`${entry.file}：编码${ENCODING_NAMES.unknown}，没有改动，请另存为 UTF-8。`);
    continue;
  }
  // Read in the encoding it was saved in, and written back as UTF-8, the site's one encoding.
  const recoded = foreign !== undefined;
  if (recoded) {
    writeFileSync(path, before);
    changedFiles += 1;
    console.log(
      `${entry.file}：原来的编码是 ${ENCODING_NAMES[foreign]}，已改存为 UTF-8，请打开核对文字。`,
    );
  }
  const plan = planFixes(entry, rules.get(entry.file));
  skipped += plan.skipped;
  if (plan.fixes.length === 0) {
    if (plan.skipped > 0) console.log(`${entry.file}：有 ${plan.skipped} 处没能自动改（见下）。`);
    continue;
  }
  const after = applyFixes(before, plan.fixes);
  if (after === before) continue;
  writeFileSync(path, after);
  if (!recoded) changedFiles += 1;
  changes += plan.fixes.length;
  console.log(`${entry.file}：改了 ${plan.fixes.length} 处（${kinds(plan.fixes)}）`);
  for (const fix of plan.fixes.slice(0, EXAMPLES)) console.log(`  ${describe(fix)}`);
  if (plan.fixes.length > EXAMPLES) console.log(`  ……另有 ${plan.fixes.length - EXAMPLES} 处`);
  if (plan.skipped > 0) console.log(`  有 ${plan.skipped} 处没能自动改（见下）。`);
}

const where = relative(process.cwd(), root) || '本项目';
console.log(
  changes === 0 && changedFiles === 0
    ? `${where}没有要改的排版。`
    : changes === 0
      ? `共有 ${changedFiles} 个文件改存为 UTF-8。用 git diff 可以查看。`
      : `共改了 ${changedFiles} 个文件里的 ${changes} 处排版。用 git diff 可以逐处查看。`,
);
if (skipped > 0)
  console.log(
    `另有 ${skipped} 处写在转义符、多行的值或特殊写法里，没有自动改；网站显示时照样会改正，想手改的话，运行 npm run check 看它们在哪里。`,
  );

function kinds(fixes: readonly SourceFix[]): string {
  const counts = Map.groupBy(fixes, (fix) => fix.kind);
  return [...counts].map(([kind, own]) => `${FIX_NAMES[kind]} ${own.length} 处`).join('，');
}

function describe(fix: SourceFix): string {
  const to = fix.to ? (fix.to.length > 1 ? `“${fix.to}”` : characterName(fix.to)) : '删掉';
  return `第 ${fix.line} 行第 ${fix.column} 列：${characterName(fix.from)} → ${to}`;
}
