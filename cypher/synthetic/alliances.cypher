// Synthetic military alliances $start…$end with a defence obligation.
UNWIND range($start, $end) AS i
CREATE (:Entity:Alliance {id: 'syn-alliance-' + i, name: 'Synthetic alliance ' + i, aliases: [], kind: 'MILITARY_ALLIANCE', version: 1,
        obligationTypes: ['DEFENSE'], sourceIds: ['synthetic']})
