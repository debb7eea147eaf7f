import { ALLOWED_COMPONENT_NAMES } from '../../entries/markdown/components/allowed.ts';
import { error, type Finding, type Place } from '../finding.ts';
import type { MendedSource } from './edits.ts';

/** Marks Word, WPS and chat apps put in front of list items, which Markdown does not read as a list. */
const BULLETS = '•●○◦▪■□◆◇·・∙‧▶►▸✓√➢';

const COMPONENTS = ALLOWED_COMPONENT_NAMES.join('|');

/** One kind of paste mistake found line by line: where it is, what it is, how to fix it, and the mended text. */
interface LineRule {
  /** Finds the mistakes in one line of the body (the line's text as mended so far). */
  find(text: string): Array<{
    column: number;
    length: number;
    text: string;
    message: string;
    fix: string;
    /** Mended without a word: the site corrects it too, and the typography 提醒 counts it. */
    silent?: boolean;
  }>;
}

const RULES: LineRule[] = [
  {
    // `##做法` is a paragraph reading “##做法”; `＃＃ 做法` too.
    find(text) {
      const match = /^((?:[ \t]*>)*[ \t]*)([#＃]{1,6})(?![#＃])(\S?)/.exec(text);
      if (!match || (match[3] === '' && !match[2]!.includes('＃'))) return [];
      const [, lead = '', marks = '', next = ''] = match;
      const half = '#'.repeat(marks.length);
      const missingSpace = next !== '' && !/\s/.test(next);
      const heading = `${half} ${text.slice(lead.length + marks.length).trim()}`;
      const message = marks.includes('＃')
        ? `标题的 ${marks} 是全角符号，这一行不会成为标题${missingSpace ? '，而且 # 后面少了空格' : ''}。`
        : `标题的 ${marks} 后面少了一个空格，这一行不会成为标题，而会原样显示“${text.trim().slice(0, 12)}”。`;
      return [
        {
          column: lead.length + 1,
          length: marks.length,
          text: missingSpace ? `${half} ` : half,
          message,
          fix: `写成 ${heading}（半角 #，后面空一格）；若这不是标题，在 # 前加反斜杠 \\。`,
        },
      ];
    },
  },
  {
    // 首行缩进 pasted from Word: the renderer drops it (entries/markdown/hast.ts), so the lines read
    // here as they will be rendered, and rules/typography.ts counts it.
    find(text) {
      const match = /^[ \t]*([\u3000\u00a0]+)/.exec(text);
      if (!match) return [];
      const column = match[0].length - match[1]!.length + 1;
      return [
        {
          column,
          length: match[1]!.length,
          text: ' '.repeat(match[1]!.length),
          message: '',
          fix: '',
          silent: true,
        },
      ];
    },
  },
  {
    find(text) {
      const match = new RegExp(`^([ \\t]*)([${BULLETS}])[ \\t\\u3000]*`).exec(text);
      if (!match) return [];
      return [
        {
          column: match[1]!.length + 1,
          length: match[0].length - match[1]!.length,
          text: '- ',
          message: `这一行用“${match[2]}”开头，不会成为列表，几行会连成一段。`,
          fix: '列表的每一项用半角减号加空格开头：- 内容。',
        },
      ];
    },
  },
  {
    find(text) {
      return [...text.matchAll(/<\/?br\s*\/?>/gi)].map((match) => ({
        column: match.index + 1,
        length: match[0].length,
        text: ' '.repeat(match[0].length),
        message: `正文里不能用 ${match[0]} 换行。`,
        fix: `删除 ${match[0]}。要分段，在两段之间空一行；一段之内不需要换行，网站会自动折行。`,
      }));
    },
  },
  {
    // <SpeechQuote speech=“…”>: WPS and chat windows turn " into “ ”, and sometimes < > into ＜ ＞.
    // Chinese quotation marks inside a properly quoted value (title="关于“X”的说明") are text and stay.
    find(text) {
      return [
        ...text.matchAll(
          new RegExp(`[<＜]\\/?(?:${COMPONENTS})\\b(?:"[^"\\n]*"|[^>＞"\\n])*[>＞]?`, 'g'),
        ),
      ].flatMap((match) => {
        const tag = match[0];
        const quotes = /(=\s*)[“”‘’＂]([^“”‘’＂"\n]*)[“”‘’＂]/g;
        const brackets = /^＜|＞$|^＜／|(?<=^<)／/;
        if (!quotes.test(tag) && !brackets.test(tag)) return [];
        const mended = tag
          .replace(quotes, '$1"$2"')
          .replace(/^＜/, '<')
          .replace(/＞$/, '>')
          .replace(/^<／/, '</');
        const what = /=\s*[“”‘’＂]/.test(tag)
          ? '属性值要用英文双引号 " "，这里是中文引号'
          : '组件的尖括号要用半角 < >，这里是全角';
        return [
          {
            column: match.index + 1,
            length: tag.length,
            text: mended,
            message: `${what}：${tag.slice(0, 40)}`,
            fix: `写成 ${mended.slice(0, 60)}`,
          },
        ];
      });
    },
  },
  {
    // [文字]（网址） and ！[说明](图片): full-width marks keep a link or an image from forming.
    find(text) {
      return [
        // The label stops at the next opening bracket and the address at the next opening
        // bracket or parenthesis, so that each character is read by one attempt only: a line of
        // ten thousand [ (or [a]( ) would otherwise be read ten thousand times over.
        ...text.matchAll(
          /(！?)([[［【])([^[［【\]］】\n]*)([\]］】])\s*([（(])([^[［【（()）\s]*)([）)])/g,
        ),
      ].flatMap((match) => {
        const [
          whole,
          bang = '',
          open = '',
          label = '',
          close = '',
          left = '',
          target = '',
          right = '',
        ] = match;
        if (
          !/^(https?:\/\/|\/|\.\.?\/|#)/.test(target) ||
          (bang === '' && open === '[' && close === ']' && left === '(' && right === ')')
        )
          return [];
        const mended = `${bang ? '!' : ''}[${label}](${target})`;
        const kind = bang ? '图片' : '链接';
        return [
          {
            column: match.index + 1,
            length: whole.length,
            text: mended,
            message: `这个${kind}用了全角符号，不会成为${kind}：${whole.slice(0, 40)}`,
            fix: `写成 ${mended.slice(0, 60)}（方括号、圆括号和感叹号都用半角）。`,
          },
        ];
      });
    },
  },
];

/**
 * The paste mistakes of the body that Markdown reads without complaint into a
 * visibly wrong page, or that stop the MDX parser: reported on their line and
 * mended, so the parser reads on and the other rules see what the editor meant.
 * HTML comments are blanked out here as a whole, however many lines they span.
 * @param from 0-based index of the body's first line
 */
export function checkBodyLines(file: string, source: MendedSource, from: number): Finding[] {
  const findings: Finding[] = [...blankComments(file, source, from)];
  let fenced = false;
  for (let index = from; index < source.lines.length; index += 1) {
    if (/^\s*(```|~~~)/.test(source.lines[index]!)) fenced = !fenced;
    if (fenced) continue;
    for (const rule of RULES) {
      const found = rule.find(source.lines[index]!);
      if (found.length === 0) continue;
      for (const { column, message, fix, silent } of found) {
        if (silent) continue;
        const place: Place = source.original({ line: index + 1, column });
        findings.push(error(file, place, 'markdown', message, fix));
      }
      // All of a rule's mends of a line at once: one pass over the line, however many there are.
      source.mend(index + 1, found);
    }
  }
  return findings;
}

/** Reports every `<!-- … -->` and blanks it, so one comment does not hide the rest of the file. */
function blankComments(file: string, source: MendedSource, from: number): Finding[] {
  return source
    .blankMatches(from, /<!--[\s\S]*?(?:-->|$)/g)
    .map((place) =>
      error(
        file,
        place,
        'markdown',
        '正文里不能写 HTML 注释 <!-- -->，MDX 不支持这种写法。',
        '删除这段注释；需要留给编辑的说明，请写在以 _ 开头的文件里。',
      ),
    );
}
