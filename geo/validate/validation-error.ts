/**
 * One problem in one geo/ file, and how it is printed:
 * `geo/sites.geojson › features[3] (qingquanjie) › district: "150199" is not one of …`.
 */
export interface ValidationError {
  /** Repo-relative path of the file, e.g. `geo/sites.geojson`. */
  file: string;
  /** Which item: `features[3] (qingquanjie)`, `[2] (some-id)`; empty for the whole file. */
  location: string;
  /** Dotted field path inside the item (or file), e.g. `location.precision`; may be empty. */
  field: string;
  /** What was found and what was expected. */
  message: string;
}

/** A problem found by a check that does not know which file or item it is looking at. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function formatError(error: ValidationError): string {
  const head = [error.file, error.location, error.field].filter((part) => part !== '');
  return `${head.join(' › ')}: ${error.message}`;
}

/** Every error on its own line, then a summary line; empty when there are no errors. */
export function formatErrors(errors: readonly ValidationError[]): string {
  if (errors.length === 0) return '';
  const files = new Set(errors.map((error) => error.file)).size;
  const summary = `geo/ data has ${plural(errors.length, 'error')} in ${plural(files, 'file')}.`;
  return [...errors.map(formatError), summary].join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
