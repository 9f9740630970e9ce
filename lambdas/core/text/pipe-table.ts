/**
 * A table printed with pipes ("Country | Contribution | Position | Source"), as trackers and explainers print
 * who offers what. The boilerplate stripper must keep its rows, short unpunctuated lines it would otherwise take
 * for headings; each row ("Italy | Air patrols | Offered | Crosetto, Oct") then reads as a sentence.
 */
export interface PositionColumns {
  /** How many cells a row of the table has. */
  width: number;
}

/** The cells of one row, with any outer pipes of a Markdown table dropped. */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/\s*\|\s*/);

const COUNTRY_COLUMN = /^(?:country|countries|nation|government|state|member)$/i;
const POSITION_COLUMN = /^(?:(?:stated |current |latest )?(?:position|status|stance)|state of play)$/i;

/** The header of a table of positions: a column for the country and one for its position. */
export function positionColumns(line: string): PositionColumns | undefined {
  if (!line.includes('|')) return undefined;
  const cells = cellsOf(line);
  if (!cells.some((cell) => COUNTRY_COLUMN.test(cell)) || !cells.some((cell) => POSITION_COLUMN.test(cell)))
    return undefined;
  return { width: cells.length };
}

const RULE_LINE = /^[\s|:-]+$/;

/** Whether a line is a row of the table `columns` heads: as many cells, or a rule under the header. */
export const isRowOf = (line: string, columns: PositionColumns): boolean =>
  line.includes('|') && (RULE_LINE.test(line) || cellsOf(line).length === columns.width);
