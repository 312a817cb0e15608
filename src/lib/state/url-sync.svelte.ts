/**
 * Keeps the URL and the AppState in step. On start the link is read and applied (with a
 * notice for anything that could not be used) and the address corrected with replaceState;
 * afterwards a new selection pushes a history entry, any other change replaces the current
 * one, and back/forward step through the selections.
 */
import { untrack } from 'svelte';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import type { AppState } from './app.svelte.ts';
import { sameSelection, type Selection } from './selection.ts';
import {
  VIEWS,
  parseUrlState,
  serialiseUrlState,
  type KnownIds,
  type NoticeKey,
  type UrlState,
  type View,
} from './url-state.ts';

/** The view, for an AppState that has one (the compare view is added later). */
function viewOf(app: AppState): View | null {
  const view = 'view' in app ? app.view : null;
  return typeof view === 'string' && (VIEWS as readonly string[]).includes(view)
    ? (view as View)
    : null;
}

function setView(app: AppState, view: View | null): void {
  if ('setView' in app && typeof app.setView === 'function') app.setView(view ?? 'map');
}

function knownIds(app: AppState): KnownIds {
  return {
    districtExists: (code) => app.district(code) !== undefined,
    siteExists: (id) => app.site(id) !== undefined,
  };
}

function showNotices(app: AppState, notices: NoticeKey[]): void {
  if (notices.length === 0) return;
  app.showNotice(notices.map((n) => app.t(n.key, n.values)).join(' '));
}

/**
 * What the link says of the app's state now: selection, filters, language, camera, view,
 * comparison, measure and sort (no `pick` or `embed`: those belong to the page, not the
 * state; the share panel builds its links from this).
 */
export function linkStateOf(app: AppState): UrlState {
  return {
    selection: app.selection,
    categories: [...app.filters.categories],
    level: app.filters.honourLevel,
    lang: app.lang,
    camera: app.camera,
    view: viewOf(app),
    compare: app.comparison.codes.length ? [...app.comparison.codes] : null,
    measure: app.measure.current === 'status' ? null : app.measure.current,
    sort: app.comparison.sort,
  };
}

export interface UrlSync {
  /** Write the state to the URL: push for a new selection, replace for anything else. */
  write(): void;
  stop(): void;
}

/**
 * The sync without its effect (a Node test drives `write()` by hand): reads and applies
 * the link now, and follows back and forward until stopped.
 */
export function createUrlSync(app: AppState, win: Window): UrlSync {
  /** A community the link names, kept in the URL until the community list has loaded. */
  let pendingCommunity: Selection | null = null;
  /** The selection the current history entry holds. */
  let entrySelection: Selection | null = null;
  /** A link that opens the point picker (`pick=1`) keeps it in the URL from then on. */
  let pick = false;
  /** A framed map (`embed=1`) keeps it in the URL from then on. */
  let embed = false;
  let stopped = false;

  function currentState(): UrlState {
    return {
      ...linkStateOf(app),
      selection: app.selection ?? pendingCommunity,
      ...(pick && { pick }),
      theme: app.theme.choice,
      ...(embed && { embed }),
    };
  }

  function applySelection(selection: Selection | null): void {
    pendingCommunity = null;
    if (selection?.kind !== 'community') {
      app.select(selection);
      return;
    }
    // Communities are checked once their list has loaded; until then the URL keeps the code.
    app.select(null);
    pendingCommunity = selection;
    void app.communities.ensureLoaded().then(() => {
      // Stopped, or another selection came first (a click, back or forward).
      if (stopped || pendingCommunity !== selection) return;
      pendingCommunity = null;
      if (app.communities.community(selection.code)) app.select(selection);
      else app.showNotice(app.t('url.unknownPlace'));
      entrySelection = app.selection;
      replace(serialiseUrlState(currentState()));
    });
  }

  function replace(search: string): void {
    if (search === win.location.search) return;
    const { pathname, hash } = win.location;
    win.history.replaceState(win.history.state, '', pathname + search + hash);
  }

  function push(search: string): void {
    const { pathname, hash } = win.location;
    win.history.pushState(null, '', pathname + search + hash);
  }

  // The link as opened: apply everything it holds.
  const opened = parseUrlState(win.location.search, knownIds(app));
  const { state } = opened;
  pick = state.pick === true;
  embed = state.embed === true;
  if (state.lang) app.setLang(state.lang);
  app.filters.setCategories(state.categories ?? SITE_CATEGORIES);
  app.filters.setHonourLevel(state.level);
  if (state.camera) app.setCamera(state.camera);
  if (state.view) setView(app, state.view);
  if (state.compare) app.comparison.set(state.compare);
  if (state.measure) app.measure.set(state.measure);
  if (state.sort) app.comparison.setSort(state.sort);
  if (state.theme) app.theme.set(state.theme);
  applySelection(state.selection);
  entrySelection = app.selection ?? pendingCommunity;
  showNotices(app, opened.notices);
  replace(opened.canonical);

  // Back and forward: step to the entry's selection. Filters, language, camera and view
  // replace the entry rather than push one, so they stay as they are now.
  function onPopState(): void {
    const parsed = parseUrlState(win.location.search, knownIds(app));
    applySelection(parsed.state.selection);
    entrySelection = app.selection ?? pendingCommunity;
    showNotices(app, parsed.notices);
    replace(serialiseUrlState(currentState()));
  }
  win.addEventListener('popstate', onPopState);

  function write(): void {
    if (stopped) return;
    // A selection made while a linked community was loading replaces it.
    if (app.selection) pendingCommunity = null;
    const next = currentState();
    const search = serialiseUrlState(next);
    untrack(() => {
      if (search === win.location.search) return;
      if (sameSelection(next.selection, entrySelection)) {
        replace(search);
      } else {
        push(search);
        entrySelection = next.selection;
      }
    });
  }

  return {
    write,
    stop() {
      stopped = true;
      win.removeEventListener('popstate', onPopState);
    },
  };
}

/** Start keeping the URL and `app` in step; returns the cleanup. */
export function startUrlSync(app: AppState, win: Window = window): () => void {
  const sync = createUrlSync(app, win);
  const stopEffect = $effect.root(() => {
    $effect(() => sync.write());
  });
  return () => {
    sync.stop();
    stopEffect();
  };
}
