/** Content folders whose top-level paragraphs get numbers and anchors (`p-1`, `p-2`, …). */
export const NUMBERED_FOLDERS = ['content/speeches', 'content/cases'] as const;
