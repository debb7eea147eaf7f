import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { MdastNode } from 'satteri';
import { COLLECTIONS, contentFolder, type CollectionName } from '../common/collections.ts';
import { entryFiles } from '../entries/content-files.ts';
import { parseYaml, withoutBom, yamlValues, type ParsedYaml } from '../entries/frontmatter.ts';
import { decodeText, foreignEncodingMessage, SAVE_AS_UTF8 } from '../entries/text-encoding.ts';
import { FIELD_NAMES, SCHEMAS } from '../schemas/index.ts';
import { error, FILE_START, type Finding } from './finding.ts';
import { FrontmatterPositions } from './yaml-positions.ts';
import { MendedSource } from './source/edits.ts';
import { findFences } from './source/fences.ts';
import { checkFrontmatterLines } from './source/frontmatter-lines.ts';
import { yamlFindings } from './source/yaml-errors.ts';
import { checkTemplateLines } from './source/template-lines.ts';
import { checkBodyLines } from './source/body-lines.ts';
import { parseMdxBody } from './source/mdx-parse.ts';
import {
  bodyShapeFindings,
  bodyTooLarge,
  fileTooLarge,
  frontmatterTooLarge,
} from './source/sizes.ts';

/** An entry file read and parsed the way the build will read it, without running anything in it. */
export interface EntryFile {
  /** Path relative to the project root. */
  file: string;
  collection: CollectionName;
  id: string;
  /** The file's text, line ends made `\n`. */
  source: string;
  /** The file's body (after the frontmatter), as the build renders it, paste mistakes mended. */
  body: string;
  /** Frontmatter values as the loader reads them (paste mistakes mended); undefined when they cannot be read. */
  data: Record<string, unknown> | undefined;
  positions: FrontmatterPositions;
  /** The MDX syntax tree from Astro's own MDX parser (Sätteri), positions those of the file; undefined when it does not parse. */
  tree: MdastNode | undefined;
}

/** Reads every `<id>.mdx` entry file, reporting each paste and syntax mistake at its line. */
export function loadEntryFiles(root: string): { entries: EntryFile[]; findings: Finding[] } {
  const entries: EntryFile[] = [];
  const findings: Finding[] = [];
  for (const collection of COLLECTIONS) {
    for (const path of entryFiles(root, collection)) {
      const id = basename(path, '.mdx');
      const file = `${contentFolder(collection)}/${id}.mdx`;
      const { text, foreign } = decodeText(readFileSync(path));
      // Read on in the encoding it was saved in, so its other findings quote it rightly.
      if (foreign)
        findings.push(
          error(file, FILE_START, 'encoding', foreignEncodingMessage(foreign), SAVE_AS_UTF8),
        );
      entries.push(parseEntry(file, collection, id, text, findings));
    }
  }
  return { entries, findings };
}

/**
 * Reads one entry file: its frontmatter block, its fields and its body, each
 * mistake reported and mended so that reading goes on and every mistake of the
 * file is reported at once, causes before what they would cause.
 */
