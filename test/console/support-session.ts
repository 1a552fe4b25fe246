import { createReviewApp } from '#functions/review-decisions/app.js';
import type { Services } from '#shared/services.js';
import { STAFF } from '../support/store.js';

type App = ReturnType<typeof createReviewApp>;

/** A tiny cookie jar over `app.request`, as a browser on http://localhost keeps it. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(
    readonly app: App,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  get cookie(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.extraHeaders)) headers.set(name, value);
    if (this.cookies.size) headers.set('cookie', this.cookie);
    const res = await this.app.request(path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  post(path: string, form: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams(form).toString(),
    });
  }

  async signIn(key: string): Promise<Response> {
    const page = await (await this.request('/console/sign-in')).text();
    return this.post('/console/sign-in', { csrf: hiddenCsrf(page), key });
  }
}

export function hiddenCsrf(html: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

/** A review app and a browser signed in as the test staff member. */
export async function signInStaff(services: Services): Promise<{ app: App; browser: Browser; cookie: string }> {
  const app = createReviewApp(services);
  const browser = new Browser(app);
  const res = await browser.signIn(STAFF.key);
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return { app, browser, cookie: browser.cookie };
}
