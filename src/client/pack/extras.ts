/**
 * Everything the 学习单 page loads after the pack is on screen, as one chunk: reading
 * a shared link, what is read from the items' pages, the case sections' checkboxes,
 * the share link and its QR code. The page's first script stays within its budget
 * (tests/build/budgets.test.ts); all of these fill in what is already laid out.
 */
export { fillItem } from './item-fill.ts';
export { sectionChooser } from './section-chooser.ts';
export { fillCode, shareLinks } from './code-view.ts';
export { decodeShareLink } from './share-link.ts';
export { resolveItem } from './resolve.ts';
