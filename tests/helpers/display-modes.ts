export { DISPLAY_MODES } from '../../scripts/lib/display-modes.ts';
