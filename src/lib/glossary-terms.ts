import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentFolder, isIgnoredFile } from './content-files.ts';

/** A glossary term as the Markdown pipeline needs it to link the term's first use. */
export interface GlossaryTerm {
  id: string;
  title: string;
  /** The forms that link to it: the title and its synonyms. */
  forms: string[];
  /** The one-sentence definition shown in the popover. */
  summary: string;
}

/**
 * Reads the published glossary terms from content/glossary before Astro loads
 * content, because the Markdown pipeline that links them is set up first. The
 * content check validates these files; here a file that does not parse is skipped.
 */
export function readGlossaryTerms(root: string): GlossaryTerm[] {
  const folder = join(root, contentFolder('glossary'));
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.mdx') && !isIgnoredFile(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
    let data: Record<string, unknown>;
    try {
      data = (yaml.load(frontmatter) ?? {}) as Record<string, unknown>;
    } catch {
      return [];
    }
    if (data.draft === true || typeof data.title !== 'string' || typeof data.summary !== 'string') return [];
    const synonyms = Array.isArray(data.synonyms) ? data.synonyms.map(String) : typeof data.synonyms === 'string' ? [data.synonyms] : [];
    const title = data.title.trim();
    return [{ id: name.slice(0, -'.mdx'.length), title, forms: [...new Set([title, ...synonyms.map((form) => form.trim())])].filter(Boolean), summary: data.summary.trim() }];
  });
}
