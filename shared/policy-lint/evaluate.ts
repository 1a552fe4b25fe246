import type { Citation, Message } from '#schemas/check.js';
import type { LintedClause, PolicyIssue, PolicyLintResponse, PolicyTerms } from '#schemas/policy-lint.js';
import { normaliseClause } from './normalise.js';
import { readDurations } from './numbers.js';
import { type Clause, splitClauses } from './split.js';
import type { ClauseReading, PolicyContext, PolicyPack, RuleFinding } from './types.js';

function citationKey(citation: Citation): string {
  return `${citation.instrument}:${citation.article}:${citation.paragraph ?? ''}:${citation.item ?? ''}`;
}

function joinMessages(messages: readonly Message[]): Message {
  const zh = [...new Set(messages.map((m) => m.zh))];
  const en = [...new Set(messages.map((m) => m.en))];
  return { zh: zh.join(''), en: en.join(' ') };
}

/** Which clauses read under which lead-in: list items (and the first line) after a clause ending in ':'. */
function leadIns(clauses: readonly Clause[]): (Clause | undefined)[] {
  const leads: (Clause | undefined)[] = [];
  let lead: Clause | undefined;
  let sinceLead = 0;
  for (const clause of clauses) {
    if (lead && (clause.listItem || sinceLead === 0) && !clause.leadIn) {
      leads.push(lead);
      sinceLead++;
      continue;
    }
    leads.push(undefined);
    lead = clause.leadIn ? clause : undefined;
    sinceLead = 0;
  }
  return leads;
}

/**
 * Lints a policy: splits it into clauses, reads each (with its list lead-in), runs the pack's clause
 * rules, and answers each clause `void` (with issues, citations, message and suggestion), `review`
 * or `lawful`. Pure and deterministic.
 *
 * @example lintPolicy('本店保留最终解释权。', {}, CN_POLICY_PACK).clauses[0].issues // ['final_interpretation_right']
 */
export function lintPolicy(text: string, terms: PolicyTerms | undefined, pack: PolicyPack): PolicyLintResponse {
  const clauses = splitClauses(text);
  const owns = clauses.map((clause) => normaliseClause(clause.text));
  const leads = leadIns(clauses);
  const promised = Math.max(terms?.returnWindowDays ?? 0, ...owns.map((own) => pack.promisedDays(own)));
  const context: PolicyContext = {
    promisedDays: promised > 7 ? promised : 0,
    coversExcludedGoods: terms?.coversExcludedGoods ?? false,
  };
  const followedByItems = new Set(leads.filter((lead): lead is Clause => lead !== undefined));
  return {
    rulesetVersion: pack.rulesetVersion,
    clauses: clauses.map((clause, index) => {
      const own = owns[index] as string;
      const leadClause = leads[index];
      const lead = leadClause ? (owns[clauses.indexOf(leadClause)] as string) : '';
      const reading: ClauseReading = {
        text: lead + own,
        own,
        lead,
        line: lead + normaliseClause(lineOf(text, clause)),
        durations: readDurations(lead + own),
        terms: context,
      };
      // A lead-in with items below it says nothing by itself: its items are judged with it.
      if (followedByItems.has(clause)) return lawful(clause, pack, 'lead');
      return judgeClause(clause, reading, pack);
    }),
  };
}

/** The text of the line a clause stands in (a clause may share its line with others). */
function lineOf(text: string, clause: Clause): string {
  const from = Math.max(text.lastIndexOf('\n', clause.start - 1), text.lastIndexOf('\r', clause.start - 1)) + 1;
  const next = text.slice(clause.end).search(/[\r\n]/);
  return text.slice(from, next < 0 ? text.length : clause.end + next);
}

function lawful(clause: Clause, pack: PolicyPack, why?: 'lead'): LintedClause {
  return {
    text: clause.text,
    start: clause.start,
    end: clause.end,
    verdict: 'lawful',
    issues: [],
    citations: [],
    message:
      why === 'lead'
        ? { zh: '引导下列各项，各项分别审查。', en: 'Introduces the items below; each item is judged on its own.' }
        : pack.lawfulMessage,
    suggestion: { zh: clause.text, en: clause.text },
  };
}

function judgeClause(clause: Clause, reading: ClauseReading, pack: PolicyPack): LintedClause {
  const found: { issue: PolicyIssue; citations: readonly Citation[]; finding: RuleFinding }[] = [];
  for (const rule of pack.rules) {
    const finding = rule.judge(reading);
    if (finding) found.push({ issue: rule.issue, citations: rule.citations, finding });
  }
  if (found.length === 0) return lawful(clause, pack);
  const scope = pack.scopes.find((s) => s.applies(reading));
  const anyVoid = found.some((f) => f.finding.verdict === 'void');
  const verdict: LintedClause['verdict'] = anyVoid && !scope ? 'void' : 'review';
  // A void clause names its void parts; a review names every doubt.
  const relevant = verdict === 'void' ? found.filter((f) => f.finding.verdict === 'void') : found;
  const citations = new Map<string, Citation>();
  for (const citation of [...relevant.flatMap((f) => f.citations), ...(scope?.citations ?? [])])
    citations.set(citationKey(citation), citation);
  const messages = relevant.map((f) => f.finding.message);
  return {
    text: clause.text,
    start: clause.start,
    end: clause.end,
    verdict,
    issues: [...new Set(relevant.map((f) => f.issue))],
    citations: [...citations.values()],
    message: joinMessages(scope ? [scope.message, ...messages] : messages),
    suggestion: joinMessages(relevant.map((f) => f.finding.suggestion)),
  };
}

/**
 * The policy with every void clause replaced by its suggestion (in one language), everything else
 * (list markers, line breaks, lawful clauses) kept as sent.
 *
 * @example correctedPolicy(text, lintPolicy(text, {}, pack), 'zh')
 */
export function correctedPolicy(text: string, result: PolicyLintResponse, lang: 'zh' | 'en'): string {
  let out = '';
  let at = 0;
  for (const clause of result.clauses) {
    if (clause.verdict !== 'void') continue;
    out += text.slice(at, clause.start) + clause.suggestion[lang];
    at = clause.end;
  }
  return out + text.slice(at);
}
