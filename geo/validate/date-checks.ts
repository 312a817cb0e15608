/** ISO dates that the schema's pattern lets through must also be real calendar dates. */
import { quote } from './describe-value.ts';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A problem with an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined if it is real. */
export function checkCalendarDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined; // the schema reports the shape
  const [year, month, day] = match.slice(1).map((part) => (part ? Number(part) : undefined));
  if (month !== undefined && (month < 1 || month > 12)) {
    return `${quote(text)} is not a real calendar date (month ${month})`;
  }
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
      return `${quote(text)} is not a real calendar date (${daysInMonth} days in that month)`;
    }
  }
  return undefined;
}
