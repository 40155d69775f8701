import { query } from '../api';
import type { EntityType } from '../gql/graphql';
import { SuggestQuery } from '../queries';
import { el } from '../ui';

let lists = 0;

/**
 * Offers ids as the reader types a name: the browser's own list under the input (a datalist),
 * which the keyboard moves through, filled from search. The id is what goes in the input.
 */
export function suggestIds(input: HTMLInputElement, types?: EntityType[]): HTMLDataListElement {
  const list = el('datalist', { id: `suggest-${++lists}` });
  input.setAttribute('list', list.id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const { search } = await query(SuggestQuery, { text, types });
        list.replaceChildren(
          ...search.map((hit) => el('option', { value: hit.entity.id, label: `${hit.entity.name} (${hit.entity.__typename})` })),
        );
      } catch {
        // A suggestion that fails is no error of the reader's: the input still takes any id.
      }
    }, 200);
  });
  return list;
}
