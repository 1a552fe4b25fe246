import { createHash } from 'node:crypto';

/**
 * GET /docs: a self-contained, browsable view of /openapi.json (no CDN, no bundle: a few lines of
 * script render the document that the same function serves).
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Refusal Guard API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}code,pre{font:13px ui-monospace,monospace}
details{border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0;padding:.5rem .75rem}
summary{cursor:pointer}.m{display:inline-block;min-width:3.5rem;font-weight:700;text-transform:uppercase}
.get{color:#0969da}.post{color:#1a7f37}pre{background:#f6f8fa;padding:.75rem;overflow:auto;max-height:28rem}
</style></head>
<body><h1>Refusal Guard API</h1><p id="desc">Loading <a href="/openapi.json">/openapi.json</a>…</p><div id="routes"></div>
<script>
fetch('/openapi.json').then(r=>r.json()).then(doc=>{
  document.getElementById('desc').textContent=doc.info.description+' Version '+doc.info.version+'.';
  const root=document.getElementById('routes');
  for(const [path,ops] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(ops)){
    const d=document.createElement('details');const s=document.createElement('summary');
    s.innerHTML='<span class="m '+method+'"></span> <code></code> — <span></span>';
    s.children[0].textContent=method;s.children[1].textContent=path;s.children[2].textContent=op.summary;
    d.appendChild(s);const pre=document.createElement('pre');pre.textContent=JSON.stringify(op,null,2);d.appendChild(pre);root.appendChild(d);
  }
}).catch(e=>{document.getElementById('desc').textContent='Could not load /openapi.json: '+e});
</script></body></html>`;

const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(DOCS_HTML)?.[1] ?? '';

/**
 * The docs page's own policy: its one inline script (by hash), its fetch of /openapi.json, inline
 * styles; nothing else, never framed.
 */
export const DOCS_CSP = `default-src 'none'; script-src 'sha256-${createHash('sha256').update(inlineScript, 'utf8').digest('base64')}'; connect-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
