// Tests of copydesk-client.mjs against a real `copydesk serve`, started here as a child process.
//
//   node --test examples/node-client/
//
// The server command is the repository's ./copydesk launcher (build first: mvn -q -DskipTests package), or the
// JSON array in COPYDESK_SERVE_CMD, e.g. ["java","-cp","/abs/classes:...","org.copydesk.cli.Main"]; the test
// appends `serve --port 0 --access-log off` and runs it in an empty temporary folder (so that no copydesk.yaml
// changes the verdicts: give absolute paths in COPYDESK_SERVE_CMD).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CopydeskError, audit, shouldBlockPublish } from './copydesk-client.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const CLIENT = join(HERE, 'copydesk-client.mjs');
const SEED = 'fixtures/seed/sco-chairmanship.txt'; // relative to ROOT
const CLEAN_TEXT = 'fixtures/clean/budget-council.txt';
const CLEAN_HTML = 'fixtures/clean/hospital-vaccination.html';
const CLEAN_CMS_JSON = 'fixtures/clean/tech-earnings.json';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

let server; // the child process
let url; // its base URL
let stdout = '';
let stderr = '';
let workDir;

function serveCommand() {
  let cmd = [join(ROOT, 'copydesk')];
  const given = process.env.COPYDESK_SERVE_CMD;
  if (given) {
    cmd = JSON.parse(given);
    if (!Array.isArray(cmd) || cmd.length === 0 || !cmd.every((a) => typeof a === 'string')) {
      throw new Error(`COPYDESK_SERVE_CMD: expected a JSON array of strings, got ${given}`);
    }
  }
  return [...cmd, 'serve', '--port', '0', '--access-log', 'off'];
}

function article(path) {
  return readFile(join(ROOT, path), 'utf8');
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the client as a command in ROOT: resolves to {code, out, err}. */
function runClient(args) {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [CLIENT, ...args], { cwd: ROOT, timeout: 60_000 }, (error, out, err) => {
      resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
    });
  });
}

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'copydesk-node-client-'));
  const [cmd, ...args] = serveCommand();
  server = spawn(cmd, args, { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.setEncoding('utf8').on('data', (s) => { stdout += s; });
  server.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
  const listening = new Promise((resolvePromise, reject) => {
    const check = () => {
      const m = /copydesk: listening on (http:\/\/\S+\/)/.exec(stdout);
      if (m) {
        server.stdout.off('data', check);
        resolvePromise(m[1]);
      }
    };
    server.stdout.on('data', check);
    server.on('error', (e) => reject(new Error(`cannot start ${cmd}: ${e.message}`)));
    server.on('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal}) before listening`
      + `\n--- stdout:\n${stdout}\n--- stderr:\n${stderr}`)));
  });
  try {
    url = await withTimeout(listening, START_TIMEOUT_MS, [cmd, ...args].join(' '));
  } catch (e) {
    if (!e.message.includes('--- stderr')) e.message += `\n--- stderr so far:\n${stderr}`;
    throw e;
  }
}, { timeout: START_TIMEOUT_MS + 10_000 });

after(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGKILL');
    await withTimeout(once(server, 'exit'), 10_000, 'killing the server').catch(() => {});
  }
  if (workDir) {
    await rm(workDir, { recursive: true, force: true });
  }
});

test('the seed article fails: an AI disclosure, and publishing is blocked', async () => {
  const report = await audit(await article(SEED), { url, format: 'text', source: 'sco-chairmanship.txt' });
  assert.equal(report.verdict, 'fail');
  const r = report.reports[0];
  assert.equal(r.verdict, 'fail');
  assert.equal(r.source, 'sco-chairmanship.txt');
  assert.equal(r.format, 'text');
  assert.ok(r.score.overall < 50, `score ${r.score.overall}`);
  const disclosure = r.findings.find((f) => f.ruleId === 'provenance.ai-disclosure');
  assert.ok(disclosure, `no provenance.ai-disclosure in ${r.findings.map((f) => f.ruleId)}`);
  assert.equal(disclosure.location.line, 25);
  assert.match(disclosure.excerpt, /rewritten by artificial intelligence/);
  assert.match(report.requestId, /\S/);
  assert.equal(shouldBlockPublish(report), true);
});

