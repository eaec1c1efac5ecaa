// SPDX-License-Identifier: GPL-3.0-or-later
// A real OpenID provider (oidc-provider) and an SMTP server that accepts only bearer
// tokens the provider vouches for (smtp-server, XOAUTH2 and OAUTHBEARER), both on
// 127.0.0.1 with ports chosen by the system. For Mailwright's OAuth2 tests only.
//
// Environment:
//   MW_OAUTH_ACCESS_TTL   access token lifetime in seconds (default 8)
//   MW_OAUTH_SMTP_SCOPE   scope the SMTP server requires (default smtp.send)
//   MW_OAUTH_ROTATE       1: a new refresh token on every refresh, and the used one is
//                         dead from then on (as Microsoft does); using it again is taken
//                         for a replay and ends the whole grant (oidc-provider)
// Prints one JSON line {"issuer", "smtpPort"} on stdout when both listen.
//
// Test-only endpoints on the provider (never part of a real provider):
//   GET /__test/approve?user_code=X  approves a device code as a person would, through
//                                    the provider's own /device pages (plain HTTP)
// The authorization-code rows use a real browser instead: browser.mjs drives Chromium
// through the login form (ACCOUNT / PASSWORD) and the consent page.
//   GET /__test/stats                token endpoint calls by grant type, SMTP logins
//   GET /__test/messages             messages the SMTP server accepted
//   GET /__test/forget-access-token?token=X
//                                    the provider forgets one access token before its
//                                    expiry, leaving the grant and the refresh token alone
//                                    (RFC 7009 revocation of an access token ends the grant
//                                    in oidc-provider)
import http from 'node:http';
import { once } from 'node:events';

import Provider from 'oidc-provider';
import { SMTPServer } from 'smtp-server';
import SASL from 'smtp-server/lib/sasl.js';

const accessTtl = Number(process.env.MW_OAUTH_ACCESS_TTL || 8);
const smtpScope = process.env.MW_OAUTH_SMTP_SCOPE || 'smtp.send';
const rotate = process.env.MW_OAUTH_ROTATE === '1';
const ACCOUNT = 'admin@example.test';
// The test person's password on the provider's login page (the browser rows type it).
const PASSWORD = 'Correct-Horse-Battery-7';

const stats = { token: {}, smtpLogins: [], introspections: 0 };
const messages = [];

// --- the provider -----------------------------------------------------------------
const httpServer = http.createServer();
httpServer.listen(0, '127.0.0.1');
await once(httpServer, 'listening');
const issuer = `http://127.0.0.1:${httpServer.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      // The application Mailwright registers: public (no secret), like a desktop app.
      client_id: 'mailwright-test',
      // A native application: any port on the loopback redirect (RFC 8252 §7.3).
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token',
        'authorization_code'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'],
    },
    {
      // A confidential client, for the client-secret rows.
      client_id: 'mailwright-confidential',
      client_secret: 'Client-Secret-Distinctive-5150',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
    {
      // The SMTP server, a resource server that asks the provider about tokens.
      client_id: 'smtp-server',
      client_secret: 'smtp-server-secret',
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ],
  scopes: ['openid', 'offline_access', 'smtp.send', 'profile'],
  features: {
    deviceFlow: { enabled: true },
    introspection: { enabled: true, allowedPolicy: async () => true },
    revocation: { enabled: true },
    devInteractions: { enabled: false },
  },
  ttl: {
    AccessToken: accessTtl,
    DeviceCode: 600,
    RefreshToken: 3600,
    Grant: 3600,
    Session: 3600,
    Interaction: 600,
    IdToken: 600,
  },
  // Refresh tokens are issued to the device flow when offline_access was asked for.
  issueRefreshToken: async (ctx, client, code) =>
    client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
  // By default rotate nothing: the same refresh token stays valid until revoked.
  rotateRefreshToken: rotate,
  findAccount: async (ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: sub }),
  }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // The public client must use PKCE (RFC 7636); oidc-provider accepts only S256.
  pkce: { required: (ctx, client) => client.clientId === 'mailwright-test' },
});
provider.proxy = false;

// Interactions. The browser (Chromium driven by tests/servers/oauth/browser.mjs) sees a
// login form and a consent page with Allow / Deny, as a person would. The device-flow
// helper below marks its requests with x-mw-test-person and is let through at once
// (logged in as ACCOUNT, every requested scope granted).
async function grantConsent(details) {
  const { prompt, params } = details;
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
  if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
  if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
  if (prompt.details.missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  return { consent: { grantId: await grant.save() } };
}

async function autoInteraction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const result = details.prompt.name === 'login'
    ? { login: { accountId: ACCOUNT } }
    : await grantConsent(details);
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
}

const esc = (t) => String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const page = (res, title, body) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${body}</body></html>`);
};
const readForm = async (req) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return new URLSearchParams(Buffer.concat(chunks).toString());
};

