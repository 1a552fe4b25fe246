import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { digest, R2, SNAPSHOT_PATH, snapshotCases } from './snapshot.js';

describe('Ruleset cn-2024-07-01.r2 is frozen', () => {
  it('answers every snapshot request byte for byte as when it was pinned (findings, messages, summary)', () => {
    // Prepare
    const want = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Record<string, string>;
    const cases = snapshotCases();
    expect(cases.map((c) => c.name)).toEqual(Object.keys(want));
    // Act
    const changed = cases.filter(
      (c) => digest(evaluate(c.request, { recordedDeliveredAt: c.recordedDeliveredAt ?? null }, R2)) !== want[c.name],
    );
    // Assess
    expect(changed.map((c) => c.name)).toEqual([]);
  });

  it('the snapshot covers every verdict and summaries in both languages', () => {
    // Prepare
    const decisions = snapshotCases().map((c) =>
      evaluate(c.request, { recordedDeliveredAt: c.recordedDeliveredAt ?? null }, R2),
    );
    // Act
    const verdicts = new Set(decisions.map((d) => d.verdict));
    const withSummary = decisions.filter((d) => d.summary?.consumer.zh && d.summary.shop.en);
    // Assess
    expect([...verdicts].sort()).toEqual(['ALLOW', 'BLOCK', 'REVIEW']);
    expect(withSummary.length).toBe(decisions.length);
  });
});
