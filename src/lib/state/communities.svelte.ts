/**
 * The villages and communities (geo/communities.json): loaded on first use, then looked up by
 * code. Part of AppState (`app.communities`).
 */
import type { CommunitiesFile, Community, Township } from '../data/communities-schema.ts';
import { DataLoadError } from '../data/fetch-json.ts';

export class CommunityLookup {
  readonly #load: (() => Promise<CommunitiesFile>) | undefined;
  #request: Promise<CommunitiesFile | null> | null = null;

  #file = $state.raw<CommunitiesFile | null>(null);
  #error = $state.raw<DataLoadError | null>(null);

  /** `load` fetches geo/communities.json (a separate chunk in the browser); none: never loaded. */
  constructor(load?: () => Promise<CommunitiesFile>) {
    this.#load = load;
  }

  /** The loaded file; null until it has loaded. */
  get file(): CommunitiesFile | null {
    return this.#file;
  }

  /** Why the last attempt to load failed; null once it has loaded. */
  get error(): DataLoadError | null {
    return this.#error;
  }

  community(code: string): Community | undefined {
    return this.#file?.communities.find((c) => c.code === code);
  }

  township(code: string): Township | undefined {
    return this.#file?.townships.find((t) => t.code === code);
  }

  /** Load the file once; later calls share the first request, and a failed one is retried. */
  ensureLoaded(): Promise<CommunitiesFile | null> {
    if (this.#file) return Promise.resolve(this.#file);
    if (!this.#load) return Promise.resolve(null);
    this.#request ??= this.#load().then(
      (file) => {
        this.#file = file;
        this.#error = null;
        return file;
      },
      (error: unknown) => {
        this.#request = null;
        this.#error =
          error instanceof DataLoadError
            ? error
            : new DataLoadError(
                'geo/communities.json',
                'network',
                error instanceof Error ? error.message : String(error),
              );
        return null;
      },
    );
    return this.#request;
  }
}