test('clean articles pass (text, HTML, a CMS JSON object) and may be published', async () => {
  const text = await audit(await article(CLEAN_TEXT), { url, format: 'text' });
  assert.equal(text.verdict, 'pass', JSON.stringify(text.reports[0].findings));
  assert.equal(shouldBlockPublish(text), false);
  const html = await audit(await article(CLEAN_HTML), { url, format: 'html', source: 'vaccination' });
  assert.equal(html.verdict, 'pass', JSON.stringify(html.reports[0].findings));
  assert.equal(html.reports[0].format, 'html');
  assert.equal(shouldBlockPublish(html), false);
  const cms = await audit(JSON.parse(await article(CLEAN_CMS_JSON)), { url, source: 'earnings' });
  assert.equal(cms.verdict, 'pass', JSON.stringify(cms.reports[0].findings));
  assert.equal(cms.reports[0].format, 'json');
});

test('a policy in the request changes the verdict', async () => {
  const seed = await article(SEED);
  const never = await audit(seed, { url, format: 'text', policy: { failOn: 'never' } });
  assert.notEqual(never.verdict, 'fail');
  assert.ok(never.reports[0].findings.some((f) => f.ruleId === 'provenance.ai-disclosure'),
    'the policy changes the verdict, not the findings');
  assert.equal(shouldBlockPublish(never), false);

  const clean = await article(CLEAN_TEXT);
  const house = { lexicon: { corrections: { councillors: 'council members' } }, failOn: 'info' };
  const strict = await audit(clean, { url, format: 'text', policy: house });
  assert.equal(strict.verdict, 'fail', JSON.stringify(strict.reports[0].findings));
  assert.ok(strict.reports[0].findings.some((f) => f.ruleId === 'language.house-style'));
  assert.equal(shouldBlockPublish(strict), true);
});

test('an unknown rule in the policy is an invalid_policy error', async () => {
  await assert.rejects(
    audit('A short article.', { url, policy: { rules: { 'no.such-rule': { enabled: false } } } }),
    (e) => {
      assert.ok(e instanceof CopydeskError, String(e));
      assert.equal(e.code, 'invalid_policy');
      assert.equal(e.status, 422);
      assert.match(e.message, /no\.such-rule/);
      assert.match(e.requestId, /\S/);
      return true;
    });
  await assert.rejects(audit('A short article.', { url, format: 'markup' }), TypeError);
});

test('a server that is not there is a connection_failed error', async () => {
  const closed = createTcpServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  await assert.rejects(audit('Text.', { url: `http://127.0.0.1:${port}/` }),
    (e) => e instanceof CopydeskError && e.code === 'connection_failed');
});

