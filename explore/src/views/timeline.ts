import { query } from '../api';
import type { ViewContext } from '../main';
import { AllianceTimelineQuery, KindQuery, StateTimelineQuery } from '../queries';
import { button, clearResults, el, setStatus, showTable, today } from '../ui';
import { formatHash, type ViewState } from '../view-state';
import { suggestIds } from './suggest';
import { field, input, mountControls, named } from './controls';

type TimelineState = Extract<ViewState, { view: 'timeline' }>;

/** One membership period, as a row of the chart: the member of an alliance, or the alliance of a state. */
interface Period {
  rowId: string;
  rowName: string;
  role: string;
  from: string | null | undefined;
  until: string | null | undefined;
}

interface Timeline {
  name: string;
  /** What each row is: the members of an alliance, or the alliances of a state. */
  rows: 'state' | 'alliance';
  periods: Period[];
}

const ROLE_COLOURS: Record<string, string> = { MEMBER: '#2f6fb0', SUSPENDED: '#c23b3b', OBSERVER: '#9aa5b1', PARTNER: '#5a9e3a' };
const SVG = 'http://www.w3.org/2000/svg';
const ROW = 18;
const LABEL = 230;
const WIDTH = 900;

/** Every membership period of an alliance, page by page (the UN has more than one page). */
async function alliancePeriods(id: string): Promise<Timeline | null> {
  const periods: Period[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { alliance } = await query(AllianceTimelineQuery, { id, after });
    if (!alliance) return null;
    const { edges, pageInfo } = alliance.members;
    periods.push(...edges.map((edge) => ({ rowId: edge.state.id, rowName: edge.state.name, ...edge })));
    if (!pageInfo.hasNextPage) return { name: alliance.name, rows: 'state', periods };
    after = pageInfo.endCursor;
  }
}

/** Every membership period of a state, page by page. */
async function statePeriods(id: string): Promise<Timeline | null> {
  const periods: Period[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { state } = await query(StateTimelineQuery, { id, after });
    if (!state) return null;
    const { edges, pageInfo } = state.memberships;
    periods.push(...edges.map((edge) => ({ rowId: edge.alliance.id, rowName: edge.alliance.name, ...edge })));
    if (!pageInfo.hasNextPage) return { name: state.name, rows: 'alliance', periods };
    after = pageInfo.endCursor;
  }
}

const yearOf = (date: string): number => {
  const [year = '0', month = '1', day = '1'] = date.replace(/^-/, '').split('-');
  const sign = date.startsWith('-') ? -1 : 1;
  return sign * Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** One row per member, a bar per period coloured by role; periods with an unknown start are left out. */
function chart(periods: Period[], end: string): SVGSVGElement {
  const byState = new Map<string, Period[]>();
  for (const period of periods) if (period.from) byState.set(period.rowId, [...(byState.get(period.rowId) ?? []), period]);
  const rows = [...byState.values()].sort((a, b) => (a[0]?.from ?? '').localeCompare(b[0]?.from ?? ''));
  const first = Math.floor(Math.min(...periods.filter((p) => p.from).map((p) => yearOf(p.from ?? ''))));
  const last = Math.ceil(yearOf(end));
  const x = (year: number): number => LABEL + ((year - first) / Math.max(1, last - first)) * (WIDTH - LABEL - 10);
  const height = rows.length * ROW + 30;
  const root = svg('svg', {
    xmlns: SVG,
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'font-family': 'sans-serif',
    'font-size': 11,
  });
  root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#fff' }));
  const step = last - first > 80 ? 20 : 10;
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    root.append(svg('line', { x1: x(year), x2: x(year), y1: 0, y2: height - 20, stroke: '#e3e7eb' }));
    root.append(svg('text', { x: x(year), y: height - 6, 'text-anchor': 'middle', fill: '#555' }, String(year)));
  }
  rows.forEach((statePeriods, index) => {
    const y = index * ROW + 4;
    // Long names are cut to fit beside the bars; the row's title keeps the whole name.
    const rowName = statePeriods[0]?.rowName ?? '';
    const label = svg(
      'text',
      { x: LABEL - 6, y: y + 11, 'text-anchor': 'end', fill: '#222' },
      rowName.length > 34 ? `${rowName.slice(0, 33)}…` : rowName,
    );
    const row = svg('g', {});
    row.append(svg('title', {}, rowName), label);
    root.append(row);
    for (const period of statePeriods) {
      const start = x(yearOf(period.from ?? ''));
      const stop = x(yearOf(period.until ?? end));
      const bar = svg('rect', {
        x: start,
        y,
        width: Math.max(2, stop - start),
        height: ROW - 6,
        rx: 2,
        fill: ROLE_COLOURS[period.role] ?? '#555',
      });
      bar.append(svg('title', {}, `${period.rowName}: ${period.role} ${period.from} – ${period.until ?? 'today'}`));
      root.append(bar);
    }
  });
  return root;
}

/** An alliance's membership over its whole life, one bar per member, or a state's memberships, one bar per alliance; suspensions in red. */
export async function showTimeline(context: ViewContext, state: TimelineState): Promise<void> {
  const { ui } = context;
  mountControls(ui, 'timeline', (form) => {
    const go = (): void => context.navigate({ view: 'timeline', id: named(form, 'id').value.trim() });
    const id = input('id', { required: true, placeholder: 'nato, POL' });
    form.append(suggestIds(id, ['ALLIANCE', 'STATE']), field('Alliance or state id', id), button('Show', go, { type: 'submit' }));
    form.onsubmit = (event) => {
      event.preventDefault();
      go();
    };
  });
  named(ui.controls, 'id').value = state.id;
  setStatus(ui, `Reading the membership of ${state.id}…`, 'loading');
  const { node } = await query(KindQuery, { id: state.id });
  const answer = node?.__typename === 'State' ? await statePeriods(node.id) : await alliancePeriods(state.id);
  if (!context.isCurrent()) return;
  clearResults(ui);
  if (!answer) {
    setStatus(ui, `No alliance or state has the id ${state.id}.`, 'error');
    return;
  }
  const undated = answer.periods.filter((period) => !period.from).length;
  setStatus(
    ui,
    `${answer.periods.length} membership periods of ${answer.name}${undated ? ` (${undated} with an unknown start, not drawn)` : ''}`,
  );
  const drawing = chart(answer.periods, today());
  const legend = el(
    'p',
    { class: 'legend' },
    ...Object.entries(ROLE_COLOURS).map(([role, colour]) => el('span', { style: `--swatch: ${colour}` }, role.toLowerCase())),
  );
  ui.detail.replaceChildren(
    legend,
    el('div', { class: 'timeline', 'data-rows': drawing.querySelectorAll('text[text-anchor=end]').length }, drawing),
  );
  const name = `timeline-${state.id}`;
  ui.actions.replaceChildren(
    button('Download SVG', () => {
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(drawing)], { type: 'image/svg+xml' }));
      const link = el('a', { href: url, download: `${name}.svg` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }),
  );
  showTable(
    ui,
    `Membership periods of ${answer.name}`,
    name,
    [`${answer.rows}_id`, `${answer.rows}_name`, 'role', 'from', 'until'],
    answer.periods.map((period) => [period.rowId, period.rowName, period.role, period.from, period.until]),
    { 0: (id) => formatHash({ view: 'timeline', id }) },
  );
}
