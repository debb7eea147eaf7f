import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import yaml from 'js-yaml';
import { entryFiles } from './content-files.ts';
import { splitFrontmatter } from './frontmatter.ts';

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
  return entryFiles(root, 'glossary').flatMap((file) => {
    const frontmatter = splitFrontmatter(readFileSync(file, 'utf8'))?.yaml ?? '';
    let data: Record<string, unknown>;
    try {
      data = (yaml.load(frontmatter) ?? {}) as Record<string, unknown>;
    } catch {
      return [];
    }
    if (data.draft === true || typeof data.title !== 'string' || typeof data.summary !== 'string') return [];
    const synonyms = Array.isArray(data.synonyms) ? data.synonyms.map(String) : typeof data.synonyms === 'string' ? [data.synonyms] : [];
    const title = data.title.trim();
    return [{ id: basename(file, '.mdx'), title, forms: [...new Set([title, ...synonyms.map((form) => form.trim())])].filter(Boolean), summary: data.summary.trim() }];
  });
}
