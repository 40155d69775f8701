import type { Database } from '../db/database';
import type { IsoDate } from '../dates';
import type { AnyEntity } from '../entity/any';
import type { ObligationType } from '../shared/obligations';
import type { CommitmentRecord } from './records';
import { commitments, groupByState } from './repository';

export type EscalationSide = 'ATTACKER' | 'DEFENDER' | 'NEUTRAL';

/** One state drawn in (or held out) in one round, and the commitments that oblige it. */
export interface EscalationEntryRecord {
  round: number;
  state: AnyEntity;
  side: EscalationSide;
  /** The state it is bound to stand by (DEFENSE, OFFENSE) or to stay out of the war of (NEUTRALITY). */
  forId: string;
  /** The state it comes in against; null for NEUTRAL. */
  againstId: string | null;
  obligation: ObligationType;
  conditional: boolean;
  routes: CommitmentRecord[];
}

export interface EscalationRecord {
  asOf: IsoDate;
  rounds: number;
  entries: EscalationEntryRecord[];
  /** The last round still drew states in: more rounds would find more. */
  incomplete: boolean;
}

/** A war between two states: the aggressor side's member and the one it fights. */
interface Front {
  aggressor: string;
  victim: string;
}

/**
 * Who is obliged to come in, round by round, if `attacker` attacks `target` on `asOf`, by the
 * commitments recorded in force that day:
 * - each attacked state's defenders (DEFENSE) join its side, against its attacker;
 * - each attacking state's allies bound to join its wars (OFFENSE) join its side, against its victim;
 * - states bound to neutrality towards either (NEUTRALITY) are listed as held out;
 * every state that comes in opens a new front against the state it came in against, and the next
 * round asks the same of it. A state enters once, in the first round that obliges it (a state bound
 * to both sides goes with the first obligation found, defence before offence); one held out by a
 * neutrality clause may still be obliged in a later round (Austria-Hungary in 1914: neutral towards
 * Germany's attack on France, bound to defend Germany once Russia attacks it).
 * Conditions (casus foederis, "if attacked by a third power") are not judged: each route says
 * whether it is conditional. Bounded by `rounds`; every round is three statements at most.
 */
export async function escalation(
  db: Database,
  attacker: string,
  target: string,
  asOf: IsoDate,
  rounds: number,
): Promise<EscalationRecord> {
  const sides = new Map<string, 'ATTACKER' | 'DEFENDER'>([
    [attacker, 'ATTACKER'],
    [target, 'DEFENDER'],
  ]);
  const heldOut = new Set<string>();
  const entries: EscalationEntryRecord[] = [];
  let fronts: Front[] = [{ aggressor: attacker, victim: target }];
  let incomplete = false;

  for (let round = 1; round <= rounds && fronts.length > 0; round += 1) {
    const victims = [...new Set(fronts.map((f) => f.victim))];
    const aggressors = [...new Set(fronts.map((f) => f.aggressor))];
    const involved = [...new Set([...victims, ...aggressors])];
    const [defence, offence, neutrality] = await Promise.all([
      commitments(db, victims, 'DEFENSE', asOf),
      commitments(db, aggressors, 'OFFENSE', asOf),
      commitments(db, involved, 'NEUTRALITY', asOf),
    ]);
    const next: Front[] = [];
    const enter = (front: Front, bound: 'victim' | 'aggressor', routes: CommitmentRecord[], obligation: ObligationType) => {
      const forId = front[bound];
      const againstId = bound === 'victim' ? front.aggressor : front.victim;
      for (const entrant of groupByState(routes)) {
        const id = entrant.state.id;
        if (sides.has(id)) continue;
        const side = sides.get(forId) as 'ATTACKER' | 'DEFENDER';
        sides.set(id, side);
        entries.push({
          round,
          state: entrant.state,
          side,
          forId,
          againstId,
          obligation,
          conditional: entrant.conditional,
          routes: entrant.routes,
        });
        // It now makes war on the one it came in against: next round asks that state's defenders,
        // and the entrant's own allies bound to join its wars.
        next.push({ aggressor: id, victim: againstId });
      }
    };
    for (const front of fronts) enter(front, 'victim', defence.get(front.victim) ?? [], 'DEFENSE');
    for (const front of fronts) enter(front, 'aggressor', offence.get(front.aggressor) ?? [], 'OFFENSE');
    for (const id of involved) {
      for (const held of groupByState(neutrality.get(id) ?? [])) {
        // Held out is listed once, and does not keep a state out of a later round that obliges it.
        if (sides.has(held.state.id) || heldOut.has(held.state.id)) continue;
        heldOut.add(held.state.id);
        entries.push({
          round,
          state: held.state,
          side: 'NEUTRAL',
          forId: id,
          againstId: null,
          obligation: 'NEUTRALITY',
          conditional: held.conditional,
          routes: held.routes,
        });
      }
    }
    fronts = dedupe(next);
    incomplete = round === rounds && fronts.length > 0 && entries.some((e) => e.round === round && e.side !== 'NEUTRAL');
  }
  return { asOf, rounds, entries, incomplete };
}

function dedupe(fronts: Front[]): Front[] {
  const seen = new Set<string>();
  return fronts.filter((f) => {
    const key = `${f.aggressor}>${f.victim}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
