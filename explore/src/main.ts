import './style.css';
import { ApiError } from './api';
import { clearResults, findUi, setStatus, today, type Ui } from './ui';
import { formatHash, parseHash, type ViewState } from './view-state';
import { showDefenders } from './views/defenders';
import { showEgo } from './views/ego';
import { showFind } from './views/find';
import { showPath } from './views/path';
import { showTimeline } from './views/timeline';

/** What each view gets: where to draw, how to move to another view, and whether its answer is still wanted. */
export interface ViewContext {
  ui: Ui;
  navigate: (state: ViewState, replace?: boolean) => void;
  /** False once another view or date was asked for: a late answer must not draw over it. */
  isCurrent: () => boolean;
}

const ui = findUi();
let generation = 0;

function navigate(state: ViewState, replace = false): void {
  const hash = formatHash(state);
  if (hash === location.hash) return;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  void render();
}

async function render(): Promise<void> {
  const state = parseHash(location.hash, today());
  const mine = ++generation;
  const context: ViewContext = { ui, navigate, isCurrent: () => mine === generation };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (link.dataset.view === state.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    switch (state.view) {
      case 'find':
        return await showFind(context, state);
      case 'ego':
        return await showEgo(context, state);
      case 'path':
        return await showPath(context, state);
      case 'defenders':
        return await showDefenders(context, state);
      case 'timeline':
        return await showTimeline(context, state);
    }
  } catch (error) {
    if (!context.isCurrent()) return;
    clearResults(ui);
    // The API's own words for what went wrong (an unknown id, a bad date, a limit).
    const message = error instanceof ApiError ? error.message : `Could not reach the API: ${(error as Error).message}`;
    setStatus(ui, message, 'error');
  }
}

window.addEventListener('hashchange', () => void render());
void render();
