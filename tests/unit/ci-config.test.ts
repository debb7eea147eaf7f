import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.ts';
import { gitProject } from '../helpers/git-project.ts';
import { CACHE_DIR } from '../../src/site/build-paths.ts';

/** Parsed CI configuration: any shape, which the tests below assert. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML read to be checked, not trusted
type Yaml = Record<string, any>;

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const ciRun = read('.ci/run');
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);

const npmScriptsIn = (text: string) =>
  [...text.matchAll(/^\s*npm (?:run (\S+)|(test))\b/gm)].map((match) => match[1] ?? match[2]);

describe('.ci/run', () => {
  test('installs, checks in the forge format, then runs the README test command', () => {
    expect(ciRun).toContain('npm ci && npm test');
    const at = (line: RegExp) => ciRun.search(line);
    const install = at(/^npm ci$/m);
    const tests = at(/^npm test$/m);
    expect(install).toBeGreaterThan(0);
    for (const check of [
      /^\s*npm run check -- --format github$/m,
      /^\s*npm run check -- --format gitlab --output \S+$/m,
      /^\s*npm run check$/m,
    ]) {
      expect(at(check)).toBeGreaterThan(install);
      expect(at(check)).toBeLessThan(tests);
    }
  });

  test('names only npm scripts that exist', () => {
    expect(npmScriptsIn(ciRun).filter((name) => !scripts.includes(name ?? ''))).toEqual([]);
  });

  test('builds the site, writes the review summary and the preview folder after the tests', () => {
    const full = npmScriptsIn(ciRun.slice(ciRun.search(/^npm test$/m)));
    const order = ['test', 'build', 'review', 'preview:site'].map((name) => full.indexOf(name));
    expect(
      order.every(
        (index, position) => index >= 0 && (position === 0 || index > order[position - 1]!),
      ),
    ).toBe(true);
  });
});

describe('.gitlab-ci.yml', () => {
  const config = parse(read('.gitlab-ci.yml')) as Yaml;
  const jobs = Object.entries(config).filter(
    ([name, value]) =>
      !['workflow', 'variables', 'default', 'stages', 'include'].includes(name) && value?.script,
  );
  const job = config.checks as Yaml;

  test('checks with one job, which runs bash .ci/run in Debian with Node 20, with full history and a timeout', () => {
    expect(jobs.map(([name]) => name)).toEqual(['checks', 'pages']);
    expect(job.script).toEqual(['bash .ci/run']);
    for (const line of job.script as string[])
      expect(existsSync(join(ROOT, line.replace(/^bash /, '')))).toBe(true);
    expect(job.image).toMatch(/^node:20-bookworm/);
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.timeout).toBeTruthy();
  });

  test('runs for merge requests and the default branch only, never twice for one push', () => {
    expect(config.workflow.rules).toEqual([
      { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
      { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' },
    ]);
  });

  test('uploads the Code Quality report .ci/run writes, the preview site and the review summary, also on failure', () => {
    const written = /--format gitlab --output (\S+)/.exec(ciRun)?.[1];
    expect(written).toBeDefined();
    expect(job.artifacts.reports.codequality).toBe(written);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.expire_in).toBeTruthy();
    expect(job.artifacts.paths).toEqual(['preview-site/', 'review-summary.md']);
    // GitLab's own rule for expose_as (EXPOSE_AS_REGEX, Ruby's ASCII \w).
    expect(job.artifacts.expose_as).toMatch(/^[A-Za-z0-9_][-A-Za-z0-9_ ]*$/);
  });
});

describe("Astro's build cache in CI", () => {
  test('GitLab: keyed on the lockfile; merge requests read the one the default branch writes', () => {
    const config = parse(read('.gitlab-ci.yml')) as Yaml;
    const paths = [CACHE_DIR + '/'];
    expect(config.checks.cache).toMatchObject({ paths, policy: 'pull', unprotect: true });
    expect(config.pages.cache).toMatchObject({ paths, policy: 'pull-push' });
    expect(config.checks.cache.key).toEqual(config.pages.cache.key);
    expect(config.checks.cache.key.files).toEqual(['package-lock.json']);
  });

  test('GitHub: restored before the checks, keyed on the lockfile; Pages only restores it', () => {
    const steps = (
      Object.values((parse(read('.github/workflows/checks.yml')) as Yaml).jobs)[0] as Yaml
    ).steps as Yaml[];
    const cache = steps.findIndex((step) => String(step.uses).startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(0);
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === 'bash .ci/run'));
    expect(steps[cache]!.with.path).toBe(CACHE_DIR);
    expect(steps[cache]!.with.key).toContain("hashFiles('package-lock.json')");
    const pages = (parse(read('.github/workflows/pages.yml')) as Yaml).jobs.build.steps as Yaml[];
    const restore = pages.find((step) => String(step.uses).startsWith('actions/cache'));
    expect(restore?.uses).toMatch(/^actions\/cache\/restore@/);
    expect(restore?.with.path).toBe(CACHE_DIR);
  });
});

describe('publishing to Pages', () => {
  test('GitLab: only from the default branch, after the checks, built for $CI_PAGES_URL into public/', () => {
    const pages = (parse(read('.gitlab-ci.yml')) as Yaml).pages as Yaml;
    expect(pages.needs).toEqual(['checks']);
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.image).toMatch(/^node:20-bookworm/);
    expect(pages.script.join('\n')).toMatch(/SITE_URL="\$CI_PAGES_URL\/"[\s\S]*npm run build/);
    expect(pages.artifacts.paths).toEqual(['public']);
  });

  test('GitHub: only after the checks passed on a push to main, built for the Pages address', () => {
    const workflow = parse(read('.github/workflows/pages.yml')) as Yaml;
    expect(workflow.on.workflow_run).toEqual({
      workflows: [(parse(read('.github/workflows/checks.yml')) as Yaml).name],
      types: ['completed'],
      branches: ['main'],
    });
    expect(workflow.permissions).toEqual({});
    const { build, deploy } = workflow.jobs as Record<string, Yaml>;
    expect(build!.if).toContain("github.event.workflow_run.conclusion == 'success'");
    const steps = build!.steps as Yaml[];
    const checkout = steps.find((step) => String(step.uses).startsWith('actions/checkout@'));
    expect(checkout?.with.ref).toBe('${{ github.event.workflow_run.head_sha || github.sha }}');
    const buildStep = steps.find((step) => step.run === 'npm run build');
    expect(buildStep?.env.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}/');
    expect(deploy!.needs).toBe('build');
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('.github/workflows/checks.yml', () => {
  const workflow = parse(read('.github/workflows/checks.yml')) as Yaml;
  const jobs = Object.values(workflow.jobs) as Yaml[];
  const steps = (jobs[0]?.steps ?? []) as Yaml[];

  test('runs on pull requests and pushes to main with a read-only token', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.permissions).toBeUndefined();
  });

  test('checks out the full history without keeping the token, then runs bash .ci/run as its one command', () => {
    const checkout = steps.find((step) => String(step.uses).startsWith('actions/checkout@'));
    expect(checkout?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual(['bash .ci/run']);
  });

  test('uploads the same preview site and review summary as GitLab, also when the checks fail', () => {
    const uploads = steps.filter((step) =>
      String(step.uses).startsWith('actions/upload-artifact@'),
    );
    expect(uploads.map((step) => step.with.path)).toEqual(['preview-site/', 'review-summary.md']);
    for (const step of uploads) {
      expect(step.if).toBe('always()');
      expect(step.with['retention-days']).toBeGreaterThan(0);
    }
    const gitlab = parse(read('.gitlab-ci.yml')) as { checks: { artifacts: { paths: string[] } } };
    expect(uploads.map((step) => step.with.path)).toEqual(gitlab.checks.artifacts.paths);
  });
});

describe('the merge-request templates of each forge', () => {
  const templates = [
    '.github/pull_request_template.md',
    '.gitlab/merge_request_templates/Default.md',
    '.gitea/pull_request_template.md',
  ];

  test('say the same, and do not ask web editors to register new URLs', () => {
    const [github, ...others] = templates.map(read);
    for (const other of others) expect(other).toBe(github);
    expect(github).toContain('新网址不需要登记：合并后自动受保护');
    expect(github).toContain('content/_withdrawn-urls.txt');
  });
});

describe('.ci/scope, which decides whether a change runs the content pipeline alone', () => {
  /** What .ci/scope prints for a branch whose commit writes `files`, with `env` set as a forge would. */
  function scopeOf(files: Record<string, string | null>, env: Record<string, string>): string {
    const project = gitProject();
    try {
      project.write({ '.ci/scope': read('.ci/scope') });
      project.commit('CI');
      project.git('switch', '--quiet', '-c', 'xin-anli');
      project.write(files);
      if (Object.keys(files).length > 0) project.commit('改动');
      return execFileSync('bash', ['.ci/scope'], {
        cwd: project.root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      }).trim();
    } finally {
      project.remove();
    }
  }

  const CASE = { 'content/cases/xin.mdx': '---\ntitle: 新案例\n---\n' };

  test('a pull or merge request that changes only content/ is content', () => {
    expect(scopeOf(CASE, { GITHUB_BASE_REF: 'main' })).toBe('content');
    expect(scopeOf(CASE, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' })).toBe('content');
  });

  test('a change to anything else, the default branch, no change and an unknown target are all', () => {
    expect(scopeOf({ ...CASE, 'src/x.ts': 'export {};\n' }, { GITHUB_BASE_REF: 'main' })).toBe(
      'all',
    );
    expect(scopeOf({ '.ci/run': 'exit 0\n' }, { GITHUB_BASE_REF: 'main' })).toBe('all');
    expect(scopeOf(CASE, {})).toBe('all');
    expect(scopeOf({}, { GITHUB_BASE_REF: 'main' })).toBe('all');
    expect(scopeOf(CASE, { GITHUB_BASE_REF: 'no-such-branch' })).toBe('all');
  });
});

