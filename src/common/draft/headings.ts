// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { parseHeadingNumber, type HeadingNumber } from '../numbering.ts';
import { toChineseNumeral } from '../chinese-numerals.ts';
import { typography } from '../typography.ts';
import type { Block, Run } from './blocks.ts';
import { runsText, tidyRuns } from './markdown.ts';

/**
 * The longest numbered line taken for a heading: the real speech's longest,
 * 一、提高政治站位，切实增强……的责任感和紧迫感, is 43 characters. A wholly bold
 * line may be longer, since being bold already says it stands apart.
 */
const HEADING_LENGTH = 60;
const BOLD_HEADING_LENGTH = 100;

/** A short bold line of a case or a term's page taken for a heading (背景, 主要做法, 一、基本情况). */
const DOCUMENT_HEADING_LENGTH = 40;

/** Marks that end a sentence: a heading line holds no sentence before its last character. */
const SENTENCE_END = /[。！？；!?;]/;

/** 1. 1． 1、: the numbering below （一） or 一是, a speech's level 4, which the check leaves alone. */
const SUB_NUMBER = /^(\d{1,2})[.．、]/;

/**
 * Turns paragraphs that are really headings into headings. A speech is read by its
 * numbering (common/numbering.ts): 一、 a part (##), （一） or 一是 a section or a
 * point (###), 1. below them (####), but only a line that is a heading and numbered
 * next in order, as the check expects: short with no sentence ended inside it, or
 * wholly bold; a paragraph whose bold opening is such a line is split there.
 * So “一是……。二是……。” inside a paragraph stays a paragraph, as does an 一是 under
 * a （一）, where the check would not take it. Headings from Word's styles keep
 * their place and are re-levelled by their numbering. Any other document keeps its
 * headings and makes a short, wholly bold paragraph a level 2 heading.
 */
export function findHeadings(blocks: readonly Block[], kind: 'speech' | 'document'): Block[] {
  return kind === 'speech' ? speechHeadings(blocks) : documentHeadings(blocks);
}

function documentHeadings(blocks: readonly Block[]): Block[] {
  // Word's 标题 2 arrives as <h2> (level 3 here) when a case uses it for its sections: the
  // shallowest heading becomes ##, as the page's outline starts there, the others keep their steps.
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  const lift = levels.length ? Math.min(...levels) - 2 : 0;
  return blocks.map((block) => {
    if (block.type === 'heading' && lift > 0)
      return { ...block, level: (block.level - lift) as 2 | 3 | 4 };
    if (block.type !== 'paragraph') return block;
    const text = lineText(block.runs);
    return wholeBold(block.runs) &&
      [...text].length <= DOCUMENT_HEADING_LENGTH &&
      !SENTENCE_END.test(text)
      ? heading(2, block.runs)
      : block;
  });
}

/** Where a speech's outline is, so that only the next number in order becomes a heading. */
class Outline {
  part = 0;
  inPart: { kind: 'section' | 'point'; n: number } | undefined;
  sub = 0;

  /** The level a numbered line takes if it comes next in order, else undefined. */
  next(text: string): 2 | 3 | 4 | undefined {
    const number = parseHeadingNumber(text);
    if (number) return this.#follows(number) ? (number.kind === 'part' ? 2 : 3) : undefined;
    const sub = SUB_NUMBER.exec(text);
    return sub && this.inPart && Number(sub[1]) === this.sub + 1 ? 4 : undefined;
  }

  /** Records a heading of the outline. */
  enter(text: string) {
    const number = parseHeadingNumber(text);
    const sub = SUB_NUMBER.exec(text);
    if (number?.kind === 'part') {
      this.part = number.n;
      this.inPart = undefined;
    } else if (number) {
      this.inPart = { kind: number.kind, n: number.n };
      this.sub = 0;
    } else if (sub) this.sub = Number(sub[1]);
  }

  #follows(number: HeadingNumber): boolean {
    if (number.kind === 'part') return number.n === this.part + 1;
    // Before the first part, or mixing （一） and 一是 in a part, the check would refuse the heading.
    if (this.part === 0) return false;
    if (!this.inPart) return number.n === 1;
    return this.inPart.kind === number.kind && number.n === this.inPart.n + 1;
  }
}

