import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requirementWord } from '../../src/common/requirement-words.ts';

/** What to generate. */
export interface CorpusOptions {
  /** How many cases. */
  cases: number;
  /** Seed of the pseudo-random choices: the same seed gives the same corpus. */
  seed?: number;
  /**
   * Plain Markdown only, so any Astro + MDX site builds the same files: the real concepts
   * and model sites are rewritten without this site's components (frontmatter kept).
   */
  portable?: boolean;
}

/** A small deterministic pseudo-random generator (mulberry32), so corpora are identical run to run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the real content's prose (speech and cases), for realistic generated text. */
export function realSentences(root: string): string[] {
  const sentences = new Set<string>();
  for (const folder of ['speeches', 'cases']) {
    for (const name of readdirSync(join(root, 'content', folder)).filter((file) =>
      file.endsWith('.mdx'),
    )) {
      const body = readFileSync(join(root, 'content', folder, name), 'utf8').replace(
        /^---[\s\S]*?\n---\n/,
        '',
      );
      // A link keeps only its text: its address would be half-width punctuation in a generated summary.
      for (const line of body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split('\n')) {
        if (!line.trim() || /^[#<>\-|]/.test(line.trim()) || /[<>{}]/.test(line)) continue;
        for (const sentence of line.match(/[^。！？]+[。！？]/g) ?? [])
          // Generated text is the site's own voice: a campaign name the speech punctuates its own way takes the official form there.
          if (sentence.length >= 8)
            sentences.add(sentence.trim().replaceAll('不忘初心，牢记使命', '不忘初心、牢记使命'));
      }
    }
  }
  return [...sentences].sort();
}

const TERMS = [
  '网格化服务中心',
  '四所合一',
  '双述双评',
  '党群服务中心',
  '区域化党建联盟',
  '居民议事',
  '志愿服务',
  '联席会商',
  '资源下沉',
  '文明创建',
  '村民自治',
  '街道改革',
  '党建引领',
  '社区治理',
  '乡村振兴',
  '智慧警务',
];
const CONCEPTS = ['大党建共建', '大整合共治', '大服务共享', '大作为共创'];
const LEVELS = ['市', '区县', '街道', '乡镇', '社区', '村'];

/**
 * Writes a deterministic content folder of `cases` generated cases into `outDir`:
 * the real concepts and speeches, generated model sites, and cases whose text is
 * drawn from the real content's sentences, with valid frontmatter throughout.
 */
export function generateCorpus(root: string, outDir: string, options: CorpusOptions): void {
  const next = random(options.seed ?? 20221027);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentences = realSentences(root);
  const paragraph = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(sentences)).join(
      '',
    );
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['speeches', 'concepts', 'sites', 'cases', 'glossary'])
    mkdirSync(join(outDir, folder), { recursive: true });
  for (const folder of ['speeches', 'glossary', 'concepts', 'sites']) {
    for (const name of readdirSync(join(root, 'content', folder)).filter(
      (file) => file.endsWith('.mdx') && !file.startsWith('_'),
    )) {
      const source = readFileSync(join(root, 'content', folder, name), 'utf8');
      // Any real entry that uses this site's components (a glossary term may quote the speech too) is rewritten.
      if (!options.portable || !/<[A-Z]/.test(source.replace(/^---[\s\S]*?\n---\n/, ''))) {
        copyFileSync(join(root, 'content', folder, name), join(outDir, folder, name));
        continue;
      }
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
      writeFileSync(
        join(outDir, folder, name),
        `---\n${frontmatter}\n---\n\n${paragraph(2, 4)}\n\n${paragraph(2, 4)}\n`,
      );
    }
  }
  const siteCount = Math.max(5, Math.round(options.cases / 25));
  const sites = Array.from(
    { length: siteCount },
    (_, index) => `测试示范点${String(index + 1).padStart(4, '0')}`,
  );
  sites.forEach((title, index) => {
    const summary = pick(sentences);
    // A summary that reads as a requirement belongs to a site the speech asks for, as the content check would remind.
    const status = requirementWord(summary) ? '部署要求' : pick(['已有', '部署要求']);
    const body = `---\ntitle: ${title}\nsummary: ${summary}\nstatus: ${status}\nkind: ${pick(['城市社区', '农村社区', '街道', '乡镇', '党组织', '其他'])}\n---\n\n${paragraph(2, 4)}\n`;
    writeFileSync(
      join(outDir, 'sites', `shifandian-${String(index + 1).padStart(4, '0')}.mdx`),
      body,
    );
  });
  for (let index = 1; index <= options.cases; index += 1) {
    const number = String(index).padStart(5, '0');
    const concepts = [...new Set([pick(CONCEPTS), ...(next() < 0.4 ? [pick(CONCEPTS)] : [])])];
    const site = next() < 0.7 ? [pick(sites)] : [];
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const summary = pick(sentences);
    const frontmatter = [
      '---',
      `title: ${pick(TERMS)}的做法（第${number}例）`,
      `date: ${date}`,
      `kind: ${index % 3 === 0 && !requirementWord(summary) ? '已有做法' : '部署要求'}`,
      `summary: ${summary}`,
      `concepts: [${concepts.join(', ')}]`,
      `sites: [${site.join(', ')}]`,
      `level: ${pick(LEVELS)}`,
      'region: X市',
      '---',
    ];
    const body = [
      '## 背景',
      paragraph(2, 4),
      '## 做法',
      paragraph(3, 5),
      paragraph(2, 4),
      '## 经验启示',
      paragraph(1, 3),
    ];
    writeFileSync(
      join(outDir, 'cases', `anli-${number}.mdx`),
      `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`,
    );
  }
}
