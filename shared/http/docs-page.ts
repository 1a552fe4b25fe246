/**
 * GET /docs and GET /: the API reference and the landing page, rendered on the server from the
 * OpenAPI document (no script, no CDN, no bundle): every operation with its parameters, every request
 * and response field with its type and description, and the worked examples.
 */

type Json = Record<string, unknown>;

function esc(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Inline `code` spans of a description, escaped. */
function prose(text: unknown): string {
  return esc(text ?? '').replace(/`([^`]+)`/g, '<code>$1</code>');
}

const CSS = `
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#1b1f24;background:#fff}
header{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:.7rem 1rem}
header nav{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;max-width:1100px;margin:0 auto;align-items:center}
header .brand{font-weight:700;margin-right:auto}
main{max-width:1100px;margin:0 auto;padding:1rem}
a{color:#0b5cad}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.6rem 0 .3rem;overflow-wrap:anywhere}h4{font-size:.95rem;margin:1rem 0 .3rem}
code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code{overflow-wrap:anywhere}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;overflow:auto;max-height:32rem;white-space:pre-wrap;word-break:break-word}
.m{display:inline-block;min-width:3.3rem;font-weight:700;font-size:.85rem;padding:.05rem .4rem;border-radius:4px;color:#fff;text-align:center}
.m.get{background:#0969da}.m.post{background:#1a7f37}
.auth{font-size:.8rem;border:1px solid #d0d7de;border-radius:1rem;padding:0 .5rem;color:#57606a;white-space:nowrap}
.op{border:1px solid #d0d7de;border-radius:8px;padding:.2rem 1rem .8rem;margin:1rem 0}
.muted{color:#57606a}
table{border-collapse:collapse;width:100%;margin:.3rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eaeef2}
th{background:#f6f8fa;font-weight:600}
td.f{white-space:nowrap}td.f code{white-space:normal}
.req{color:#b42318;font-size:.8rem}
.enum code{background:#f6f8fa;border-radius:3px;padding:0 .2rem;margin-right:.15rem;display:inline-block}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.toc{columns:2 22rem;margin:.5rem 0}.toc li{margin:.15rem 0;break-inside:avoid}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;margin:1rem 0}
.card{border:1px solid #d0d7de;border-radius:8px;padding:1rem}.card h2{border:0;margin:0 0 .3rem;font-size:1.1rem}
@media (max-width:700px){
  main{padding:.6rem}
  table.fields thead{display:none}
  table.fields,table.fields tbody,table.fields tr,table.fields td{display:block;width:100%}
  table.fields tr{border-bottom:1px solid #d0d7de;padding:.3rem 0}
  table.fields td{border:0;padding:.1rem 0}
  td.f{white-space:normal}
}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><header><nav><span class="brand">Refusal Guard</span><a href="/">Home</a><a href="/docs">API reference</a><a href="/openapi.json">OpenAPI (JSON)</a><a href="/rules">Rulebook</a><a href="/console">Review console</a></nav></header>
<main>${body}</main></body></html>`;
}

interface Field {
  path: string;
  type: string;
  required: boolean;
  description: string;
  values?: string[];
}

function typeOf(schema: Json): string {
  if (schema.const !== undefined) return `"${String(schema.const)}"`;
  if (Array.isArray(schema.enum)) return 'enum';
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type === 'array') return `array of ${typeOf((schema.items ?? {}) as Json)}`;
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) return union.map(typeOf).join(' | ');
  if (typeof schema.type === 'string') {
    const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
    return `${schema.type}${format}`;
  }
  return 'any';
}

/** Every field of a JSON schema, as dotted paths (`order.orderId`, `refusal.evidence[].ref`). */
export function flattenFields(schema: Json, prefix = '', required = true, out: Field[] = []): Field[] {
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) {
    const variants = union.filter((v) => v.type !== 'null');
    const nullable = variants.length < union.length;
    if (variants.length === 1) {
      const only = variants[0] as Json;
      return flattenFields(
        { ...only, description: schema.description ?? only.description, ...(nullable ? { nullable: true } : {}) },
        prefix,
        required,
        out,
      );
    }
    if (prefix && !prefix.endsWith('[]'))
      out.push({ path: prefix, type: typeOf(schema), required, description: String(schema.description ?? '') });
    const seen = new Set(out.map((f) => f.path));
    for (const variant of variants)
      for (const field of flattenFields(variant, prefix, required, []))
        if (!seen.has(field.path)) {
          seen.add(field.path);
          out.push(field);
        }
    return out;
  }
  if (schema.type === 'object' && schema.properties) {
    if (prefix && !prefix.endsWith('[]'))
      out.push({ path: prefix, type: 'object', required, description: String(schema.description ?? '') });
    const needed = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries(schema.properties as Record<string, Json>))
      flattenFields(child, prefix ? `${prefix}.${name}` : name, needed.has(name), out);
    return out;
  }
  if (schema.type === 'array' && schema.items && (schema.items as Json).type === 'object') {
    out.push({ path: prefix, type: 'array', required, description: String(schema.description ?? '') });
    return flattenFields(schema.items as Json, `${prefix}[]`, true, out);
  }
  const type = typeOf(schema) + (schema.nullable ? ' | null' : '');
  out.push({
    path: prefix || '(body)',
    type,
    required,
    description: String(schema.description ?? ''),
    ...(Array.isArray(schema.enum) ? { values: (schema.enum as unknown[]).map(String) } : {}),
  });
  return out;
}

function fieldsTable(fields: Field[], requiredColumn: boolean): string {
  if (fields.length === 0) return '';
  const rows = fields
    .map(
      (f) =>
        `<tr><td class="f"><code>${esc(f.path)}</code>${requiredColumn && f.required ? ' <span class="req">required</span>' : ''}</td><td><code>${esc(f.type)}</code></td><td>${prose(f.description)}${f.values ? `<div class="enum">${f.values.map((v) => `<code>${esc(v)}</code>`).join(' ')}</div>` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="fields"><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const AUTH_LABEL: Record<string, string> = {
  shop: 'shop key',
  staff: 'staff key',
  shop_or_staff: 'shop or staff key',
  webhook: 'Standard Webhooks signature',
  none: 'no key',
};

function examples(named: unknown): string {
  if (!named || typeof named !== 'object') return '';
  return Object.values(named as Record<string, { summary: string; value: unknown }>)
    .map(
      (example) =>
        `<details><summary>Example — ${esc(example.summary)}</summary><pre>${esc(JSON.stringify(example.value, null, 2))}</pre></details>`,
    )
    .join('');
}

function operationHtml(method: string, path: string, op: Json): string {
  const parameters = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const bodyJson = body?.['application/json'];
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const auth = String(op['x-auth'] ?? 'none');
  const params = parameters.length
    ? `<h4>Parameters</h4>${fieldsTable(
        parameters.map((p) => ({
          path: `${String(p.name)} (${String(p.in)})`,
          type: typeOf((p.schema ?? {}) as Json),
          required: Boolean(p.required),
          description: String(p.description ?? ''),
          ...(Array.isArray((p.schema as Json | undefined)?.enum)
            ? { values: ((p.schema as Json).enum as unknown[]).map(String) }
            : {}),
        })),
        true,
      )}`
    : '';
  const request = bodyJson
    ? `<h4>Request body</h4>${fieldsTable(flattenFields(bodyJson.schema as Json), true)}${examples(bodyJson.examples)}`
    : '';
  const answers = Object.entries(responses)
    .map(([status, response]) => {
      const json = (response.content as Record<string, Json> | undefined)?.['application/json'];
      const ok = status.startsWith('2');
      const fields = json && ok ? flattenFields(json.schema as Json) : [];
      return `<li><strong>${esc(status)}</strong> — ${prose(response.description)}${
        fields.length
          ? `<details><summary>Response fields (${fields.length})</summary>${fieldsTable(fields, false)}</details>`
          : ''
      }${json ? examples(json.examples) : ''}</li>`;
    })
    .join('');
  return `<section class="op" id="${esc(op.operationId)}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> <span class="auth">${esc(AUTH_LABEL[auth] ?? auth)}</span></h3>
<p>${prose(op.summary)}</p>${op.description ? `<p class="muted">${prose(op.description)}</p>` : ''}
${params}${request}<h4>Responses</h4><ul>${answers}</ul></section>`;
}

/** The API reference page for an OpenAPI document. */
export function renderDocs(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const order = ['checks', 'reviews', 'reports', 'order events', 'operations'];
  const tags = [...new Set(ops.map(({ op }) => String((op.tags as string[] | undefined)?.[0] ?? 'other')))].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
  );
  const toc = tags
    .map(
      (tag) =>
        `<li><strong>${esc(tag)}</strong><ul>${ops
          .filter(({ op }) => (op.tags as string[] | undefined)?.[0] === tag)
          .map(
            ({ path, method, op }) =>
              `<li><a href="#${esc(op.operationId)}"><code>${esc(method.toUpperCase())} ${esc(path)}</code></a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const sections = tags
    .map(
      (tag) =>
        `<h2 id="tag-${esc(tag.replaceAll(' ', '-'))}">${esc(tag)}</h2>${ops
          .filter(({ op }) => (op.tags as string[] | undefined)?.[0] === tag)
          .map(({ path, method, op }) => operationHtml(method, path, op))
          .join('')}`,
    )
    .join('');
  return page(
    `${String(info.title)} — reference`,
    `<h1>${esc(info.title)} <span class="muted" style="font-size:1rem">v${esc(info.version)}</span></h1>
<p>${prose(info.description)}</p>
<p class="muted">Authenticate with <code>Authorization: Bearer &lt;key&gt;</code> (a shop key or a compliance-staff key) on every <code>/v1</code> route except the webhook. Errors: <code>400 {"error":"invalid_request","issues":[{"path","message"}]}</code>. Times are ISO-8601 with an offset; the legal calendar is China Standard Time. Money is integer fen. The machine-readable document is <a href="/openapi.json">/openapi.json</a>.</p>
<nav aria-label="Operations"><ul class="toc">${toc}</ul></nav>${sections}`,
  );
}

/** GET /: what this service is and where to go. */
export function renderLanding(): string {
  return page(
    'Refusal Guard',
    `<h1>Refusal Guard <span class="muted" style="font-size:1rem">退货拒绝合规校验</span></h1>
<p>Checks an online shop’s proposed refusal of a consumer’s return against PRC consumer law before the shop refuses, answers <strong>ALLOW</strong>, <strong>BLOCK</strong> or <strong>REVIEW</strong>, and stores every decision as evidence.</p>
<p lang="zh-CN">在店铺拒绝消费者退货之前，依据中国消费者权益保护相关法律校验该拒绝是否合法，给出“允许”“阻止”或“人工审查”的结论，并将每一项决定作为证据保存。</p>
<div class="cards">
<div class="card"><h2><a href="/docs">API reference</a></h2><p>Every route, field and error, with an example for each verdict. 接口文档。</p></div>
<div class="card"><h2><a href="/openapi.json">OpenAPI document</a></h2><p>OpenAPI 3.1 (JSON) for client generators. 机器可读的接口描述。</p></div>
<div class="card"><h2><a href="/rules">Rulebook</a></h2><p>The published rules of each ruleset, with the statutes they cite. 规则手册与法律条文。</p></div>
<div class="card"><h2><a href="/console">Review console</a></h2><p>For compliance staff: the review queue, decisions and reports (sign in with a staff key). 合规审查台。</p></div>
</div>
<p class="muted"><a href="/healthz">/healthz</a></p>`,
  );
}
