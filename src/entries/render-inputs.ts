import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFiles } from './content-files.ts';
import { siteConfig } from '../site/config.ts';
import { readEntrySource } from './frontmatter.ts';
import { numberingPlanOf } from '../schemas/paragraph-numbers.ts';
import { readContentText } from './text-encoding.ts';
import { readGlossaryTerms, type GlossaryTerm } from './glossary-terms.ts';
import { quotableSpeech, type QuotableSpeech } from './markdown/components/speech-quote.ts';

/** What every entry's rendering depends on besides its own file. */
export interface SharedRenderInputs {
  terms: GlossaryTerm[];
  speeches: QuotableSpeech[];
  /**
   * Changes whenever any of it changes, or the code that renders or parses: an
   * entry is loaded again when its own file or this changes, and kept otherwise.
   */
  digest: string;
}

/**
 * Source folders whose code shapes what the store keeps of an entry: its HTML,
 * and its data as the schemas parse it. Part of every entry's digest, so that
 * changing any of it loads every entry again through public loader APIs (the
 * store's own cache only knows content.config.ts, not the modules it imports).
 */
export const STORED_CODE_FOLDERS = ['entries', 'common', 'schemas', 'site'];

let memo: { key: string; inputs: SharedRenderInputs } | undefined;

/**
 * The glossary terms, the speeches (numbered as their pages will be, for
 * quotations) and a digest of both and of the rendering code. Read once per
 * content sync; read again when a speech or glossary file changes (under `astro dev`).
 */
export function sharedRenderInputs(root: string): SharedRenderInputs {
  const speechFiles = entryFiles(root, 'speeches');
  const files = [...speechFiles, ...entryFiles(root, 'glossary')];
  const key = files.map((file) => `${file}:${statSync(file).mtimeMs}`).join('|');
  if (memo?.key === key) return memo.inputs;
  const terms = readGlossaryTerms(root);
  const speeches = speechFiles.flatMap(readSpeech);
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  hash.update(rendererSource());
  // Its values come from the environment (SITE_URL with its base path, REPOSITORY_URL), not from code.
  hash.update(JSON.stringify(siteConfig));
  memo = { key, inputs: { terms, speeches, digest: hash.digest('hex') } };
  return memo.inputs;
}

/**
 * A speech's title and anchors, numbered exactly as its page; none for a speech
 * that does not read (under `astro dev`, where the check's panel says why, the
 * rest of the site goes on; a build never gets here with one).
 */
function readSpeech(file: string): QuotableSpeech[] {
  try {
    const { data, body } = readEntrySource(readContentText(file));
    const id = basename(file, '.mdx');
    const title = typeof data.title === 'string' ? data.title.trim() : id;
    return [quotableSpeech(id, title, body, numberingPlanOf(data))];
  } catch {
    return [];
  }
}

/** The code that renders and parses entries, so that changing it loads every entry again. */
function rendererSource(): string {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const parts: string[] = [];
  const walk = (path: string) => {
    if (!statSync(path).isDirectory()) {
      if (/\.(ts|astro)$/.test(path)) parts.push(readFileSync(path, 'utf8'));
      return;
    }
    for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  for (const folder of STORED_CODE_FOLDERS) walk(join(src, folder));
  return parts.join('\0');
}
