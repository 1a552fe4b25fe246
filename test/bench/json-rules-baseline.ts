import { Engine } from 'json-rules-engine';

/**
 * The baseline for the engine benchmark: the seven-day window and the statutory exclusions
 * (CRPL 25 ¶1) written for json-rules-engine, the popular Node rules engine, the way its
 * documentation shows. Facts are precomputed (day numbers) to give it every advantage.
 */
export function createJsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    name: 'window-expired-by-fact',
    priority: 9,
    conditions: { all: [{ fact: 'daysLate', operator: 'greaterThan', value: 0 }] },
    event: { type: 'ALLOW', params: { rule: 'cn.crpl.art25.para1', reason: 'return_window_expired' } },
  });
  for (const [fact, reason, item] of [
    ['customMade', 'custom_made', 1],
    ['perishable', 'perishable', 2],
    ['digitalOpened', 'digital_downloaded_or_unsealed', 3],
    ['periodical', 'newspaper_periodical', 4],
  ] as const) {
    engine.addRule({
      name: `exclusion-${reason}`,
      priority: 5,
      conditions: {
        all: [
          { fact: 'reason', operator: 'equal', value: reason },
          { fact, operator: 'equal', value: true },
          { fact: 'daysLate', operator: 'lessThanInclusive', value: 0 },
        ],
      },
      event: { type: 'ALLOW', params: { rule: `cn.crpl.art25.para1.item${item}`, reason } },
    });
  }
  engine.addRule({
    name: 'otherwise-block',
    priority: 1,
    conditions: { all: [{ fact: 'daysLate', operator: 'lessThanInclusive', value: 0 }] },
    event: { type: 'BLOCK', params: { rule: 'cn.crpl.art25.para1' } },
  });
  return engine;
}

export interface BaselineFacts {
  kind: string;
  reason: string;
  daysLate: number;
  customMade: boolean;
  perishable: boolean;
  digitalOpened: boolean;
  periodical: boolean;
}
