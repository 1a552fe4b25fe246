import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { digest, SNAPSHOT_PATH, snapshotCases } from './snapshot.js';

describe('Ruleset cn-2024-07-01 (r1) is frozen', () => {
  it('answers every snapshot request exactly as when it was released', () => {
    // Prepare
    const want = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Record<string, string>;
    const cases = snapshotCases();
    expect(cases.length).toBe(Object.keys(want).length);
    // Act
    const changed = cases.filter(
      (c) =>
        digest(evaluate(c.request, { recordedDeliveredAt: c.recordedDeliveredAt ?? null }, 'cn-2024-07-01')) !==
        want[c.name],
    );
    // Assess
    expect(changed.map((c) => c.name)).toEqual([]);
  });
});
