import type { Child } from 'hono/jsx';
import { type Lang, t } from './i18n.js';

/** The rulebook's one stylesheet, inline (no asset route, no script); the console's palette. */
const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--accent:#0b5cad;--block:#b42318;--allow:#1a7f37;--review:#9a6700}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:var(--fg);background:#fff}
header.top{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--bg)}
header.top .brand{font-weight:700;margin-right:auto;color:var(--fg);text-decoration:none}
header.top nav{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
main{max-width:1080px;margin:0 auto;padding:1rem}
a{color:var(--accent)}
h1{font-size:1.4rem;margin:.5rem 0 1rem;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.02rem;margin:0 0 .35rem;overflow-wrap:anywhere}
h4{font-size:.92rem;margin:.9rem 0 .3rem;color:var(--muted)}
code,.mono{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
p,li,dd{overflow-wrap:anywhere}
.muted{color:var(--muted)}
.notice{padding:.6rem .8rem;border-radius:6px;margin:.75rem 0;border:1px solid #d4a72c;background:#fff8c5}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:1rem;font-size:.8rem;font-weight:700;border:1px solid currentColor;white-space:nowrap}
.v-BLOCK,.o-violated{color:var(--block)}.v-ALLOW,.o-supports_refusal,.o-satisfied{color:var(--allow)}
.v-REVIEW,.o-needs_review{color:var(--review)}.o-not_applicable{color:var(--muted)}
.card{border:1px solid var(--line);border-radius:8px;padding:.8rem .9rem;margin:1rem 0;background:#fff}
.card .head{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline;justify-content:space-between}
.current{border-color:var(--accent);border-width:2px}
dl.facts{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:.3rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
details{margin:.35rem 0}
details>summary{cursor:pointer;overflow-wrap:anywhere}
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid var(--line);background:var(--bg);white-space:pre-wrap;overflow-wrap:anywhere}
ul.plain{list-style:none;padding:0;margin:.3rem 0}
ul.rules{padding-left:1.1rem;margin:.3rem 0}ul.rules li{margin:.2rem 0}
ol.scenarios{list-style:none;padding:0;margin:.3rem 0}
ol.scenarios>li{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;margin:.5rem 0;background:var(--bg)}
ol.scenarios .name{font-weight:600}
ol.scenarios ul{margin:.25rem 0;padding-left:1.1rem}
.answer{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:baseline;margin-top:.25rem}
.chips{display:flex;flex-wrap:wrap;gap:.3rem}
.chip{display:inline-block;padding:0 .45rem;border-radius:4px;background:#eaeef2;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
th{background:var(--bg);font-weight:600}
table.diff th:first-child,table.diff td:first-child{width:9rem}table.diff td:not(:first-child){width:45%}
nav.toc{columns:2 18rem;margin:.5rem 0}
nav.toc a{display:block;margin:.1rem 0}
@media (max-width:700px){
  main{padding:.6rem}
  header.top{padding:.5rem .6rem;font-size:.9rem}header.top nav{gap:.4rem .9rem}
  dl.facts{grid-template-columns:1fr;gap:.1rem}dl.facts dd{margin-bottom:.45rem}
  table.stack thead{display:none}
  table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
  table.stack tr{border:1px solid var(--line);border-radius:8px;margin:.6rem 0;padding:.3rem .5rem}
  table.stack td{border:0;padding:.2rem 0}
  table.stack td::before{content:attr(data-label);display:block;color:var(--muted);font-size:.8rem}
}
`;

/** A path of the rulebook in the reader's language. */
export function href(path: string, lang: Lang): string {
  return `${path}?lang=${lang}`;
}

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The page's own path (no query), for the language switch. */
  path: string;
  children?: Child;
}

export function Layout({ lang, title, path, children }: LayoutProps) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
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
          <a class="brand" href={href('/rules', lang)}>
            {t(lang, 'appName')}
          </a>
          <nav>
            <a href={href('/rules', lang)}>{t(lang, 'rulebook')}</a>
            <a href="/docs">{t(lang, 'apiDocs')}</a>
            <span title={t(lang, 'language')}>
              <a href={href(path, other)} lang={other === 'zh' ? 'zh-CN' : 'en'} hreflang={other}>
                {other === 'zh' ? '中文' : 'English'}
              </a>
            </span>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
