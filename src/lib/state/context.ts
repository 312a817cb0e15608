import { getContext, setContext } from 'svelte';
import type { AppState } from './app.svelte.ts';

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('getAppState() called outside <App>: no AppState in context');
  return state;
}
