/** The page's later chunk (extras.ts), loaded once on first use. */
let loading: Promise<typeof import('./extras.ts')> | undefined;

/** The 学习单 page's later code, loaded once, on first need. */
export const extras = () => (loading ??= import('./extras.ts'));
