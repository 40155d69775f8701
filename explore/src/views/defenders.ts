import { query } from '../api';
import type { ExploreDefendersQuery } from '../gql/graphql';
import { drawGraph, downloadPng, period } from '../graph';
import type { ViewContext } from '../main';
import { DefendersQuery } from '../queries';
import { button, clearResults, setStatus, showTable, today } from '../ui';
import { formatHash, type ViewState } from '../view-state';
import { showEscalation } from './escalation';
import { suggestIds } from './suggest';
import { dateSlider, field, input, mountControls, named, showDate } from './controls';

type DefendersState = Extract<ViewState, { view: 'defenders' }>;

export const DEFENDERS_CSV_HEADER = [
  'defender_id',
  'defender_name',
  'conditional',
  'via_id',
  'via_name',
  'obligation',
  'route_conditional',
  'from',
  'until',
];

/** One row per route: a defender bound through two alliances has two rows, as the API lists them. */
export function defenderRows(defenders: ExploreDefendersQuery['defenders']): unknown[][] {
  return defenders.flatMap((defender) =>
    defender.routes.map((route) => [
      defender.state.id,
      defender.state.name,
      defender.conditional,
      route.via.id,
      route.via.name,
      route.obligation,
      route.conditional,
      route.from,
      route.until,
    ]),
  );
}

/** Who is obliged to defend a state on a date, and through which alliance or treaty: a graph and a table. */
export async function showDefenders(context: ViewContext, state: DefendersState): Promise<void> {
  const { ui } = context;
  mountControls(ui, 'defenders', (form) => {
    const go = (asOf = named(form, 'asOf').value): void => {
      const attacker = named(form, 'attacker').value.trim();
      context.navigate({ view: 'defenders', id: named(form, 'id').value.trim(), asOf, ...(attacker ? { attacker } : {}) });
    };
    const id = input('id', { required: true, placeholder: 'EST' });
    form.append(suggestIds(id, ['STATE']), field('State id', id));
    dateSlider(form, (asOf) => go(asOf));
    const attacker = input('attacker', { placeholder: 'RUS' });
    form.append(
      suggestIds(attacker, ['STATE']),
      field('If attacked by (optional)', attacker),
      button('Show', () => go(), { type: 'submit' }),
    );
    form.onsubmit = (event) => {
      event.preventDefault();
      go();
    };
  });
  const asOf = state.asOf || today();
  named(ui.controls, 'id').value = state.id;
  showDate(ui.controls, asOf);
  named(ui.controls, 'attacker').value = state.attacker ?? '';
  if (state.attacker) return showEscalation(context, state.id, state.attacker, asOf);
  setStatus(ui, `Finding who defends ${state.id} on ${asOf}…`, 'loading');
  const { defenders } = await query(DefendersQuery, { of: state.id, asOf });
  if (!context.isCurrent()) return;
  clearResults(ui);
  setStatus(ui, `${defenders.length} states obliged to defend ${state.id} on ${asOf}`);
  // Defenders point at the state they defend, through the alliance or treaty that binds them.
  // State ids are upper case but for historical states (ottoman-empire), which are kebab-case.
  const target = /^[a-z]{3}$/.test(state.id) ? state.id.toUpperCase() : state.id;
  const vias = new Map(defenders.flatMap((defender) => defender.routes.map((route) => [route.via.id, route.via])));
  ui.graph.hidden = false;
  const cy = drawGraph(
    ui.graph,
    [
      { id: target, name: target, kind: 'State', centre: true, ring: 3 },
      ...[...vias.values()].map((via) => ({ id: via.id, name: via.name, kind: via.__typename ?? '', ring: 2 })),
      ...defenders
        .filter((defender) => defender.state.id !== target)
        .map((defender) => ({ id: defender.state.id, name: defender.state.name, kind: 'State' })),
    ],
    [
      ...[...vias.keys()].map((via) => ({ source: via, target, label: '' })),
      ...defenders.flatMap((defender) =>
        defender.routes.map((route) => ({
          source: defender.state.id,
          target: route.via.id,
          // Labels on every spoke would hide the names: the table lists the obligations and dates.
          label: '',
          title: `${route.obligation} ${period(route.from, route.until)}`,
          dashed: route.conditional,
        })),
      ),
    ],
    {
      layout: 'concentric',
      onSelect: (node) => node.kind === 'State' && context.navigate({ view: 'defenders', id: node.id, asOf }),
    },
  );
  const name = `defenders-${state.id}-${asOf}`;
  ui.actions.replaceChildren(button('Download PNG', () => downloadPng(cy, name)));
  showTable(ui, `Obliged to defend ${state.id} on ${asOf}`, name, DEFENDERS_CSV_HEADER, defenderRows(defenders), {
    0: (id) => formatHash({ view: 'defenders', id, asOf }),
    3: (id) => formatHash({ view: 'ego', id, asOf }),
  });
}
