import { query } from '../api';
import type { ExploreShortestPathQuery } from '../gql/graphql';
import { drawGraph, downloadPng, period } from '../graph';
import type { ViewContext } from '../main';
import { PathsQuery, ShortestPathQuery } from '../queries';
import { segmentRow, SEGMENT_COLUMNS } from '../segments';
import { button, clearResults, el, setStatus, showTable, today } from '../ui';
import { formatHash, type ViewState } from '../view-state';
import { suggestIds } from './suggest';
import { field, input, mountControls, named } from './controls';

type PathState = Extract<ViewState, { view: 'path' }>;
type Path = NonNullable<ExploreShortestPathQuery['shortestPath']>;

const sourcesOf = (segment: Path['segments'][number]): string => segment.sources.map((source) => source.name).join('; ');

/** Draws one chain left to right, each link labelled with its dates; hovering a link shows its sources. */
function drawPath(context: ViewContext, path: Path, asOf: string, name: string): void {
  const { ui } = context;
  ui.graph.hidden = false;
  const last = path.nodes.length - 1;
  const cy = drawGraph(
    ui.graph,
    path.nodes.map((node, index) => ({
      id: node.id,
      name: node.name,
      kind: node.__typename ?? '',
      centre: index === 0 || index === last,
    })),
    path.segments.map((segment) => ({
      source: segment.start.id,
      target: segment.end.id,
      label: [segment.type, period(segment.from, segment.until)].join(' '),
      title: sourcesOf(segment),
    })),
    { layout: 'chain' },
  );
  const tip = el('div', { class: 'tip', role: 'tooltip', hidden: true });
  ui.detail.replaceChildren(tip);
  cy.on('mouseover', 'edge', (event) => {
    event.target.addClass('hover');
    const data = event.target.data() as { label: string; title: string };
    tip.textContent = `${data.label}. Sources: ${data.title || 'none recorded'}`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'edge', (event) => {
    event.target.removeClass('hover');
    tip.hidden = true;
  });
  // Keeps the list of other paths below it: drawing one of them replaces only this button.
  const png = button('Download PNG', () => downloadPng(cy, name), { class: 'png' });
  const previous = ui.actions.querySelector('.png');
  if (previous) previous.replaceWith(png);
  else ui.actions.prepend(png);
  const ego = (id: string): string => formatHash({ view: 'ego', id, asOf });
  showTable(
    ui,
    `The chain, link by link`,
    name,
    [...SEGMENT_COLUMNS, 'sources'],
    path.segments.map((segment) => [...segmentRow(segment), sourcesOf(segment)]),
    { 0: ego, 3: ego },
  );
}

/** The next-shortest chains, each one click from being drawn. */
async function offerOtherPaths(context: ViewContext, state: PathState, asOf: string, name: string): Promise<void> {
  const { ui } = context;
  const more = button('Other paths', async () => {
    more.disabled = true;
    setStatus(ui, 'Looking for other paths…', 'loading');
    try {
      const { paths } = await query(PathsQuery, { from: state.from, to: state.to, asOf });
      setStatus(ui, `${paths.length} paths of up to 4 links, shortest first`);
      const list = el(
        'ol',
        { class: 'paths' },
        ...paths.map((path, index) =>
          el(
            'li',
            {},
            button(path.nodes.map((node) => node.name).join(' → '), () => drawPath(context, path, asOf, `${name}-${index + 1}`), {
              class: 'link',
            }),
          ),
        ),
      );
      ui.actions.append(list);
    } catch (error) {
      setStatus(ui, (error as Error).message, 'error');
    }
  });
  ui.actions.append(more);
}

/** Two entities and a date: the shortest chain of alliances and treaties between them. */
export async function showPath(context: ViewContext, state: PathState): Promise<void> {
  const { ui } = context;
  mountControls(ui, 'path', (form) => {
    const go = (): void =>
      context.navigate({
        view: 'path',
        from: named(form, 'from').value.trim(),
        to: named(form, 'to').value.trim(),
        asOf: named(form, 'asOf').value,
      });
    const from = input('from', { required: true, placeholder: 'POL' });
    const to = input('to', { required: true, placeholder: 'KOR' });
    form.append(
      suggestIds(from),
      suggestIds(to),
      field('From', from),
      field('To', to),
      field('As of', input('asOf', { type: 'date', required: true })),
      button('Find path', go, { type: 'submit' }),
    );
    form.onsubmit = (event) => {
      event.preventDefault();
      go();
    };
  });
  const asOf = state.asOf || today();
  named(ui.controls, 'from').value = state.from;
  named(ui.controls, 'to').value = state.to;
  named(ui.controls, 'asOf').value = asOf;
  setStatus(ui, `Looking for a path from ${state.from} to ${state.to} on ${asOf}…`, 'loading');
  const { shortestPath } = await query(ShortestPathQuery, { from: state.from, to: state.to, asOf });
  if (!context.isCurrent()) return;
  clearResults(ui);
  const name = `path-${state.from}-${state.to}-${asOf}`;
  if (!shortestPath) {
    setStatus(ui, `No chain of military alliances and defence treaties links ${state.from} and ${state.to} on ${asOf}.`);
    return;
  }
  setStatus(ui, `${shortestPath.length} links: ${shortestPath.nodes.map((node) => node.name).join(' → ')}`);
  drawPath(context, shortestPath, asOf, name);
  await offerOtherPaths(context, state, asOf, name);
}