test('the request: raw text with its Content-Type, an envelope with a policy; 429 and 503 retried', async () => {
  // A stand-in server that records requests and answers from a script.
  const seen = [];
  let answers = [];
  const stub = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (s) => { body += s; }).on('end', () => {
      seen.push({ url: req.url, type: req.headers['content-type'], auth: req.headers.authorization, body });
      const [status, headers, json] = answers.shift() ?? [500, {}, { error: { code: 'internal', message: 'x' } }];
      const text = typeof json === 'string' ? json : JSON.stringify(json);
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(text);
    });
  });
  await new Promise((r) => stub.listen(0, '127.0.0.1', r));
  const stubUrl = `http://127.0.0.1:${stub.address().port}`; // no trailing slash: the client adds it
  const ok = { reports: [{ verdict: 'warn', findings: [] }] };
  const busy = { error: { status: 429, code: 'busy', message: 'every worker is busy' } };
  try {
    answers = [[200, {}, ok]];
    const r = await audit('# Title\n\nBody.', { url: stubUrl, format: 'markdown', source: 'a b', token: 't0k3n' });
    assert.equal(r.verdict, 'warn');
    assert.equal(seen[0].url, '/v1/audit?source=a+b');
    assert.equal(seen[0].type, 'text/markdown; charset=utf-8');
    assert.equal(seen[0].auth, 'Bearer t0k3n');
    assert.equal(seen[0].body, '# Title\n\nBody.');

    seen.length = 0;
    answers = [[429, { 'Retry-After': '0' }, busy], [503, { 'Retry-After': '0' }, busy], [200, {}, ok]];
    const policy = { failOn: 'never' };
    const retried = await audit('<p>Hi</p>', { url: stubUrl, format: 'html', source: 's', policy, retries: 2 });
    assert.equal(retried.verdict, 'warn');
    assert.equal(seen.length, 3, 'two retries, then the report');
    assert.equal(seen[2].url, '/v1/audit');
    assert.equal(seen[2].type, 'application/json');
    assert.deepEqual(JSON.parse(seen[2].body), { article: '<p>Hi</p>', format: 'html', source: 's', policy });

    seen.length = 0;
    answers = [[429, { 'Retry-After': '0' }, busy], [429, { 'Retry-After': '0' }, busy],
      [429, { 'Retry-After': '0' }, busy], [200, {}, ok]];
    await assert.rejects(audit('Text.', { url: stubUrl, retries: 2 }),
      (e) => e instanceof CopydeskError && e.code === 'busy' && e.status === 429);
    assert.equal(seen.length, 3, 'retries are bounded');
    assert.equal(seen[0].type, 'application/octet-stream', 'no format: the server detects it');

    seen.length = 0;
    answers = [[502, { 'Content-Type': 'text/html' }, '<h1>Bad gateway</h1>']];
    await assert.rejects(audit('Text.', { url: stubUrl }),
      (e) => e instanceof CopydeskError && e.code === 'http_502' && e.status === 502);
    assert.equal(seen.length, 1, 'a 502 is not retried');
  } finally {
    stub.close();
  }
});

test('as a command: a pre-publish hook that exits 1 on a failing article', async () => {
  const fail = await runClient(['--url', url, SEED]);
  assert.equal(fail.code, 1, `${fail.out}\n${fail.err}`);
  const lines = fail.out.trimEnd().split('\n');
  assert.match(lines[0], /^fixtures\/seed\/sco-chairmanship\.txt: fail \(score \d+, (\d+) findings\)$/);
  const count = Number(/(\d+) findings/.exec(lines[0])[1]);
  assert.equal(lines.length, 1 + count, 'one line per finding after the file line');
  for (const line of lines.slice(1)) {
    assert.match(line, /^fixtures\/seed\/sco-chairmanship\.txt:\d+:\d+ [a-z]+\.[a-z0-9-]+ \S.*$/);
  }
  assert.ok(lines.some((l) => /^fixtures\/seed\/sco-chairmanship\.txt:25:1 provenance\.ai-disclosure AI-use/.test(l)),
    fail.out);

  const pass = await runClient([`--url=${url}`, CLEAN_TEXT, CLEAN_HTML]);
  assert.equal(pass.code, 0, `${pass.out}\n${pass.err}`);
  assert.equal(pass.out, `${CLEAN_TEXT}: pass (score 100, 0 findings)\n${CLEAN_HTML}: pass (score 100, 0 findings)\n`);

  const usage = await runClient(['--url', url]);
  assert.equal(usage.code, 2);
  assert.match(usage.err, /no file to audit/);
  const missing = await runClient(['--url', url, 'fixtures/no-such-article.txt']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no-such-article\.txt: cannot read/);
});

test('SIGTERM drains the server, which exits 0', { timeout: STOP_TIMEOUT_MS + 5_000 }, async () => {
  const exited = once(server, 'exit');
  assert.ok(server.kill('SIGTERM'));
  const [code, signal] = await withTimeout(exited, STOP_TIMEOUT_MS, 'stopping the server');
  assert.equal(signal, null, `killed by ${signal}\n${stdout}\n${stderr}`);
  assert.equal(code, 0, `${stdout}\n${stderr}`);
  assert.match(stdout, /copydesk: stopped/);
});
