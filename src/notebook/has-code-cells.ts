/** Whether a lesson's source has a code cell: a fenced block whose info string is `ts cell` (or js). */
export function hasCodeCells(source: string): boolean {
  return /^\s*(```|~~~)\s*(ts|typescript|js|javascript)\b[^\n]*\bcell\b/m.test(source);
}
