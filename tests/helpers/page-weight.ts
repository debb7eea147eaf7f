export { pageWeight, type PageWeight } from '../../scripts/lib/page-weight.ts';
