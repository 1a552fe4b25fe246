/**
 * A yes-or-no question answered "no" ("特价商品能退吗？不能。", "Can I return opened items? No."): read as the statement
 * the answer makes ("特价商品不能退", "opened items cannot be returned"), so the rules judge what it refuses.
 */

/** An answer that says no, and whatever it adds after ("不能。", "否，…", "No, …", "Sorry, no."). */
const SAYS_NO =
  /^\s*(?:(?:a\d*|答)\s*:\s*)?(?:(?:很)?抱歉\s*[,，]?\s*|sorry\s*,?\s*|unfortunately\s*,?\s*)?(?:不(?:能|可以|可|行|支持|接受|提供|予|退|包退)?|否|不是|no|nope|not possible)(?:哦|呢|哈|啦|呀|噢|的|~)*(?=\s*(?:[,.;!。]|$))[,.;!。\s]*/i;

/** A Chinese question's ask and the verb it asks about ("是否支持", "能否", "可以…吗"). */
const ASKED_WORD_ZH = /是否|能否|可否/;
const ASKED_VERB_ZH = /(?:还)?(可以|能|可|支持|享受|接受|包|适用)(?=[^?]{0,20}(?:退|换|无理由))/;

/** English yes-or-no questions about a return, and the statement a "no" makes of them. */
const ASKED_EN: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^(?:can|may|could) (?:i|we|you|customers?|buyers?) (?:still )?(return|exchange|refund|send back) (.+)$/,
    (m) => `${m[2]} cannot be ${m[1] === 'send back' ? 'returned' : `${m[1]}ed`.replace(/eed$/, 'ed')}`,
  ],
  [/^(?:can|may|could|will) (.+?) be (returned|refunded|exchanged)$/, (m) => `${m[1]} cannot be ${m[2]}`],
  [
    /^(?:is|are) (.+?) (returnable|refundable|exchangeable|eligible for (?:a |an )?(?:return|refund|exchange))$/,
    (m) => `${m[1]} are not ${m[2]}`,
  ],
  [/^do you (accept|offer|take|give) (returns?|refunds?|exchanges?)(.*)$/, (m) => `we do not ${m[1]} ${m[2]}${m[3]}`],
];

/** The statement a "no" makes of a yes-or-no question, with what the answer adds; undefined when it is no such pair. */
export function answeredNo(question: string, answer: string): string | undefined {
  const no = SAYS_NO.exec(answer);
  if (!no) return undefined;
  const added = answer.slice(no[0].length).trim();
  const asked = question
    .replace(/^\s*(?:(?:q\d*|问)\s*:\s*)/i, '')
    .replace(/\s*\?\s*$/, '')
    .trim();
  // "是否所有商品都支持7天无理由退货？否，特价商品不支持": a no to "all" says only what the answer adds, which takes the
  // question's object when it has none of its own.
  const object = /(?:可以|能|可|支持|享受|接受|适用)((?:七|7)\s*(?:天|日)[^?]*|[^?]*(?:退|换)[^?]*)$/.exec(asked)?.[1];
  const elliptic =
    /(?:不支持|不参与|不适用|不享受|不可以|不能|不行|除外)\s*[。.!]?$/.test(added) && object !== undefined;
  if (/所有|全部|任何|都|均|\b(?:all|every|any)\b/.test(asked) && added)
    return elliptic ? `${added.replace(/\s*[。.!]$/, '')}${object}` : undefined;
  let statement: string | undefined;
  if (ASKED_WORD_ZH.test(asked))
    statement = asked.replace(ASKED_WORD_ZH, (word) => (word === '是否' ? '不' : word === '能否' ? '不能' : '不可'));
  else if (/(?:吗|么|呢)$/.test(asked) && ASKED_VERB_ZH.test(asked))
    statement = asked.replace(/(?:吗|么|呢)$/, '').replace(ASKED_VERB_ZH, (_all, verb: string) => `不${verb}`);
  else
    for (const [pattern, say] of ASKED_EN) {
      const m = pattern.exec(asked);
      if (m) {
        statement = say(m);
        break;
      }
    }
  if (statement === undefined) return undefined;
  return added ? `${statement}, ${added}` : statement;
}
