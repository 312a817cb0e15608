/**
 * `npm run export:sites -- <file.xlsx|file.csv> [--only <id,…>] [--lang zh|en] [--geo <dir>]`:
 * today's sites in the template's columns (Chinese headers unless --lang en; positions in
 * WGS84), to edit and import again. The data is checked first: only valid data is exported.
 * Exit 0 on success, 1 when the data has errors, 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteFeature } from '../../src/lib/data/schema.ts';
import { PRECISION_LABELS_ZH, CITY_LABEL_ZH } from '../../src/lib/data/site-columns.ts';
import { CITY, PRECISIONS, SITE_CATEGORIES } from '../../src/lib/data/vocab.ts';
import { GEO_FILES } from '../validate/geo-files.ts';
import { checkGeoFiles } from '../validate/validate-geo-files.ts';
import { readGeoFiles } from '../validate/validate-geo-dir.ts';
import { formatErrors } from '../validate/validation-error.ts';
import { parseCliArgs } from './cli-args.ts';
import { processIo, REPO_GEO_DIR, resolveFrom, writeFileAtomic, type CliIo } from './cli-io.ts';
import { buildContext, categoryLabelsZh, type DivisionName } from './context.ts';
import { DATUMS } from './datum.ts';
import { exportRows } from './export-rows.ts';
import { fileText, reportText, type Lang, type Text } from './messages.ts';
import { csvText, xlsxBytes, type ColumnChoices } from './write-sheet.ts';

export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, 'export');
  if (!args.ok) {
    io.err(args.reason[args.lang]);
    io.err(fileText.exportUsage()[args.lang]);
    return 2;
  }
  const { file, lang, only } = args.options;
  const say = (text: Text) => text[lang];
  const extension = extname(file).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    io.err(say(fileText.notSheet(file)));
    return 2;
  }
  const geoDir = args.options.geo === undefined ? REPO_GEO_DIR : resolveFrom(io, args.options.geo);
  if (!existsSync(join(geoDir, 'sites.geojson'))) {
    io.err(say(fileText.geoMissing(args.options.geo ?? geoDir)));
    return 2;
  }
  const files = readGeoFiles(geoDir);
  const { errors } = checkGeoFiles(files);
  if (errors.length > 0) {
    io.err(formatErrors(errors));
    return 1;
  }
  const all = (JSON.parse(files[GEO_FILES.sites]) as { features: SiteFeature[] }).features;
  const missing = (only ?? []).filter((id) => !all.some((site) => site.properties.id === id));
  if (missing.length > 0) {
    io.err(say(fileText.unknownIds(missing)));
    return 2;
  }
  const sites = only ? all.filter((site) => only.includes(site.properties.id)) : all;
  const { divisionNames } = buildContext(files);
  const rows = exportRows(sites, divisionNames, lang);
  const path = resolveFrom(io, file);
  writeFileAtomic(
    path,
    extension === '.csv'
      ? csvText(rows)
      : await xlsxBytes(rows, lang, choices(divisionNames, lang)),
  );
  io.out(say(reportText.exported(file, sites.length)));
  return 0;
}

/** The lists offered in an exported workbook, in the export's language. */
export function choices(divisions: ReadonlyMap<string, DivisionName>, lang: Lang): ColumnChoices {
  const names = [...divisions.values()].map((d) => (lang === 'zh' ? d.name_zh : d.name_en));
  return {
    category: lang === 'zh' ? categoryLabelsZh : SITE_CATEGORIES,
    district: [...names, lang === 'zh' ? CITY_LABEL_ZH : CITY],
    datum: DATUMS,
    precision: lang === 'zh' ? PRECISIONS.map((p) => PRECISION_LABELS_ZH[p]) : PRECISIONS,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runExport(process.argv.slice(2), processIo());
}
