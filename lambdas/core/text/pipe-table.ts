/**
 * A table printed with pipes ("Country | Contribution | Position | Source"), as trackers and explainers print
 * who offers what. The boilerplate stripper must keep its rows, short unpunctuated lines it would otherwise take
 * for headings; each row ("Italy | Air patrols | Offered | Crosetto, Oct") then reads as a sentence.
 */
export interface PositionColumns {
  /** How many cells a row of the table has. */
  width: number;
  /**
   * A matrix of positions ("Country | Ground troops | Air | Maritime"): per column, the kind of contribution its
   * cells state a position on, if its header names one.
   */
  kinds?: (string | undefined)[];
  /** Per column, whether it only says who said it or when ("Said by", "Source"): not read as a position. */
  sources?: boolean[];
  /** A table of positions ("Country | Contribution | Status | Source"): the column of each row's stance. */
  position?: number;
}

/** The cells of one row, with any outer pipes of a Markdown table dropped. */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/\s*\|\s*/);

const COUNTRY_COLUMN = /^(?:country|countries|nation|government|state|member)$/i;
const POSITION_COLUMN =
  /^(?:(?:stated |current |latest |official )?(?:position|status|stance)|state of play)$/i;

// The headers of a matrix's columns: the kinds of contribution, and a last column for the rest.
const KIND_COLUMN =
  /^(?:ground (?:troops|forces)|troops|land(?: forces)?|air(?: power| patrols| policing)?|air defen[cs]e|maritime|naval|navy|sea|training|trainers|logistics|financ\w*|funding|money|intelligence|surveillance|monitoring|demining|backstop)$/i;
const OTHER_COLUMN = /^(?:other|others|notes?|remarks|also)$/i;
const SOURCE_COLUMN = /^(?:said by|source|sources|who said it|according to|date|when|speaker|stated by)$/i;
// "On the ground" heads the column of troops in a table of what each country offers.
const GROUND_COLUMN = /^on the ground$/i;

/**
 * The header of a table of positions: a column for the country and one for its position, or a column for the
 * country and one per kind of contribution.
 */
export function positionColumns(line: string): PositionColumns | undefined {
  if (!line.includes('|')) return undefined;
  const cells = cellsOf(line);
  if (!cells.some((cell) => COUNTRY_COLUMN.test(cell))) return undefined;
  const sources = cells.map((cell) => SOURCE_COLUMN.test(cell));
  const position = cells.findIndex((cell) => POSITION_COLUMN.test(cell));
  if (position >= 0) return { width: cells.length, position, sources };
  const kinds = cells.map((cell) => (KIND_COLUMN.test(cell) || GROUND_COLUMN.test(cell) ? cell : undefined));
  const matrix =
    kinds.filter((kind) => kind !== undefined).length >= 2 &&
    cells.every((cell, i) => i === 0 || kinds[i] !== undefined || OTHER_COLUMN.test(cell));
  if (matrix) return { width: cells.length, kinds };
  // "Country | On the ground | Other contributions | Said by": each cell a statement of the country's own.
  if (COUNTRY_COLUMN.test(cells[0] ?? '') && cells.length >= 3)
    return { width: cells.length, kinds, sources };
  return undefined;
}

const RULE_LINE = /^[\s|:-]+$/;
const EMPTY_CELL = /^[\s\-–—/]*$|^n\/?a$/i;

/**
 * The rows of a table of positions as sentences:
 * - a matrix, one sentence per cell with the kind its column is about: "Netherlands | Considering - no decision yet |
 *   Willing - F-35s offered" reads "Netherlands Considering - no decision yet: ground troops. Netherlands Willing -
 *   F-35s offered: air.";
 * - a table with free columns ("Country | On the ground | Other contributions | Said by"), one per cell;
 * - a table with a status column, one per row (see positionRowAsSentences).
 * Columns that only say who said it or when are not read.
 */
export function pipeTableRowsAsSentences(text: string): string {
  let table: PositionColumns | undefined;
  return text
    .split('\n')
    .map((line) => {
      const header = positionColumns(line);
      table = header ?? (table && isRowOf(line, table) ? table : undefined);
      if (!table || header || RULE_LINE.test(line)) return line;
      if (table.position !== undefined) return positionRowAsSentences(cellsOf(line), table.position, table);
      const kinds = table.kinds;
      if (!kinds) return line;
      const [name = '', ...cells] = cellsOf(line);
      return cells
        .map((cell, i) => {
          if (EMPTY_CELL.test(cell) || table?.sources?.[i + 1]) return '';
          const kind = kinds[i + 1];
          return `${name} ${withoutFullStop(cell)}${kind ? `: ${kind.toLowerCase()}` : ''}.`;
        })
        .filter((sentence) => sentence !== '')
        .join(' ');
    })
    .join('\n');
}

/**
 * A row of a table of positions as the sentences prose would give: "Turkey | command of the task group; frigates |
 * committed: formal decision | Ministry" reads "Turkey committed: formal decision: command of the task group and
 * frigates." A position given in as many parts as the offer ("troops ruled out; demining funding under study" for
 * "no troops; money for demining") is read part by part.
 */
function positionRowAsSentences(cells: string[], position: number, table: PositionColumns): string {
  const [name = '', ...rest] = cells;
  const stance = withoutFullStop(cells[position] ?? '');
  const offers = rest
    .map((cell, i) => (i + 1 === position || table.sources?.[i + 1] || EMPTY_CELL.test(cell) ? '' : cell))
    .filter((cell) => cell !== '')
    .join('; ');
  if (EMPTY_CELL.test(stance)) return `${name} ${offers}.`;
  const stances = stance.split(/\s*;\s*/);
  const parts = offers.split(/\s*;\s*/);
  if (stances.length > 1 && stances.length === parts.length)
    return parts.map((part, i) => `${name} ${stances[i]}: ${withoutFullStop(part)}.`).join(' ');
  // "troops in Ukraine; military hubs" lists two things offered; "Ready to send troops; the president says ..." is
  // an offer and a remark, which stay apart.
  const listed = parts.every((part) => !HAS_VERB.test(part));
  const offered = parts.map(withoutFullStop).join(listed ? ' and ' : '; ');
  // "reluctant, Romanian officials say, citing the size of the fleet": the stance, without who gave it.
  return `${name} ${stance.replace(ATTRIBUTED, '')}: ${offered}.`;
}

const HAS_VERB =
  /\b(?:is|are|was|were|will|would|could|can|may|might|must|says?|said|has|have|had|calls?|called)\b/i;
const withoutFullStop = (cell: string): string => cell.replace(/[.\s]+$/, '');
const ATTRIBUTED = /,\s*(?:[\w.'-]+\s+){0,4}(?:say|says|said|according to)\b.*$/i;

/** Whether a line is a row of the table `columns` heads: as many cells, or a rule under the header. */
export const isRowOf = (line: string, columns: PositionColumns): boolean =>
  line.includes('|') && (RULE_LINE.test(line) || cellsOf(line).length === columns.width);
