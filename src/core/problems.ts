import type { Problem } from './types';

/** `file:line:column (field): message`, the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line > 0 ? String(p.line) : '', p.line > 0 && p.column > 0 ? String(p.column) : '']
    .filter(Boolean)
    .join(':');
  const field = p.field ? ` (column "${p.field}")` : '';
  return `${where}${field}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function problem(
  file: string,
  line: number,
  column: number,
  message: string,
  field?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return field === undefined ? { file, line, column, message, severity } : { file, line, column, field, message, severity };
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