async function browserInteraction(req, res, url) {
  const [, , uid, action] = url.pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const loginForm = (problem) => page(res, 'Sign in', `<h1>Sign in to the test provider</h1>
    ${problem ? `<p id="problem">${esc(problem)}</p>` : ''}
    <form method="post" action="/interaction/${uid}/login">
    <label>E-mail <input id="login" name="login" type="email"></label>
    <label>Password <input id="password" name="password" type="password"></label>
    <button id="submit" type="submit">Sign in</button></form>`);
  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') return loginForm('');
    const scopes = String(details.params.scope || '').split(' ').filter(Boolean);
    return page(res, 'Allow access', `<h1>${esc(details.params.client_id)} asks for access</h1>
      <ul id="scopes">${scopes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
      <form method="post" action="/interaction/${uid}/confirm"><button id="allow" type="submit">Allow</button></form>
      <form method="post" action="/interaction/${uid}/abort"><button id="deny" type="submit">Deny</button></form>`);
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    if (form.get('login') !== ACCOUNT || form.get('password') !== PASSWORD) {
      return loginForm('Wrong e-mail address or password.');
    }
    return provider.interactionFinished(req, res, { login: { accountId: ACCOUNT } },
      { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'confirm') {
    return provider.interactionFinished(req, res, await grantConsent(details),
      { mergeWithLastSubmission: true });
  }
  if (req.method === 'POST' && action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'The person declined the request.',
    }, { mergeWithLastSubmission: false });
  }
  res.writeHead(404);
  res.end();
}

// The person's side of the device flow, as plain HTTP: open the verification page with
// the code, submit it, confirm, then follow the redirects through the interaction.
async function approve(userCode) {
  let cookies = {};
  const jar = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      cookies[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  };
  const cookieHeader = () => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
  const hidden = (html) => {
    const out = {};
    for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
      out[m[1]] = m[2];
    }
    return out;
  };
  const go = async (url, init = {}) => {
    const res = await fetch(new URL(url, issuer), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers || {}), cookie: cookieHeader(), 'x-mw-test-person': '1' },
    });
    jar(res);
    return res;
  };
  const post = (url, fields) => go(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  let res = await go(`/device?user_code=${encodeURIComponent(userCode)}`);
  let html = await res.text();
  let fields = hidden(html);
  res = await post('/device', { ...fields, user_code: userCode });
  html = await res.text();
  fields = hidden(html);
  if (fields.confirm !== 'yes') throw new Error(`no confirmation page: ${html.slice(0, 300)}`);
  res = await post('/device', fields);
  // Follow redirects: interaction (login), back to the device resume, interaction
  // (consent), resume, success page.
  for (let i = 0; i < 10 && res.status >= 300 && res.status < 400; i += 1) {
    res = await go(res.headers.get('location'));
  }
  html = await res.text();
  if (!/success|Sign-in Success/i.test(html)) throw new Error(`not approved: ${res.status} ${html.slice(0, 300)}`);
}

// Token endpoint calls by grant type, answered or refused (the no-loop rows check this).
const countGrant = (ctx) => {
  const grant = (ctx.oidc && ctx.oidc.params && ctx.oidc.params.grant_type) || 'unknown';
  stats.token[grant] = (stats.token[grant] || 0) + 1;
};
provider.on('grant.success', countGrant);
provider.on('grant.error', countGrant);

