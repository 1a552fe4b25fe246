import type { Child } from 'hono/jsx';
import { type Lang, t } from './i18n.js';

/**
 * The console's one stylesheet, inline (no asset route, no bundle). Tables with `class="stack"`
 * become one card per row on narrow screens; every cell carries its column name in `data-label`.
 */
const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--accent:#0b5cad;--block:#b42318;--allow:#1a7f37;--review:#9a6700;--flag:#8250df}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:var(--fg);background:#fff}
header.top{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--bg)}
header.top .brand{font-weight:700;margin-right:auto}
header.top nav{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
header.top form{display:inline;margin:0}
main{max-width:1180px;margin:0 auto;padding:1rem}
a{color:var(--accent)}
h1{font-size:1.4rem;margin:.5rem 0 1rem;overflow-wrap:anywhere}h2{font-size:1.1rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
code,.mono{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--bg);font-weight:600;white-space:nowrap}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:1rem;font-size:.8rem;font-weight:700;border:1px solid currentColor;white-space:nowrap}
.v-BLOCK,.o-violated{color:var(--block)}.v-ALLOW,.o-supports_refusal,.o-satisfied{color:var(--allow)}
.v-REVIEW,.o-needs_review{color:var(--review)}.o-not_applicable{color:var(--muted)}.flagkind{color:var(--flag)}
.clock-late{color:var(--block);font-weight:600}.clock-soon{color:var(--review);font-weight:600}
.muted{color:var(--muted)}
.notice{padding:.6rem .8rem;border-radius:6px;margin:.75rem 0;border:1px solid}
.notice.ok{background:#dafbe1;border-color:#4ac26b}.notice.err{background:#ffebe9;border-color:#ff8182}.notice.warn{background:#fff8c5;border-color:#d4a72c}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.5rem 0 1rem}
label{display:flex;flex-direction:column;gap:.2rem;font-size:.9rem;color:var(--muted)}
input,select,textarea,button{font:inherit;padding:.4rem .55rem;border:1px solid var(--line);border-radius:6px;color:var(--fg);background:#fff}
textarea{width:100%;min-height:7rem}
button{cursor:pointer;background:var(--bg)}button.primary{background:var(--accent);color:#fff;border-color:var(--accent)}
button.danger{background:#fff;color:var(--block);border-color:var(--block)}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
dl.facts{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.finding{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;margin:.6rem 0}
.finding .head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid var(--line);background:var(--bg);white-space:pre-wrap}
.cite{margin:.5rem 0}
.card{border:1px solid var(--line);border-radius:8px;padding:.8rem;margin:1rem 0;background:#fff}
.pager{display:flex;gap:1rem;margin:.75rem 0}
.grid2{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}
.small{font-size:.82rem}
.rid{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);overflow-wrap:anywhere}
.rule .rid{display:block}
.pill{display:inline-block;margin-top:.2rem;font-size:.75rem;padding:0 .4rem;border-radius:1rem;background:#fff8c5;border:1px solid #d4a72c;color:#6b4d00}
form.filters label.wide{flex:1 1 16rem}form.filters label.wide input{width:100%}
form.filters select{max-width:16rem}
.button-link{display:inline-block;padding:.4rem .55rem}
td.sel,th.sel{width:2.5rem;text-align:center}td.sel input{width:1.1rem;height:1.1rem}
.just{white-space:pre-wrap;overflow-wrap:anywhere}
.decide{border-color:var(--accent);border-width:2px}
form.claim{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding-bottom:.5rem;border-bottom:1px solid var(--line)}
form.claim span{color:var(--muted)}
ol.timeline{list-style:none;padding:0;margin:.5rem 0;border-left:3px solid var(--line)}
ol.timeline li{padding:.25rem 0 .25rem .8rem;position:relative;overflow-wrap:anywhere}
ol.timeline li::before{content:'';position:absolute;left:-7px;top:.7rem;width:11px;height:11px;border-radius:50%;background:#fff;border:2px solid var(--muted)}
ol.timeline li.tl-check::before{border-color:var(--accent)}ol.timeline li.tl-flag::before{border-color:var(--flag)}
ol.timeline li.current{background:var(--bg)}ol.timeline time{font-variant-numeric:tabular-nums;color:var(--muted)}
ul.evidence{margin:0;padding-left:1.1rem}ul.evidence a{display:inline-flex;flex-direction:column;gap:.2rem}
img.thumb{max-width:9rem;max-height:9rem;border:1px solid var(--line);border-radius:4px;object-fit:cover}
details.cite{margin:.35rem 0}details.cite summary{cursor:pointer;color:var(--accent)}
details.other-lang summary{cursor:pointer}
.finding .rule .rid{display:inline;margin-left:.3rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem;margin:.75rem 0}
.tile{border:1px solid var(--line);border-radius:8px;padding:.5rem .7rem;color:var(--muted);font-size:.88rem}
.tile b{display:block;font-size:1.5rem;color:var(--fg)}
.v-bg-ALLOW{background:var(--allow)}.v-bg-BLOCK{background:var(--block)}.v-bg-REVIEW{background:var(--review)}.flag-bg{background:var(--flag)}
figure.trend{margin:.5rem 0 1rem;overflow:hidden}
.trend .legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem;margin-bottom:.4rem}
.trend .sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px}
.trend .cols{display:flex;align-items:flex-end;gap:2px;height:11rem;border-bottom:1px solid var(--fg);position:relative;border-top:1px dashed var(--line)}
.trend .ymax{position:absolute;left:0;top:-.1rem;font-size:.75rem;color:var(--muted);background:#fff;padding:0 .2rem}
.trend .cols.flags{height:2.5rem;border-bottom:1px solid var(--line);margin-top:4px}
.trend .cols.labels{height:auto;border:0;align-items:flex-start}
.trend .col{flex:1 1 0;min-width:0;height:100%;display:flex;flex-direction:column-reverse}
.trend .labels .col{height:auto;display:block;overflow:visible;white-space:nowrap;font-size:.75rem;color:var(--muted)}
td[data-label]{overflow-wrap:anywhere}
.trend .seg{width:100%;min-height:2px}
@media (max-width:700px){
  main{padding:.6rem}
  .grid2{grid-template-columns:minmax(0,1fr)}
  form.filters label{flex:1 1 9rem}form.filters select,form.filters input{width:100%;max-width:none}
  td.sel,th.sel{width:auto;text-align:left}
  dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}
  table.stack thead{display:none}
  table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
  table.stack tr{border:1px solid var(--line);border-radius:8px;margin:.6rem 0;padding:.3rem .5rem}
  table.stack td{border:0;padding:.2rem 0 .2rem 8.5rem;position:relative;min-height:1.6rem;overflow-wrap:anywhere}
  table.stack td::before{content:attr(data-label);position:absolute;left:0;top:.25rem;width:8rem;color:var(--muted);font-size:.85rem}
  header.top{padding:.5rem .6rem;font-size:.9rem}header.top nav{gap:.4rem .9rem}
  header.top button{padding:.2rem .5rem}
}
`;

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The current path and query, for the language switch links. */
  here: string;
  staff?: { identity: string; csrf: string } | undefined;
  children?: Child;
}

/** The language-switch link for the same page. */
export function withLang(here: string, lang: Lang): string {
  const url = new URL(here, 'http://x');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

export function Layout({ lang, title, here, staff, children }: LayoutProps) {
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${title} · ${t(lang, 'appName')}`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header class="top">
          <span class="brand">{t(lang, 'appName')}</span>
          <nav>
            {staff ? (
              <>
                <a href="/console">{t(lang, 'queue')}</a>
                <a href="/console/summary">{t(lang, 'summary')}</a>
                <a href="/console/policy-check">{t(lang, 'policyCheck')}</a>
                <a href="/docs">{t(lang, 'apiDocs')}</a>
              </>
            ) : null}
            <span title={t(lang, 'language')}>
              {lang === 'zh' ? (
                <a href={withLang(here, 'en')} lang="en" hreflang="en">
                  English
                </a>
              ) : (
                <a href={withLang(here, 'zh')} lang="zh-CN" hreflang="zh">
                  中文
                </a>
              )}
            </span>
            {staff ? (
              <>
                <span class="muted">
                  {t(lang, 'signedInAs')}: {staff.identity}
                </span>
                <form method="post" action="/console/sign-out">
                  <input type="hidden" name="csrf" value={staff.csrf} />
                  <button type="submit">{t(lang, 'signOut')}</button>
                </form>
              </>
            ) : null}
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
