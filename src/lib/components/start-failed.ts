/**
 * What the entry shows if the app's own chunk cannot be loaded (a dropped connection, a
 * server error, a new deploy that removed it): the reason and a Reload button, as plain text
 * in the link's language, instead of a page that stays half drawn. No Svelte here: it is the
 * code that did not arrive.
 */
import type { Lang } from '../i18n/langs.ts';
import { startEn, startZh } from '../i18n/messages-start.ts';

export function showStartFailed(target: HTMLElement, lang: Lang, error: unknown): void {
  const messages = lang === 'zh' ? startZh : startEn;
  const detail = error instanceof Error ? error.message : String(error);
  const box = document.createElement('div');
  box.className = 'problem start-failed';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'start-failed';
  const text = document.createElement('p');
  text.textContent = messages['start.failed'].replace('{detail}', detail);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = messages['start.reload'];
  reload.addEventListener('click', () => location.reload());
  box.append(text, reload);
  target.replaceChildren(box);
}
