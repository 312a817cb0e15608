import type { Plugin } from 'vite';

/**
 * The app's start-up code in one chunk. Left to itself the bundler puts every module that
 * the app's chunk (src/start-app.ts) shares with a lazy chunk (the compare view, the
 * exports…) in a small chunk of its own: a dozen files, each compressed on its own, about
 * 3 KB gzip more on the wire than the same code in one file. This groups every module the
 * app's chunk imports statically, except those the entry (src/main.ts) imports, which stay
 * together in a chunk of their own: the entry must not wait for the app's code. What only
 * the lazy chunks import stays in them.
 */
/** The libraries the app's start runs: Svelte's runtime, the map's scales, turf's bounds. */
const START_LIBRARIES =
  /[\\/]node_modules[\\/](svelte|clsx|d3-scale|d3-array|internmap|@turf[\\/](bbox|meta|helpers))[\\/]/;

export function appChunk() {
  let members = new Set<string>();
  let entryMembers = new Set<string>();
  const plugin: Plugin = {
    name: 'hohhot-app-chunk',
    apply: 'build',
    buildEnd() {
      const reach = (from: string): Set<string> => {
        const seen = new Set<string>();
        const stack = [from];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          const info = this.getModuleInfo(id);
          const lazy = new Set(info?.dynamicallyImportedIds ?? []);
          stack.push(...(info?.importedIds ?? []).filter((next) => !lazy.has(next)));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const entry = ids.find((id) => /[\\/]src[\\/]main\.ts$/.test(id));
      const app = ids.find((id) => /[\\/]src[\\/]start-app\.ts$/.test(id));
      if (!entry || !app) return;
      const fromEntry = reach(entry);
      // Of the libraries, only those the start uses are taken: a module that the app imports
      // but tree-shaking drops (d3-scale's d3-format, say) must not be pulled in by the group.
      const own = (id: string) =>
        !id.includes('node_modules') || (START_LIBRARIES.test(id) && !id.includes('?'));
      members = new Set([...reach(app)].filter((id) => own(id) && !fromEntry.has(id)));
      entryMembers = new Set([...fromEntry].filter((id) => id !== entry));
    },
  };
  return {
    plugin,
    groups: [
      { name: 'app', test: (id: string) => members.has(id) },
      // The entry's own modules in one chunk beside it, for the same reason.
      { name: 'entry', test: (id: string) => entryMembers.has(id) },
    ],
  };
}
