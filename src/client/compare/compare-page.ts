import { element } from '../dom.ts';
import { sitePage } from '../site-page.ts';
import { COMPARE_MAX, COMPARE_MIN, isCaseId } from '../../common/compare-cases.ts';

/** The sections a case is written in, in order; others a case has follow them. */
const SECTIONS = ['背景', '做法', '成效', '经验启示'];

/** What a case page says that the comparison shows. */
interface ComparedCase {
  id: string;
  url: string;
  title: string;
  /** 性质, 理念, 示范点, 层级 as the page states them. */
  facts: Array<[string, string]>;
  /** Each h2 section's content, by heading. */
  sections: Map<string, Node[]>;
}

/**
 * 案例对照: two to four cases, named in the address (?cases=a,b), side by side by
 * their sections, read from their own pages. In a table, so on paper and wide
 * screens each case is a column; on a phone the table stacks row by row, so the
 * same section of each case is read together.
 */
class CaseCompare extends HTMLElement {
  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    // ?cases=a,b as written in a course, or ?cases=a&cases=b as a list's form sends it.
    const ids = [
      ...new Set(
        new URLSearchParams(location.search)
          .getAll('cases')
          .flatMap((value) => value.split(','))
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ];
    const problem = selectionProblem(ids);
    if (problem) {
      status.textContent = problem;
      return;
    }
    // The address to share or paste into a course is the short, readable one.
    history.replaceState(null, '', `${location.pathname}?cases=${ids.join(',')}${location.hash}`);
    status.textContent = '正在载入案例…';
    const cases = await Promise.all(ids.map((id) => this.#read(id)));
    const missing = ids.filter((_, index) => !cases[index]);
    if (missing.length > 0) {
      status.textContent = `找不到这些案例：${missing.join('、')}。请检查网址，或在学习单里重新生成。`;
      return;
    }
    status.textContent = `${cases.length} 个案例并排对照，缺少的部分注明“没有”。`;
    this.querySelector('[data-compare-view]')!.replaceChildren(table(cases as ComparedCase[]));
  }

  async #read(id: string): Promise<ComparedCase | undefined> {
    const url = `${this.dataset.casesUrl}${id}/`;
    const article = (await sitePage(url))?.querySelector('article');
    const title = article?.querySelector('h1')?.textContent?.trim();
    if (!article || !title) return undefined;
    const fact = (name: string) => {
      const value = article.querySelector(`[data-fact="${name}"]`);
      if (!value) return '—';
      const named = [...value.querySelectorAll('a, .case-kind')].map((el) =>
        el.textContent!.trim(),
      );
      return named.length > 0 ? named.join('、') : value.textContent!.trim();
    };
    return {
      id,
      url,
      title,
      facts: [
        ['性质', fact('kind')],
        ['理念', fact('concepts')],
        ['示范点', fact('sites')],
        ['层级', fact('level')],
      ],
      sections: sectionsOf(article.querySelector('.prose'), url),
    };
  }
}

/** Why these ids cannot be compared, in words a reader can act on; undefined when they can. */
function selectionProblem(ids: string[]): string | undefined {
  if (!ids.every(isCaseId) || ids.length === 0)
    return '网址里要有两到四个案例，例如 ?cases=甲,乙（案例的文件名）。可以在案例列表、检索结果或学习单里选案例对照。';
  if (ids.length < COMPARE_MIN)
    return `只选了 ${ids.length} 个案例。对照要两到四个：请返回上一页再勾选至少一个。`;
  if (ids.length > COMPARE_MAX)
    return `选了 ${ids.length} 个案例，一次最多对照 ${COMPARE_MAX} 个：请返回上一页，去掉 ${ids.length - COMPARE_MAX} 个再对照。`;
  return undefined;
}

/** A case's h2 sections, their content made to stand elsewhere: links to its own paragraphs lead to its page. */
function sectionsOf(prose: Element | null, url: string): Map<string, Node[]> {
  const sections = new Map<string, Node[]>();
  let current: Node[] | undefined;
  for (const child of [...(prose?.children ?? [])]) {
    if (child.tagName === 'H2') {
      current = [];
      sections.set(child.textContent!.trim(), current);
    } else if (current && child.tagName !== 'SCRIPT') {
      // Neither scripts nor the page's paragraph numbers (which hang in its margin) come along;
      // a glossary term's definition stays on its page, so the term is kept as plain words.
      for (const extra of child.querySelectorAll('script, a.para-num, [popover]')) extra.remove();
      for (const term of child.querySelectorAll('button.term')) term.replaceWith(term.textContent!);
      for (const link of child.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
        link.setAttribute('href', url + link.getAttribute('href'));
      for (const element of [child, ...child.querySelectorAll('[id]')])
        element.removeAttribute('id');
      current.push(document.importNode(child, true));
    }
  }
  return sections;
}

function table(cases: ComparedCase[]): HTMLTableElement {
  const names = [
    ...new Set([...SECTIONS, ...cases.flatMap((item) => [...item.sections.keys()])]),
  ].filter((name) => SECTIONS.includes(name) || cases.some((item) => item.sections.has(name)));
  const head = element('tr');
  head.append(element('td'));
  for (const item of cases) {
    const th = element('th', 'compare-case');
    th.setAttribute('scope', 'col');
    const link = element('a', 'inline-flex min-h-11 items-center text-lg', item.title);
    link.setAttribute('href', item.url);
    const facts = element('dl', 'compare-facts text-sm font-normal');
    for (const [label, value] of item.facts)
      facts.append(element('dt', '', label), element('dd', '', value));
    th.append(link, facts);
    head.append(th);
  }
  const body = element('tbody');
  for (const name of names) {
    const row = element('tr');
    const th = element('th', 'compare-section', name);
    th.setAttribute('scope', 'row');
    row.append(th);
    for (const item of cases) {
      const cell = element('td', 'prose');
      cell.dataset.case = item.title;
      const content = item.sections.get(name);
      if (content) cell.append(...content);
      else cell.append(element('p', 'compare-missing text-muted', `（本案例没有“${name}”部分）`));
      row.append(cell);
    }
    body.append(row);
  }
  const table = element('table', 'compare-table') as HTMLTableElement;
  const thead = element('thead');
  thead.append(head);
  table.append(thead, body);
  return table;
}

customElements.define('case-compare', CaseCompare);
