import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.2 AA rule tags (with the 2.0 and 2.1 A/AA rules they build on). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page with the WCAG 2.2 AA rules; returns one line per violating node. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Not a <script> tag: the page's Content-Security-Policy blocks inline scripts, and rightly.
  // Once per page: a page put through every display mode keeps it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}`,
      ),
    );
  }, WCAG_AA_TAGS);
  return violations;
}

/**
 * Every visible piece of text whose colour contrasts less than 4.5:1 with the
 * solid background behind it (the site uses no background images). Stricter
 * than axe, which allows 3:1 for large text.
 */
export function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((value) => value / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const [r, g, b, a = 1] = channels(getComputedStyle(node).backgroundColor);
        if (a > 0.5) return [r!, g!, b!];
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (
        !node.textContent?.trim() ||
        !element.checkVisibility({ visibilityProperty: true }) ||
        element.closest('.sr-only')
      )
        continue;
      const [fg, bg] = [
        luminance(channels(getComputedStyle(element).color)),
        luminance(background(element)),
      ];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5)
        problems.push(
          `${element.tagName.toLowerCase()} “${node.textContent.trim().slice(0, 12)}” ${ratio.toFixed(2)}:1`,
        );
    }
    return problems;
  });
}
