#!/usr/bin/env node
// A tiny client of `copydesk serve` for a CMS that is not written in Java: Node.js 18+, no dependencies.
//
// As a module:
//   import { audit, shouldBlockPublish } from './copydesk-client.mjs';
//   const report = await audit(body, { url: 'http://127.0.0.1:8080/', format: 'html', source: slug });
//   if (shouldBlockPublish(report)) { ... }
//
// As a command (a CMS pre-publish hook): prints one line per file, then its findings, and exits
//   0 when no article fails, 1 when one fails, 2 on a usage or connection error (or an error from the server).
//   node copydesk-client.mjs [--url URL] [--token TOKEN] FILE...
//
// Copyright the Copydesk authors; Apache License 2.0, like the rest of the project.

import { readFile, realpath } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the server is when neither the `url` option nor COPYDESK_URL says otherwise. */
export const DEFAULT_URL = 'http://127.0.0.1:8080/';

const CONTENT_TYPES = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

/** Longest wait between two attempts, whatever Retry-After says. */
const MAX_RETRY_DELAY_MS = 30_000;

/** An audit that did not give a report: `code` is the server's error code, or `connection_failed`/`timeout`/.... */
export class CopydeskError extends Error {
  constructor(message, { status = 0, code = 'error', requestId = null, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CopydeskError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/**
 * Audits one article with `POST /v1/audit`.
 *
 * @param {string|object} article the article: text, Markdown or HTML as a string, or a CMS JSON object
 * @param {object} [options]
 * @param {string} [options.url] the server's base URL (default: COPYDESK_URL, else http://127.0.0.1:8080/)
 * @param {string} [options.format] text, markdown, html or json (default: json for an object; otherwise the
 *     server detects it from the content)
 * @param {string} [options.source] a name for the article in the report (e.g. the post's slug or id)
 * @param {object} [options.policy] policy settings for this request over the server's, as in copydesk.yaml
 *     (e.g. {failOn: 'never'} or {rules: {'style.llm-phrasing': {enabled: false}}})
 * @param {string} [options.token] bearer token (default: COPYDESK_TOKEN)
 * @param {number} [options.timeoutMs] time limit of one attempt (default 30000)
 * @param {number} [options.retries] how many times a 429 or 503 is retried (default 3), waiting as Retry-After says
 * @returns {Promise<object>} the report JSON (reports[0] is the article's) with `verdict` ('pass', 'warn' or
 *     'fail') and `requestId` added at the top
 * @throws {CopydeskError} on any other answer than a report, or when the server cannot be reached
 */
export async function audit(article, options = {}) {
  const {
    url = process.env.COPYDESK_URL || DEFAULT_URL,
    format,
    source,
    policy,
    token = process.env.COPYDESK_TOKEN,
    timeoutMs = 30_000,
    retries = 3,
  } = options;
  if (typeof article !== 'string' && (article === null || typeof article !== 'object')) {
    throw new TypeError('article: expected a string (text, Markdown, HTML) or a CMS JSON object');
  }
  if (format !== undefined && !(format in CONTENT_TYPES)) {
    throw new TypeError(`format: expected text, markdown, html or json, got '${format}'`);
  }
  const endpoint = new URL('v1/audit', url.endsWith('/') ? url : url + '/');
  const headers = { Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let body;
  if (policy !== undefined || typeof article === 'object') {
    // The envelope carries the policy; it also carries a CMS JSON object as it is.
    const envelope = { article };
    if (format !== undefined) envelope.format = format;
    if (source !== undefined) envelope.source = source;
    if (policy !== undefined) envelope.policy = policy;
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(envelope);
  } else {
    if (source !== undefined) endpoint.searchParams.set('source', source);
    // Without a format, octet-stream lets the server detect it (HTML, Markdown or text) from the content.
    headers['Content-Type'] = format === undefined ? 'application/octet-stream' : CONTENT_TYPES[format];
    body = article;
  }

  for (let attempt = 0; ; attempt++) {
    let res;
    try {
      res = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        throw new CopydeskError(`no answer from ${endpoint.origin} within ${timeoutMs} ms`,
          { code: 'timeout', cause: e });
      }
      const why = e.cause?.code || e.cause?.message || e.message;
      throw new CopydeskError(`cannot reach ${endpoint.origin} (${why})`,
        { code: 'connection_failed', cause: e });
    }
    const requestId = res.headers.get('X-Request-Id');
    const text = await res.text();
    if (res.ok) {
      let report;
      try {
        report = JSON.parse(text);
      } catch (e) {
        throw new CopydeskError(`the answer from ${endpoint.origin} is not JSON`,
          { status: res.status, code: 'bad_response', requestId, cause: e });
      }
      const verdict = report?.reports?.[0]?.verdict ?? res.headers.get('X-Copydesk-Verdict');
      if (!verdict) {
        throw new CopydeskError('the answer has no verdict', { status: res.status, code: 'bad_response',
          requestId });
      }
      return Object.assign(report, { verdict, requestId });
    }
    if ((res.status === 429 || res.status === 503) && attempt < retries) {
      await sleep(retryDelay(res.headers.get('Retry-After'), attempt));
      continue;
    }
    let error = {};
    try {
      error = JSON.parse(text)?.error ?? {};
    } catch {
      // not the server's error JSON (a proxy's page, say): keep the status
    }
    const code = typeof error.code === 'string' ? error.code : `http_${res.status}`;
    const message = typeof error.message === 'string' ? error.message : `${res.status} ${res.statusText}`.trim();
    throw new CopydeskError(`${code}: ${message}`,
      { status: res.status, code, requestId: error.requestId ?? requestId });
  }
}

/** Whether a CMS should refuse to publish the article: its verdict is fail (warn and pass may be published). */
export function shouldBlockPublish(report) {
  const verdict = report?.verdict ?? report?.reports?.[0]?.verdict;
  if (typeof verdict !== 'string') {
    throw new TypeError('shouldBlockPublish: expected a report from audit()');
  }
  return verdict === 'fail';
}

/** Milliseconds to wait before the next attempt: Retry-After (seconds or a date), else 0.5 s, 1 s, 2 s, .... */
function retryDelay(retryAfter, attempt) {
  let ms = NaN;
  if (retryAfter != null && /^\s*\d+\s*$/.test(retryAfter)) {
    ms = Number(retryAfter) * 1000;
  } else if (retryAfter) {
    ms = Date.parse(retryAfter) - Date.now();
  }
  if (!Number.isFinite(ms)) {
    ms = 500 * 2 ** attempt;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_DELAY_MS);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The format of a file, by its extension; undefined lets the server detect it. */
export function formatOf(file) {
  switch (extname(file).toLowerCase()) {
    case '.txt': return 'text';
    case '.md': case '.markdown': return 'markdown';
    case '.html': case '.htm': return 'html';
    case '.json': return 'json';
    default: return undefined;
  }
}

const USAGE = `usage: node copydesk-client.mjs [--url URL] [--token TOKEN] FILE...
Audits each FILE with a running 'copydesk serve' and prints its verdict, score and findings.
  --url URL      the server (default: COPYDESK_URL, else ${DEFAULT_URL})
  --token TOKEN  bearer token (default: COPYDESK_TOKEN, which other users cannot see in 'ps')
Exit codes: 0 no article fails, 1 an article fails, 2 usage or connection error, or the server refused a file.`;

/** The command: returns its exit code. */
export async function main(args, out = process.stdout, err = process.stderr) {
  const options = {};
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (name === '--url' || name === '--token') {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') {
        err.write(`copydesk-client: ${name} needs a value\n${USAGE}\n`);
        return 2;
      }
      options[name.slice(2)] = value;
    } else if (a === '-h' || a === '--help') {
      out.write(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      err.write(`copydesk-client: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) {
    err.write(`copydesk-client: no file to audit\n${USAGE}\n`);
    return 2;
  }
  if (options.url !== undefined) {
    try {
      new URL(options.url);
    } catch {
      err.write(`copydesk-client: --url: '${options.url}' is not a URL\n`);
      return 2;
    }
  }
  let code = 0;
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      err.write(`copydesk-client: ${file}: cannot read (${e.code || e.message})\n`);
      code = 2;
      continue;
    }
    let report;
    try {
      report = await audit(text, { ...options, format: formatOf(file), source: file });
    } catch (e) {
      if (!(e instanceof CopydeskError)) throw e;
      err.write(`copydesk-client: ${file}: ${e.message}\n`);
      if (e.code === 'connection_failed' || e.code === 'timeout' || e.code === 'unauthorized') {
        return 2; // the next files would get the same answer
      }
      code = 2;
      continue;
    }
    const r = report.reports[0];
    const n = r.findings.length;
    out.write(`${file}: ${report.verdict} (score ${r.score.overall}, ${n} finding${n === 1 ? '' : 's'})\n`);
    for (const f of r.findings) {
      out.write(`${file}:${f.location.line}:${f.location.column} ${f.ruleId} ${oneLine(f.message)}\n`);
    }
    if (shouldBlockPublish(report) && code === 0) {
      code = 1;
    }
  }
  return code;
}

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

async function isMain() {
  if (!process.argv[1]) return false;
  try {
    return (await realpath(process.argv[1])) === (await realpath(fileURLToPath(import.meta.url)));
  } catch {
    return false;
  }
}

if (await isMain()) {
  process.exitCode = await main(process.argv.slice(2));
}
