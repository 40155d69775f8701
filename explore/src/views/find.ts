import { query } from '../api';
import type { ExploreSearchQuery } from '../gql/graphql';
import type { ViewContext } from '../main';
import { SearchQuery } from '../queries';
import { clearResults, el, setStatus } from '../ui';
import type { ViewState } from '../view-state';
import { field, input, mountControls, named } from './controls';

type Entity = ExploreSearchQuery['search'][number]['entity'];

/** An entity's dates as a reader expects them for its kind: a state's life, a treaty's signing, a war's span. */
export function entityDates(entity: Entity): string {
  const [from, until] = (() => {
    switch (entity.__typename) {
      case 'State':
        return [entity.from, entity.until];
      case 'Alliance':
        return [entity.founded, entity.dissolved];
      case 'Treaty':
        return [entity.signed, entity.terminated];
      case 'Conflict':
      case 'Operation':
        return [entity.started, entity.ended];
      default:
        return [null, null];
    }
  })();
  if (!from && !until) return '';
  return `${from ?? '?'} – ${until ?? ''}`;
}

/** Where a hit opens: an entity's neighbourhood, drawn as of today. */
const openHit = (context: ViewContext, entity: Entity): void => context.navigate({ view: 'ego', id: entity.id, asOf: '' });

/** One search box over every kind; arrow keys move through the hits, Enter opens one. */
export async function showFind(context: ViewContext, state: Extract<ViewState, { view: 'find' }>): Promise<void> {
  const { ui } = context;
  let timer: ReturnType<typeof setTimeout> | undefined;
  mountControls(ui, 'find', (form) => {
    const box = input('text', {
      type: 'search',
      placeholder: 'NATO, Poland, Warsaw Pact…',
      'aria-controls': 'hits',
      autofocus: true,
    });
    box.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => context.navigate({ view: 'find', text: box.value }, true), 200);
    });
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      ui.table.querySelector<HTMLElement>('[role=option]')?.focus();
    });
    form.onsubmit = (event) => {
      event.preventDefault();
      ui.table.querySelector<HTMLElement>('[role=option]')?.click();
    };
    form.append(field('Search', box));
  });
  const box = named(ui.controls, 'text');
  if (document.activeElement !== box) box.value = state.text;
  box.focus();
  clearResults(ui);
  if (state.text.trim() === '') {
    setStatus(ui, 'Type a name, an id or an alias: states, alliances, treaties, conflicts and operations.');
    return;
  }
  setStatus(ui, 'Searching…', 'loading');
  const answer = await query(SearchQuery, { text: state.text });
  if (!context.isCurrent()) return;
  setStatus(ui, answer.search.length === 0 ? `Nothing matches “${state.text}”.` : `${answer.search.length} found`);
  const hits = answer.search.map((hit, index) => {
    const option = el(
      'li',
      { role: 'option', tabindex: 0, 'data-id': hit.entity.id, 'aria-selected': index === 0 },
      el('span', { class: `kind kind-${hit.entity.__typename}` }, hit.entity.__typename ?? ''),
      el('strong', {}, hit.entity.name),
      el('span', { class: 'id' }, hit.entity.id),
      el('span', { class: 'dates' }, entityDates(hit.entity)),
    );
    option.addEventListener('click', () => openHit(context, hit.entity));
    option.addEventListener('keydown', (event) => {
      const move = (to: Element | null): void => {
        event.preventDefault();
        if (to instanceof HTMLElement) to.focus();
        else if (event.key === 'ArrowUp') box.focus();
      };
      if (event.key === 'Enter') openHit(context, hit.entity);
      else if (event.key === 'ArrowDown') move(option.nextElementSibling);
      else if (event.key === 'ArrowUp') move(option.previousElementSibling);
    });
    return option;
  });
  ui.table.replaceChildren(el('ul', { id: 'hits', role: 'listbox', 'aria-label': 'Search results' }, ...hits));
}
