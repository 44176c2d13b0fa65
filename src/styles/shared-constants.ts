/**
 * Values that the stylesheets and the code both need, written once. The build turns them into CSS
 * custom properties (`virtual:sourceline-constants.css`, see vite.config.ts), so a stylesheet says
 * `var(--list-row-height)` and the code reads `LIST_ROW_HEIGHT_PX`: the two cannot disagree.
 */
export const FONT_SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const FONT_SERIF = "Georgia, 'Times New Roman', Times, serif";

/** An event's label on the timeline: measured with canvas text metrics, so the font must be the CSS one. */
export const MARK_LABEL_SIZE_PX = 13;
export const MARK_LABEL_WEIGHT = 600;
export const MARK_LABEL_FONT = `${MARK_LABEL_WEIGHT} ${MARK_LABEL_SIZE_PX}px ${FONT_SANS}`;

/** One row of the windowed event list: the list computes which rows are on screen from it. */
export const LIST_ROW_HEIGHT_PX = 96;

/** The constants as a `:root` rule of custom properties. */
export function constantsStylesheet(): string {
  const properties = {
    '--font-sans': FONT_SANS,
    '--font-serif': FONT_SERIF,
    '--mark-label-size': `${MARK_LABEL_SIZE_PX}px`,
    '--mark-label-weight': String(MARK_LABEL_WEIGHT),
    '--list-row-height': `${LIST_ROW_HEIGHT_PX}px`,
  };
  return `:root{${Object.entries(properties).map(([name, value]) => `${name}:${value}`).join(';')}}\n`;
}