describe('.ci/run for a content-only change', () => {
  test('checks, builds, follows links, writes the review summary and the preview folder, then stops before the test suite and the Debian packages', () => {
    const pipeline = /if \[ "\$scope" = content \]; then\n([\s\S]*?)\nfi/.exec(ciRun)?.[1] ?? '';
    expect([...new Set(npmScriptsIn(pipeline))]).toEqual([
      'build',
      'check:links',
      'review',
      'preview:site',
    ]);
    expect(pipeline).toContain('npm run check:links -- --format github');
    expect(pipeline).toContain(
      'npm run check:links -- --format gitlab --output gl-code-quality-report.json',
    );
    expect(pipeline).toMatch(/exit 0$/);
    expect(ciRun.indexOf('scope="$(bash .ci/scope)"')).toBeLessThan(ciRun.indexOf('apt-get'));
    expect(ciRun).toMatch(/if \[ "\$scope" = all \] && \{/);
    expect(ciRun.search(/^npm run check$/m)).toBeLessThan(
      ciRun.indexOf('if [ "$scope" = content ]'),
    );
  });
});

describe('the merge request preview on GitLab Pages', () => {
  const preview = (parse(read('.gitlab/pages-preview.yml')) as Yaml).preview as Yaml;

  test('is a file of its own, which .gitlab-ci.yml does not include (older GitLab rejects pages:)', () => {
    expect(read('.gitlab-ci.yml')).not.toMatch(/^include:/m);
    expect(read('.gitlab/pages-preview.yml')).toContain('local: .gitlab/pages-preview.yml');
  });

  test('publishes each merge request at its own path, after the checks, built for that address', () => {
    expect(preview.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(preview.needs).toEqual(['checks']);
    expect(preview.pages.path_prefix).toBe('mr-$CI_MERGE_REQUEST_IID');
    expect(preview.environment.url).toBe('$CI_PAGES_URL');
    expect(preview.script.join('\n')).toMatch(/SITE_URL="\$CI_PAGES_URL\/"[\s\S]*npm run build/);
    expect(preview.artifacts.paths).toEqual(['public']);
    expect(preview.image).toBe((parse(read('.gitlab-ci.yml')) as Yaml).pages.image);
  });
});
