import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { hasErrors, runChecks } from '../checks/index.ts';
import { formatReport, type Finding } from '../checks/finding.ts';
import { setDevFindings } from '../checks/dev-findings.ts';
import { printReport } from './editor-report.ts';

type DevServer = Parameters<
  NonNullable<AstroIntegration['hooks']['astro:server:setup']>
>[0]['server'];

/** How long the content folder must stay quiet before it is checked: an editor's save often writes several events. */
const SETTLE_MS = 150;

const ERRORS_HEADLINE =
  '内容检查未通过：这些错误改好之前，网站不能生成；预览照常运行，出错的条目在预览中可能缺失或不完整。';

/**
 * The content check under `astro dev`: run at startup and again after every
 * change under content/, never stopping the server. Each result goes where the
 * pages read it (checks/dev-findings.ts) the moment a change is seen, as a promise,
 * so a page rendered right after a save waits for the fresh result instead of
 * showing the last one. The terminal gets the report whenever it changes, and
 * open pages reload so that their panel follows.
 */
export class DevContentCheck {
  readonly #root: string;
  readonly #contentDir: string;
  #server: DevServer | undefined;
  /** The findings of the last check that finished, and the report printed for them ('' when none). */
  #last: readonly Finding[] = [];
  #shown = '';
  /** Counts checks started, so that only the newest one prints. */
  #runs = 0;
  /** The result promised to pages while the folder has not settled yet. */
  #pending:
    | { resolve: (findings: Promise<readonly Finding[]>) => void; timer?: NodeJS.Timeout }
    | undefined;

  constructor(root: string) {
    this.#root = root;
    this.#contentDir = join(root, 'content') + sep;
    setDevFindings(this.#check());
  }

  /** Checks again whenever something under content/ changes. */
  watch(server: DevServer): void {
    this.#server = server;
    server.watcher.on('all', (_event, path) => {
      if (path.startsWith(this.#contentDir)) this.#schedule();
    });
  }

  #schedule(): void {
    if (!this.#pending) {
      const { promise, resolve } = Promise.withResolvers<readonly Finding[]>();
      setDevFindings(promise);
      this.#pending = { resolve };
    }
    const pending = this.#pending;
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      this.#pending = undefined;
      pending.resolve(this.#check());
    }, SETTLE_MS);
  }

  async #check(): Promise<readonly Finding[]> {
    const run = ++this.#runs;
    let findings: readonly Finding[];
    try {
      findings = await runChecks(this.#root);
    } catch {
      // A file removed while it was being read: the removal is a change of its own and is checked next.
      return this.#last;
    }
    if (run === this.#runs) this.#show(findings);
    return findings;
  }

  /** Prints the report when it differs from the last one, and reloads open pages so their panel matches. */
  #show(findings: readonly Finding[]): void {
    this.#last = findings;
    const report = findings.length > 0 ? formatReport(findings) : '';
    if (report === this.#shown) return;
    if (!report) process.stdout.write(`${formatReport([])}\n`);
    else if (hasErrors(findings)) printReport(ERRORS_HEADLINE, findings);
    else printReport('内容检查有提醒：', findings);
    this.#shown = report;
    this.#server?.environments.client.hot.send({ type: 'full-reload', path: '*' });
  }
}