const providerCallback = provider.callback();
httpServer.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  try {
    if (url.pathname.startsWith('/interaction/')) {
      if (req.headers['x-mw-test-person'] === '1') await autoInteraction(req, res);
      else await browserInteraction(req, res, url);
      return;
    }
    if (url.pathname === '/__test/approve') {
      await approve(url.searchParams.get('user_code'));
      send(200, { approved: true });
      return;
    }
    if (url.pathname === '/__test/stats') {
      send(200, stats);
      return;
    }
    if (url.pathname === '/__test/messages') {
      send(200, messages);
      return;
    }
    if (url.pathname === '/__test/forget-access-token') {
      const token = await provider.AccessToken.find(url.searchParams.get('token') || '');
      if (token) await token.destroy();
      send(200, { forgotten: Boolean(token) });
      return;
    }
  } catch (e) {
    send(500, { error: 'test_helper_failed', error_description: String(e.message || e) });
    return;
  }
  providerCallback(req, res);
});

// --- the SMTP server --------------------------------------------------------------
async function introspect(token) {
  stats.introspections += 1;
  const res = await fetch(`${issuer}/token/introspection`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('smtp-server:smtp-server-secret').toString('base64')}`,
    },
    body: new URLSearchParams({ token }).toString(),
  });
  return res.json();
}

// RFC 7628 §3.2.2: the error the server sends in a 334.
async function checkToken(username, accessToken) {
  const info = await introspect(accessToken);
  if (!info.active) return { status: 'invalid_token', schemes: 'bearer', scope: smtpScope };
  const scopes = (info.scope || '').split(' ');
  if (!scopes.includes(smtpScope)) {
    return { status: 'insufficient_scope', schemes: 'bearer', scope: smtpScope };
  }
  if (info.sub !== username) return { status: 'invalid_token', schemes: 'bearer', scope: smtpScope };
  return null;
}

// smtp-server knows XOAUTH2; OAUTHBEARER (RFC 7628 §3.1) is added here the same way.
SASL.SASL_OAUTHBEARER = function oauthbearer(args, callback) {
  const raw = Buffer.from(args[0] || '', 'base64').toString();
  const [gs2, ...kv] = raw.split('\x01');
  const m = /^n,a=([^,]*),$/.exec(gs2);
  let token;
  for (const f of kv) if (f.startsWith('auth=Bearer ')) token = f.slice(12);
  if (!m || !token) {
    this.send(501, 'Error: invalid OAUTHBEARER initial response');
    return callback();
  }
  const username = m[1].replace(/=2C/g, ',').replace(/=3D/g, '=');
  this._server.onAuth({ method: 'OAUTHBEARER', username, accessToken: token }, this.session,
    (err, response) => {
      if (response && response.user) {
        this.session.user = response.user;
        this.send(235, 'Authentication successful');
        return callback();
      }
      // RFC 7628 §3.2.3: error JSON, the client's ^A, then the failure.
      this._nextHandler = (data, cb) => {
        const ack = Buffer.from(data.toString().trim(), 'base64').toString();
        this.send(ack === '\x01' ? 535 : 501, ack === '\x01'
          ? '5.7.8 Authentication credentials invalid' : 'Error: expected ^A');
        cb();
      };
      this.send(334, Buffer.from(JSON.stringify(response.data || {})).toString('base64'));
      return callback();
    });
};

const smtp = new SMTPServer({
  name: 'oauth-smtp.test',
  secure: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true, // loopback only
  authMethods: ['XOAUTH2', 'OAUTHBEARER'],
  logger: false,
  async onAuth(auth, session, callback) {
    try {
      const problem = await checkToken(auth.username, auth.accessToken);
      stats.smtpLogins.push({ method: auth.method, user: auth.username, ok: !problem });
      if (problem) return callback(null, { data: problem });
      return callback(null, { user: auth.username });
    } catch (e) {
      return callback(e);
    }
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      messages.push({
        user: session.user,
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        size: Buffer.concat(chunks).length,
      });
      callback();
    });
  },
});
smtp.listen(0, '127.0.0.1');
await once(smtp.server, 'listening');

process.stdout.write(`${JSON.stringify({ issuer, smtpPort: smtp.server.address().port })}\n`);
process.on('SIGTERM', () => process.exit(0));
