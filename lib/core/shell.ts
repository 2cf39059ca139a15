/** Quotes a value for a POSIX shell command line (left bare when it holds only safe characters). */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
