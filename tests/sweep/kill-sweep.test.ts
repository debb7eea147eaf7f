import { beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { ROOT } from '../helpers/paths.ts';
import {
  badCompressedCopies,
  KILL_POINTS,
  killBuildAt,
  siteFiles,
} from '../helpers/killed-build.ts';

/**
 * The full sweep behind `npm run test:kills` (tests/build/crash-safety.test.ts kills a few
 * times in `npm test`): builds killed by SIGKILL and by SIGTERM at every step the build
 * names and at moments spread over a whole build, each followed by a build that must
 * give back exactly the site as a whole build made it, every compressed copy sound.
 */
const MOMENTS = 16;

let site: FixtureSite;
let good: Map<string, Buffer>;
let duration = 0;
beforeAll(async () => {
  site = await fixtureSite('kill-sweep', join(ROOT, 'tests/fixtures/check/_base/content'));
  const started = Date.now();
  const built = await site.build();
  if (built.exitCode !== 0) throw new Error(built.output);
  duration = Date.now() - started;
  good = siteFiles(site.dist);
}, 300_000);

const same = () => {
  const now = siteFiles(site.dist);
  return [...new Set([...good.keys(), ...now.keys()])].filter(
    (path) => !good.get(path)?.equals(now.get(path) ?? Buffer.alloc(0)),
  );
};

describe.each(['SIGKILL', 'SIGTERM'] as const)('a build stopped by %s', (signal) => {
  const points = [
    ...KILL_POINTS,
    ...[...Array(MOMENTS).keys()].map((n) => ({
      name: `${n + 1}/${MOMENTS + 1} of the way through`,
      reached: ({ elapsed }: { elapsed: number }) => elapsed > ((n + 1) * duration) / (MOMENTS + 1),
    })),
  ];
  test.each(points.map((point) => [point.name, point]))(
    '%s leaves the site as it was, and the next build gives it back exactly',
    async (_, point) => {
      await killBuildAt(site.root, site.dist, point, signal);
      expect(same()).toEqual([]);
      const rebuilt = await site.build();
      expect(rebuilt.exitCode, rebuilt.output).toBe(0);
      expect(same()).toEqual([]);
      expect(badCompressedCopies(siteFiles(site.dist))).toEqual([]);
    },
    180_000,
  );
});
