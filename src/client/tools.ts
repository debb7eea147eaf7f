// Everything a click on a reading page may need, in one module loaded on the first such click.
export { toggleParagraphTools } from './paragraph-tools.ts';
export { copyPageReference } from './page-reference.ts';
export { addPage } from './pack/add-button.ts';
export { readAloud } from './read-aloud/load.ts';
