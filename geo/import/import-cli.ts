/**
 * `npm run import:sites -- <file.xlsx|file.csv> [--dry-run] [--replace] [--lang zh|en]
 * [--geo <dir>]`: check a sheet of sites row by row and, when it and the merged data pass
 * every check, write geo/sites.geojson and geo/search-keys.json. Exit 0 on success (warnings
 * allowed), 1 on any error in the sheet or the merged data (nothing written), 2 on a usage
 * error or a file that cannot be read.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteColumnHeaders } from '../../src/lib/data/site-columns.ts';
import { parseCliArgs } from './cli-args.ts';
import {
  processIo,
  REPO_GEO_DIR,
  resolveFrom,
  shownPath,
  writeFileAtomic,
  type CliIo,
} from './cli-io.ts';
import { readDataFiles } from './data-files.ts';
import { importSheet } from './import-sites.ts';
import { fileText, reportText, type Lang, type Text } from './messages.ts';
import type { SiteChange } from './merge-sites.ts';
import { formatProblem, isError } from './problems.ts';
import { readSheetFile } from './read-sheet.ts';

export const EXIT = { ok: 0, rowErrors: 1, usage: 2 } as const;

export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, 'import');
  if (!args.ok) {
    io.err(args.reason[args.lang]);
    io.err(fileText.importUsage()[args.lang]);
    return EXIT.usage;
  }
  const { file, lang, dryRun, replace } = args.options;
  const say = (text: Text) => text[lang];
  const geoDir = args.options.geo === undefined ? REPO_GEO_DIR : resolveFrom(io, args.options.geo);
  if (!existsSync(join(geoDir, 'sites.geojson'))) {
    io.err(say(fileText.geoMissing(args.options.geo ?? geoDir)));
    return EXIT.usage;
  }
  const read = await readSheetFile(resolveFrom(io, file), file);
  if (!read.ok) {
    io.err(say(read.reason));
    return EXIT.usage;
  }
  const { sheet } = read;
  const dataRows = sheet.rows.filter((row) => row.number > 1).length;
  io.out(
    say(
      sheet.format === 'xlsx'
        ? reportText.readXlsx(file, sheet.detail, dataRows)
        : reportText.readCsv(file, sheet.detail, dataRows),
    ),
  );
  const files = readDataFiles(geoDir);
  const outcome = await importSheet(sheet, files, { replace });
  if (outcome.kind === 'no-header') {
    io.err(say(fileText.noHeader(file, siteColumnHeaders(lang).slice(0, 4))));
    return EXIT.usage;
  }
  for (const problem of outcome.problems) io.err(formatProblem(problem, lang));
  if (!outcome.changes || !outcome.writes) {
    const errors = outcome.problems.filter(isError).length;
    io.err(say(reportText.failed(errors, outcome.problems.length - errors)));
    return EXIT.rowErrors;
  }
  for (const line of changeLines(outcome.changes, lang)) io.out(line);
  if (dryRun) {
    io.out(say(reportText.dryRun()));
    return EXIT.ok;
  }
  if (outcome.writes.length === 0) {
    io.out(say(reportText.nothingChanged()));
    return EXIT.ok;
  }
  const written = outcome.writes.map(({ file: geoFile, text }) => {
    const path = join(geoDir, basename(geoFile));
    writeFileAtomic(path, text);
    return shownPath(io, path);
  });
  io.out(say(reportText.wrote(written)));
  return EXIT.ok;
}

/** One line per site the sheet names, one for the rest, and the totals. */
export function changeLines(changes: readonly SiteChange[], lang: Lang): string[] {
  const count = (kind: SiteChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const lines = changes.flatMap((change) => {
    if (change.kind === 'added') return [reportText.added(change.id)];
    if (change.kind === 'changed') return [reportText.changed(change.id, change.fields)];
    if (change.kind === 'unchanged') return [reportText.unchanged(change.id)];
    if (change.kind === 'removed') return [reportText.removed(change.id)];
    return [];
  });
  const kept = count('kept');
  if (kept > 0) lines.push(reportText.kept(kept));
  lines.push(
    reportText.summary(count('added'), count('changed'), count('unchanged'), count('removed')),
  );
  return lines.map((text) => text[lang]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runImport(process.argv.slice(2), processIo());
}
