import { query } from '../api';
import type { ExploreAllianceTimelineQuery } from '../gql/graphql';
import type { ViewContext } from '../main';
import { AllianceTimelineQuery } from '../queries';
import { button, clearResults, el, setStatus, showTable, today } from '../ui';
import { formatHash, type ViewState } from '../view-state';
import { field, input, mountControls, named } from './controls';

type TimelineState = Extract<ViewState, { view: 'timeline' }>;
type Period = NonNullable<ExploreAllianceTimelineQuery['alliance']>['members']['edges'][number];

const ROLE_COLOURS: Record<string, string> = { MEMBER: '#2f6fb0', SUSPENDED: '#c23b3b', OBSERVER: '#9aa5b1', PARTNER: '#5a9e3a' };
const SVG = 'http://www.w3.org/2000/svg';
const ROW = 18;
const LABEL = 170;
const WIDTH = 900;

/** Every membership period, page by page (the UN has more than one page). */
async function allPeriods(id: string): Promise<{ name: string; periods: Period[] } | null> {
  const periods: Period[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { alliance } = await query(AllianceTimelineQuery, { id, after });
    if (!alliance) return null;
    periods.push(...alliance.members.edges);
    if (!alliance.members.pageInfo.hasNextPage) return { name: alliance.name, periods };
    after = alliance.members.pageInfo.endCursor;
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
  for (const period of periods) if (period.from) byState.set(period.state.id, [...(byState.get(period.state.id) ?? []), period]);
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
    root.append(svg('text', { x: LABEL - 6, y: y + 11, 'text-anchor': 'end', fill: '#222' }, statePeriods[0]?.state.name ?? ''));
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
      bar.append(svg('title', {}, `${period.state.name}: ${period.role} ${period.from} – ${period.until ?? 'today'}`));
      root.append(bar);
    }
  });
  return root;
}

/** An alliance's membership over its whole life: one bar per member, suspensions in red. */
export async function showTimeline(context: ViewContext, state: TimelineState): Promise<void> {
  const { ui } = context;
  mountControls(ui, 'timeline', (form) => {
    const go = (): void => context.navigate({ view: 'timeline', id: named(form, 'id').value.trim() });
    form.append(
      field('Alliance id', input('id', { required: true, placeholder: 'nato' })),
      button('Show', go, { type: 'submit' }),
    );
    form.onsubmit = (event) => {
      event.preventDefault();
      go();
    };
  });
  named(ui.controls, 'id').value = state.id;
  setStatus(ui, `Reading the membership of ${state.id}…`, 'loading');
  const answer = await allPeriods(state.id);
  if (!context.isCurrent()) return;
  clearResults(ui);
  if (!answer) {
    setStatus(ui, `No alliance has the id ${state.id}.`, 'error');
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
    ['state_id', 'state_name', 'role', 'from', 'until'],
    answer.periods.map((period) => [period.state.id, period.state.name, period.role, period.from, period.until]),
    { 0: (id) => formatHash({ view: 'ego', id, asOf: '' }) },
  );
}
