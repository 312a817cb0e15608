/**
 * The command lines of import:sites and export:sites, read with Node's own parseArgs. A
 * mistake is a usage error (exit 2) with one line saying why.
 */
import { parseArgs } from 'node:util';
import { fileText, type Lang, type Text } from './messages.ts';

export interface CliOptions {
  file: string;
  lang: Lang;
  /** The data folder, as typed (undefined: the repository's geo/). */
  geo: string | undefined;
  dryRun: boolean;
  replace: boolean;
  /** export:sites: only these site ids. */
  only: string[] | undefined;
}

export type ParsedArgs =
  { ok: true; options: CliOptions } | { ok: false; lang: Lang; reason: Text };

const FLAGS = {
  import: ['dry-run', 'replace'],
  export: [],
} as const;
const VALUES = {
  import: ['lang', 'geo'],
  export: ['lang', 'geo', 'only'],
} as const;

/** The language asked for, even on a command line that is otherwise wrong. */
function langOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : (argv[index].split('=')[1] ?? argv[index + 1]);
  return value === 'en' ? 'en' : 'zh';
}

export function parseCliArgs(argv: readonly string[], tool: 'import' | 'export'): ParsedArgs {
  const lang = langOf(argv);
  const fail = (reason: Text): ParsedArgs => ({ ok: false, lang, reason });
  const options = Object.fromEntries([
    ...FLAGS[tool].map((name) => [name, { type: 'boolean' as const }]),
    ...VALUES[tool].map((name) => [name, { type: 'string' as const }]),
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
    const code = (error as { code?: string }).code;
    return fail(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? fileText.missingValue(option)
        : fileText.unknownOption(option),
    );
  }
  const { values, positionals } = parsed;
  const string = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    return fail(fileText.badLang(String(values.lang)));
  }
  if (positionals.length === 0) return fail(fileText.noFile());
  if (positionals.length > 1) return fail(fileText.tooManyFiles());
  const only = string('only');
  return {
    ok: true,
    options: {
      file: positionals[0],
      lang,
      geo: string('geo'),
      dryRun: values['dry-run'] === true,
      replace: values.replace === true,
      only: only === undefined ? undefined : only.split(',').map((id) => id.trim()),
    },
  };
}