export function parseEntry(
  file: string,
  collection: CollectionName,
  id: string,
  text: string,
  findings: Finding[],
): EntryFile {
  const source = withoutBom(text).replace(/\r\n?/g, '\n');
  // Size first: a file no entry needs is named and read no further, so the check stays fast.
  const tooLarge = fileTooLarge(file, source);
  if (tooLarge) {
    findings.push(tooLarge);
    const positions = new FrontmatterPositions(undefined, 2);
    return { file, collection, id, source, body: '', data: undefined, positions, tree: undefined };
  }
  const mended = new MendedSource(source);
  const fences = findFences(file, mended, findings);
  if (!fences) {
    findings.push(
      error(
        file,
        FILE_START,
        'yaml-syntax',
        '文件开头没有字段区。',
        '在文件第一行写 ---，接着写 title: 等字段，再用一行 --- 结束。',
      ),
    );
  }
  const fieldsFrom = fences ? fences.open + 1 : 0;
  const bodyFrom = fences ? fences.close + 1 : 0;
  const fieldsTooLarge = fences
    ? frontmatterTooLarge(file, mended.lines, fieldsFrom, fences.close)
    : undefined;
  if (fieldsTooLarge) findings.push(fieldsTooLarge);
  const readFields = fences && !fieldsTooLarge;
  const lineFindings = readFields
    ? checkFrontmatterLines(
        file,
        mended,
        fieldsFrom,
        fences.close,
        FIELD_NAMES,
        Object.keys(SCHEMAS[collection].shape),
      )
    : [];
  if (readFields)
    lineFindings.push(
      ...checkTemplateLines(
        file,
        mended,
        fieldsFrom,
        fences.close,
        Object.keys(SCHEMAS[collection].shape),
      ),
    );
  findings.push(...lineFindings);
  const parsed = readFields
    ? parseYaml(mended.lines.slice(fieldsFrom, fences.close).join('\n'))
    : undefined;
  const positions = new FrontmatterPositions(parsed, fieldsFrom + 1, (place) =>
    mended.original(place),
  );
  let data: Record<string, unknown> | undefined;
  if (parsed) {
    const problems = yamlFindings(
      file,
      parsed,
      fieldsFrom + 1,
      new Set(lineFindings.map((finding) => finding.line)),
    );
    findings.push(...problems.map((problem) => ({ ...problem, ...mended.original(problem) })));
    data = readable(parsed, problems)
      ? asFields(file, yamlValues(parsed), fieldsFrom, findings)
      : undefined;
  }
  const tree = readBody(file, mended, bodyFrom, findings);
  return {
    file,
    collection,
    id,
    source,
    body: mended.lines.slice(bodyFrom).join('\n'),
    data,
    positions,
    tree,
  };
}

/**
 * Reads the body: its paste mistakes line by line, then the MDX parse, unless
 * the body is over a size limit (then the parse, whose time grows faster than
 * the text, is not tried and the limit is reported instead).
 * @returns the MDX tree; undefined when it was not parsed or does not parse
 */
function readBody(
  file: string,
  mended: MendedSource,
  bodyFrom: number,
  findings: Finding[],
): MdastNode | undefined {
  const tooLarge = bodyTooLarge(file, mended.lines, bodyFrom);
  if (tooLarge) {
    findings.push(tooLarge);
    return undefined;
  }
  findings.push(...checkBodyLines(file, mended, bodyFrom));
  const shape = bodyShapeFindings(file, mended.lines, bodyFrom);
  if (shape.length > 0) {
    findings.push(...shape);
    return undefined;
  }
  // The frontmatter lines are left empty for the MDX parser, so its positions are the file's.
  const bodyText = () =>
    mended.lines.map((line, index) => (index < bodyFrom ? '' : line)).join('\n');
  const { tree, findings: mdxFindings } = parseMdxBody(file, mended, bodyText);
  findings.push(...mdxFindings);
  return tree;
}

/**
 * Whether the fields can be checked: YAML read them without an error, or its only
 * errors are on lines whose cause the paste scan already reported (those lines'
 * values may be off; what the schema says about them is dropped as an echo).
 */
function readable(parsed: ParsedYaml, unexplained: readonly Finding[]): boolean {
  if (unexplained.length > 0) return false;
  try {
    yamlValues(parsed);
    return true;
  } catch {
    return false;
  }
}

/** The fields, when the block holds `name: value` lines at all. */
function asFields(
  file: string,
  value: unknown,
  fieldsFrom: number,
  findings: Finding[],
): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  findings.push(
    error(
      file,
      { line: fieldsFrom + 1, column: 1 },
      'yaml-syntax',
      '字段区应当是“字段名: 值”的形式。',
      '每行写一个字段，例如 title: 网格化服务中心。',
    ),
  );
  return undefined;
}
