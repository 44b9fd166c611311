// Arrow keys in the matrix: the ARIA grid pattern with a roving tabindex. The matrix has
// hundreds of cell buttons; Tab stops on one of them (the last one used) and the arrow keys
// move between cells, so a keyboard user crosses the table in a few presses instead of
// tabbing through every cell. Positions are read from the DOM at the moment of the key press
// (rows of `td` cells, the row header not counted), so added-paragraph rows and source rows,
// whose cells are mostly empty, need no bookkeeping: a move skips cells with no button.

type Cells = (HTMLButtonElement | null)[][];

/** Each body row's cells, by column: the cell's button, or null for an empty cell. */
function cellGrid(table: HTMLTableElement): Cells {
  return [...table.tBodies]
    .flatMap((body) => [...body.rows])
    .map((tr) =>
      [...tr.cells]
        .filter((cell) => cell.tagName === 'TD')
        .map((td) => td.querySelector<HTMLButtonElement>('button[data-key]')),
    )
    .filter((row) => row.some((b) => b !== null));
}

/** The first button from (r, c) walking by (dr, dc), skipping empty cells; null at the edge. */
function walk(grid: Cells, r: number, c: number, dr: number, dc: number): HTMLButtonElement | null {
  for (let i = r + dr, j = c + dc; i >= 0 && i < grid.length; i += dr, j += dc) {
    const row = grid[i];
    if (!row || j < 0 || j >= row.length) return null;
    const b = row[j];
    if (b) return b;
  }
  return null;
}

const firstIn = (row: Cells[number] | undefined) => row?.find((b) => b !== null) ?? null;
const lastIn = (row: Cells[number] | undefined) =>
  [...(row ?? [])].reverse().find((b) => b !== null) ?? null;

/** The button a key press moves to from `from`, or null when the key does not move. */
export function cellTarget(
  table: HTMLTableElement,
  from: HTMLButtonElement,
  key: string,
  ctrl: boolean,
): HTMLButtonElement | null {
  const grid = cellGrid(table);
  const r = grid.findIndex((row) => row.includes(from));
  const row = grid[r];
  if (!row) return null;
  const c = row.indexOf(from);
  switch (key) {
    case 'ArrowRight':
      return walk(grid, r, c, 0, 1);
    case 'ArrowLeft':
      return walk(grid, r, c, 0, -1);
    case 'ArrowDown':
      return walk(grid, r, c, 1, 0);
    case 'ArrowUp':
      return walk(grid, r, c, -1, 0);
    case 'Home':
      return ctrl ? firstIn(grid[0]) : firstIn(row);
    case 'End':
      return ctrl ? lastIn(grid[grid.length - 1]) : lastIn(row);
    default:
      return null;
  }
}
