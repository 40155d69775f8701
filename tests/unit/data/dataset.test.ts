import { emptyDataset, undatedStarts } from '../../../src/data/dataset';
import { validateCuratedData } from '../../../src/data/validate';

describe('relationships without a start date', () => {
  it('are counted by type, with current memberships apart, and located for the curator', () => {
    const dataset = emptyDataset();
    const origin = { file: 'alliances/x.yaml', path: ['members', 0] };
    dataset.relationships.MEMBER_OF.push(
      { id: 'm1', start: 'AAA', end: 'x', props: {}, origin },
      { id: 'm2', start: 'BBB', end: 'x', props: { until: '2000-01-01' } },
      { id: 'm3', start: 'CCC', end: 'x', props: { from: '1990-01-01' } },
    );
    dataset.relationships.PARTY_TO.push({ id: 'p1', start: 'AAA', end: 't', props: { from: null } });
    // A link that is not time-bounded has no start to miss.
    dataset.relationships.ESTABLISHES.push({ id: 'e1', start: 't', end: 'x', props: {} });
    expect(undatedStarts(dataset)).toEqual({
      total: 3,
      byType: { MEMBER_OF: 2, PARTY_TO: 1 },
      currentMemberships: 1,
      places: ['alliances/x.yaml members.0', 'MEMBER_OF BBB → x', 'PARTY_TO AAA → t'],
    });
  });

  it('are none among the current memberships of the curated data', () => {
    expect(undatedStarts(validateCuratedData()).currentMemberships).toBe(0);
  });
});