function speechHeadings(blocks: readonly Block[]): Block[] {
  const outline = new Outline();
  const result: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      const text = lineText(block.runs);
      const number = parseHeadingNumber(text);
      const level = number
        ? number.kind === 'part'
          ? 2
          : 3
        : SUB_NUMBER.test(text)
          ? 4
          : undefined;
      outline.enter(text);
      result.push(level ? { ...block, level } : block);
      continue;
    }
    if (block.type !== 'paragraph') {
      result.push(block);
      continue;
    }
    const runs = tidyRuns(block.runs);
    const text = lineText(runs);
    const level = outline.next(text);
    if (level && isHeadingLine(runs, text)) {
      outline.enter(text);
      result.push(heading(level, runs));
      continue;
    }
    // **一是强化组织领导。**各级党委政府要……: the bold opening is the heading, the rest its text.
    const [lead, ...rest] = runs;
    const leadText = lead ? lineText([lead]) : '';
    const leadLevel = lead?.bold && rest.length > 0 ? outline.next(leadText) : undefined;
    if (leadLevel && isHeadingLine([lead!], leadText)) {
      outline.enter(leadText);
      result.push(heading(leadLevel, withoutFullStop([lead!])), { type: 'paragraph', runs: rest });
      continue;
    }
    // （一）为什么要加强城乡社区治理。城乡社区是……: a run-in heading, its first sentence, set
    // apart as the site's speeches are (their 整理说明 says so); the full stop ends the run-in form.
    const stop = runsText(runs).indexOf('。');
    const [first, after] = stop > 0 ? splitRuns(runs, stop + 1) : [[], []];
    const firstText = lineText(first);
    const runIn = after.length > 0 ? outline.next(firstText) : undefined;
    if (
      runIn &&
      isHeadingLine(first, firstText) &&
      [...firstText].length <= RUN_IN_LENGTH &&
      !enumerates(firstText, runsText(after))
    ) {
      outline.enter(firstText);
      result.push(heading(runIn, withoutFullStop(first)), { type: 'paragraph', runs: after });
      continue;
    }
    result.push(block);
  }
  return result;
}

/** The longest first sentence taken for a run-in heading: the real speech's run-in headings are at most 30 characters. */
const RUN_IN_LENGTH = 40;

/**
 * Whether a paragraph opening with 一是 (or （一）) goes on to 二是 (or （二）) itself: an
 * enumeration inside one paragraph (一是……。二是……。), whose first item is no heading.
 */
function enumerates(first: string, rest: string): boolean {
  const number = parseHeadingNumber(first);
  if (!number || number.kind === 'part') return false;
  const next = toChineseNumeral(number.n + 1);
  return rest.includes(number.kind === 'point' ? `${next}是` : `（${next}）`);
}

/** Runs cut at a character of their text: what comes before it, and what from it on. */
function splitRuns(runs: readonly Run[], at: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let seen = 0;
  for (const run of runs) {
    const cut = Math.max(0, Math.min(run.text.length, at - seen));
    if (cut > 0) before.push({ ...run, text: run.text.slice(0, cut) });
    if (cut < run.text.length) after.push({ ...run, text: run.text.slice(cut) });
    seen += run.text.length;
  }
  return [before, tidyRuns(after)];
}

/** A heading's runs without the full stop its run-in form ended with. */
function withoutFullStop(runs: readonly Run[]): Run[] {
  const last = runs.at(-1);
  if (!last) return [...runs];
  return [...runs.slice(0, -1), { ...last, text: last.text.replace(/[。．.]\s*$/, '') }];
}

/** The text of runs as the page will show it, for reading its numbering. */
const lineText = (runs: readonly Run[]) => typography(runsText(runs));

/** Whether every character but marks is bold. */
function wholeBold(runs: readonly Run[]): boolean {
  const tidy = tidyRuns(runs);
  return (
    tidy.some((run) => run.bold) && tidy.every((run) => run.bold || /^[\p{P}\s]*$/u.test(run.text))
  );
}

/** A line that reads as a heading: no sentence ended inside it, and short, or longer but bold. */
function isHeadingLine(runs: readonly Run[], text: string): boolean {
  const inner = text.replace(/[。！？；!?;]+$/, '');
  if (SENTENCE_END.test(inner)) return false;
  return [...text].length <= (wholeBold(runs) ? BOLD_HEADING_LENGTH : HEADING_LENGTH);
}

const heading = (level: 2 | 3 | 4, runs: readonly Run[]): Block => ({
  type: 'heading',
  level,
  runs: tidyRuns(runs).map((run) => ({ text: run.text })),
});

/**
 * What an editor is told after headings were found in a speech: how many run-in
 * headings (（一）……。 opening a paragraph) were set apart, a change of the source's
 * layout that its 整理说明 must state; nothing when none was.
 */
export function runInNote(before: readonly Block[], after: readonly Block[]): string[] {
  const split = after.length - before.length;
  return split > 0
    ? [
        `有 ${split} 处段首的序号小标题（如“（一）……。”“一是……。”）已单列为小标题，去掉了句末的句号；请在“整理说明”里写明这一改动，并对照原文核对。`,
      ]
    : [];
}
