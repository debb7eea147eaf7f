import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A content file read directly, without the site's own code: an independent view for build tests. */
export interface ContentFile {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

/** Every entry file of a content folder (`_` files excluded), with its frontmatter parsed as plain YAML. */
export function readContent(contentDir: string): ContentFile[] {
  const collections = ['speeches', 'cases', 'concepts', 'sites', 'glossary'].filter((name) =>
    existsSync(join(contentDir, name)),
  );
  return collections.flatMap((collection) =>
    readdirSync(join(contentDir, collection))
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => {
        const text = readFileSync(join(contentDir, collection, name), 'utf8');
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
        const data = (parse(frontmatter) ?? {}) as Record<string, unknown>;
        return { collection, id: name.slice(0, -'.mdx'.length), data };
      }),
  );
}

/** The values of a list field, a single value read as a one-item list. */
export function listOf(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) =>
    String(item).trim(),
  );
}
