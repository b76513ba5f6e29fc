/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "E7" → { column: 5, row: 7 }; undefined for anything else. */
export function parseAddress(address: string): { readonly column: number; readonly row: number } | undefined {
  const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}
