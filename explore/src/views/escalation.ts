import { query } from '../api';
import { drawGraph, downloadPng } from '../graph';
import type { ViewContext } from '../main';
import { EscalationQuery } from '../queries';
import { button, clearResults, setStatus, showTable } from '../ui';
import { formatHash } from '../view-state';

export const ESCALATION_CSV_HEADER = [
  'round',
  'state_id',
  'state_name',
  'side',
  'for_id',
  'against_id',
  'obligation',
  'conditional',
  'via',
];

/**
 * If `attacker` attacked `target` that day, who would be obliged to come in, round by round: the
 * target in the middle, each round a ring further out, each state linked to the one it stands by.
 */
export async function showEscalation(context: ViewContext, target: string, attacker: string, asOf: string): Promise<void> {
  const { ui } = context;
  setStatus(ui, `Following the commitments if ${attacker} attacked ${target} on ${asOf}…`, 'loading');
  const { escalation } = await query(EscalationQuery, { attacker, target, asOf });
  if (!context.isCurrent()) return;
  clearResults(ui);
  const rounds = Math.max(0, ...escalation.entries.map((entry) => entry.round));
  setStatus(
    ui,
    `${escalation.entries.length} states drawn in or held out over ${rounds} rounds if ${attacker} attacked ${target} on ${asOf}` +
      (escalation.incomplete ? ' (more rounds would find more)' : ''),
  );
  // The API's own ids for the two (round 1 defenders stand by the target against the attacker).
  const first = escalation.entries.find((entry) => entry.side === 'DEFENDER');
  const centre = first?.for.id ?? target;
  const attackerId = first?.against?.id ?? attacker;
  const seen = new Set([centre, attackerId]);
  const entries = escalation.entries.filter((entry) => !seen.has(entry.state.id) && seen.add(entry.state.id));
  ui.graph.hidden = false;
  const cy = drawGraph(
    ui.graph,
    [
      { id: centre, name: centre, kind: 'State', centre: true, ring: 10 },
      { id: attackerId, name: `${attackerId} (attacker)`, kind: 'Conflict', ring: 10 - 1 },
      ...entries.map((entry) => ({ id: entry.state.id, name: entry.state.name, kind: 'State', ring: 10 - 1 - entry.round })),
    ],
    escalation.entries
      .filter((entry) => entry.for.id !== entry.state.id)
      .map((entry) => ({
        source: entry.state.id,
        target: entry.for.id,
        label: `${entry.round}: ${entry.side.toLowerCase()}`,
        dashed: entry.conditional || entry.side === 'NEUTRAL',
      })),
    { layout: 'concentric', onSelect: (node) => node.kind === 'State' && context.navigate({ view: 'ego', id: node.id, asOf }) },
  );
  const name = `escalation-${attacker}-${target}-${asOf}`;
  ui.actions.replaceChildren(button('Download PNG', () => downloadPng(cy, name)));
  showTable(
    ui,
    `Rounds if ${attacker} attacked ${target} on ${asOf}`,
    name,
    ESCALATION_CSV_HEADER,
    escalation.entries.map((entry) => [
      entry.round,
      entry.state.id,
      entry.state.name,
      entry.side,
      entry.for.id,
      entry.against?.id,
      entry.obligation,
      entry.conditional,
      entry.routes.map((route) => route.via.name).join('; '),
    ]),
    { 1: (id) => formatHash({ view: 'defenders', id, asOf }) },
  );
}
