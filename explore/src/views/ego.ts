import { query } from '../api';
import { drawGraph, downloadPng, period, type GraphEdge, type GraphNode } from '../graph';
import type { ViewContext } from '../main';
import { isLinkSet, LINK_SETS, type LinkSet } from '../link-sets';
import { AllianceMembersQuery, KindQuery, NeighbourhoodQuery } from '../queries';
import { segmentRow, SEGMENT_COLUMNS } from '../segments';
import { button, clearResults, setStatus, showTable, today, type Ui } from '../ui';
import { formatHash, type ViewState } from '../view-state';
import { suggestIds } from './suggest';
import { dateSlider, field, input, mountControls, named, showDate } from './controls';

type EgoState = Extract<ViewState, { view: 'ego' }>;

interface Drawing {
  nodes: GraphNode[];
  edges: GraphEdge[];
  caption: string;
  header: string[];
  rows: unknown[][];
  note: string;
}

/** An alliance's neighbourhood on a date is its members then. */
async function allianceMembers(id: string, asOf: string): Promise<Drawing> {
  const { alliance } = await query(AllianceMembersQuery, { id, asOf });
  if (!alliance) throw new Error(`No alliance has the id ${id}`);
  const members = new Map(alliance.members.edges.map((edge) => [edge.state.id, edge]));
  const edges = [...members.values()];
  return {
    nodes: [
      { id: alliance.id, name: alliance.name, kind: 'Alliance', centre: true },
      ...edges.map((edge) => ({ id: edge.state.id, name: edge.state.name, kind: 'State' })),
    ],
    edges: edges.map((edge) => ({
      source: edge.state.id,
      target: alliance.id,
      label: [edge.role === 'MEMBER' ? '' : edge.role, period(edge.from, edge.until)].filter(Boolean).join(' '),
    })),
    caption: `Members of ${alliance.name} on ${asOf}`,
    header: ['state_id', 'state_name', 'role', 'from', 'until'],
    rows: edges.map((edge) => [edge.state.id, edge.state.name, edge.role, edge.from, edge.until]),
    note: `${members.size} members of ${alliance.name} on ${asOf}${
      alliance.members.totalCount > alliance.members.edges.length
        ? ` (the first ${alliance.members.edges.length} of ${alliance.members.totalCount})`
        : ''
    }`,
  };
}

/** Anything else: what lies within `hops` links of the kinds asked for (the API's defaults without them). */
async function neighbourhood(id: string, asOf: string, hops: number, links: LinkSet): Promise<Drawing> {
  const { neighbourhood } = await query(NeighbourhoodQuery, { id, asOf, hops, via: LINK_SETS[links].kinds });
  const centre = neighbourhood.nodes[0]?.id;
  return {
    nodes: neighbourhood.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      kind: node.__typename ?? '',
      centre: node.id === centre,
    })),
    edges: neighbourhood.segments.map((segment) => ({
      source: segment.start.id,
      target: segment.end.id,
      label: period(segment.from, segment.until),
    })),
    caption: `Links within ${hops} of ${neighbourhood.nodes[0]?.name ?? id} on ${asOf}`,
    header: SEGMENT_COLUMNS,
    rows: neighbourhood.segments.map(segmentRow),
    note:
      `${neighbourhood.nodes.length - 1} entities within ${hops} link${hops === 1 ? '' : 's'} (${LINK_SETS[links].label}) on ${asOf}` +
      (neighbourhood.truncated ? ' (the first 100 only)' : ''),
  };
}

function select(name: string, options: [string, string][]): HTMLSelectElement {
  const element = document.createElement('select');
  element.name = name;
  for (const [value, label] of options) element.append(new Option(label, value));
  return element;
}

function buildControls(context: ViewContext, ui: Ui): void {
  mountControls(ui, 'ego', (form) => {
    const id = input('id', { required: true, placeholder: 'nato, POL…' });
    const hops = select('hops', [
      ['1', '1 link'],
      ['2', '2 links'],
      ['3', '3 links'],
    ]);
    const links = select(
      'links',
      Object.entries(LINK_SETS).map(([value, set]) => [value, set.label]),
    );
    // The defaults stay out of the URL, so the common link stays short.
    const go = (asOf = named(form, 'asOf').value): void =>
      context.navigate({
        view: 'ego',
        id: id.value.trim(),
        asOf,
        ...(hops.value === '2' ? {} : { hops: Number(hops.value) }),
        ...(links.value === 'defence' || !isLinkSet(links.value) ? {} : { links: links.value }),
      });
    form.append(suggestIds(id), field('Entity id', id));
    dateSlider(form, (asOf) => go(asOf));
    form.append(
      field('Reach', hops),
      field('Along', links),
      button('Draw', () => go(), { type: 'submit' }),
    );
    hops.addEventListener('change', () => go());
    links.addEventListener('change', () => go());
    form.onsubmit = (event) => {
      event.preventDefault();
      go();
    };
  });
}

/** An entity and its neighbourhood on a date, drawn; clicking a node recentres on it. */
export async function showEgo(context: ViewContext, state: EgoState): Promise<void> {
  const { ui } = context;
  buildControls(context, ui);
  const asOf = state.asOf || today();
  named(ui.controls, 'id').value = state.id;
  showDate(ui.controls, asOf);
  const hops = state.hops ?? 2;
  const links = state.links ?? 'defence';
  named<HTMLSelectElement>(ui.controls, 'hops').value = String(hops);
  named<HTMLSelectElement>(ui.controls, 'links').value = links;
  setStatus(ui, `Drawing ${state.id} on ${asOf}…`, 'loading');
  const { node } = await query(KindQuery, { id: state.id });
  // An alliance's members are its neighbourhood: how far to reach, and along what, mean nothing there.
  for (const name of ['hops', 'links']) {
    const label = named<HTMLSelectElement>(ui.controls, name).closest('label');
    if (label) label.hidden = node?.__typename === 'Alliance';
  }
  // An id that names no alliance goes to neighbourhood, whose error says what is wrong with it.
  const drawing =
    node?.__typename === 'Alliance' ? await allianceMembers(node.id, asOf) : await neighbourhood(state.id, asOf, hops, links);
  if (!context.isCurrent()) return;
  clearResults(ui);
  setStatus(ui, drawing.note);
  ui.graph.hidden = false;
  const cy = drawGraph(ui.graph, drawing.nodes, drawing.edges, {
    layout: node?.__typename === 'Alliance' ? 'concentric' : 'cose',
    onSelect: (selected) => context.navigate({ ...state, id: selected.id, asOf }),
  });
  ui.actions.replaceChildren(
    button('Download PNG', () => downloadPng(cy, `ego-${state.id}-${asOf}`)),
    ...(node?.__typename === 'Alliance'
      ? [button('Membership timeline', () => context.navigate({ view: 'timeline', id: state.id }))]
      : node?.__typename === 'State'
        ? [
            button('Who defends it', () => context.navigate({ view: 'defenders', id: state.id, asOf })),
            button('Memberships timeline', () => context.navigate({ view: 'timeline', id: state.id })),
          ]
        : []),
  );
  const recentre = (id: string): string => formatHash({ ...state, id, asOf });
  showTable(ui, drawing.caption, `ego-${state.id}-${asOf}`, drawing.header, drawing.rows, { 0: recentre, 3: recentre });
}
