// Walks one correction case through SOP 45 from the browser, as a front-end would: fetch with a bearer token,
// JSON bodies, ETag → If-Match, Idempotency-Key replays, Location. Each check lands in the page as a list item;
// the driver (drive.mjs) reads them and fails the build on any ✘.
const config = await (await fetch('config.json')).json();
const steps = document.getElementById('steps');
const outcome = document.getElementById('outcome');
const api = (svc, path) => `${config.services[svc]}/api/v1${path}`;

function check(label, ok, detail = '') {
  const li = document.createElement('li');
  li.dataset.ok = String(Boolean(ok));
  li.textContent = `${label}${detail ? ' — ' + detail : ''}`;
  steps.appendChild(li);
  if (!ok) throw new Error(`${label}: ${detail}`);
}

async function call(role, method, svc, path, body, headers = {}) {
  const response = await fetch(api(svc, path), {
    method,
    headers: { Authorization: `Bearer ${config.tokens[role]}`, Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, json };
}

async function expect(label, role, method, svc, path, body, status, headers) {
  const answer = await call(role, method, svc, path, body, headers);
  check(label, answer.status === status, `${method} ${path} → ${answer.status}`
    + (answer.status === status ? '' : ` ${JSON.stringify(answer.json)}`));
  return answer;
}

async function until(label, probe) {
  for (let i = 0; i < 120; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  check(label, false, 'gave up waiting');
}

const due = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
const key = () => crypto.randomUUID();

try {
  const openKey = key();
  const openBody = { title: 'Koreksi data kinerja Triwulan II', year: 2026, period: 'Q2',
    reason: 'Realisasi triwulan II dilaporkan keliru', targetUnits: ['DINKES'], dueDate: due,
    instruction: 'Siapkan Nota Dinas permintaan data koreksi', urgency: 'SEGERA' };
  const opened = await expect('Step 1: the Karo opens the case', 'karo', 'POST', 'request', '/cases', openBody, 201,
    { 'Idempotency-Key': openKey });
  const caseId = opened.json.id;
  check('the script reads Location', (opened.headers.get('Location') ?? '').endsWith(`/cases/${caseId}`),
    opened.headers.get('Location') ?? 'no Location');
  const replay = await expect('the same request again is answered from the idempotency store', 'karo', 'POST',
    'request', '/cases', openBody, 201, { 'Idempotency-Key': openKey });
  check('the script reads Idempotent-Replayed', replay.headers.get('Idempotent-Replayed') === 'true'
    && replay.json.id === caseId, replay.headers.get('Idempotent-Replayed') ?? 'no header');

  await expect('Step 1: the Kabag issues the Nota Dinas', 'kabag', 'POST', 'request', `/cases/${caseId}/memo`,
    { subject: 'Permintaan data koreksi kinerja Triwulan II', body: 'Mohon menyampaikan data koreksi kinerja.',
      nature: 'SEGERA' }, 201);
  const submission = await expect('Step 2: DINKES submits its corrected rows', 'unit', 'POST', 'request',
    `/cases/${caseId}/submissions`, { rows: [config.row] }, 201);
  const rowId = submission.json.rows[0].id;
  await expect('Step 2: the Kabag forwards the material', 'kabag', 'POST', 'request', `/cases/${caseId}/forward`,
    { note: 'Data lengkap' }, 200);
  // The pelaksana's page listens for its notifications: an EventSource cannot send a bearer token, so it opens the
  // stream with a single-use ticket obtained with the token.
  const ticket = await expect('the pelaksana obtains a stream ticket', 'pelaksana', 'POST', 'request',
    '/notifications/stream-tickets', undefined, 201);
  const stream = new EventSource(api('request', `/notifications/stream?ticket=${encodeURIComponent(ticket.json.ticket)}`));
  await new Promise((resolve, reject) => {
    stream.addEventListener('ready', resolve, { once: true });
    stream.onerror = () => reject(new Error('the notification stream did not open'));
  });
  check('the stream opens with the ticket from another origin', true, 'ready');
  const arrived = new Promise(resolve => stream.addEventListener('notification', event => {
    const notice = JSON.parse(event.data);
    if (notice.caseId === caseId && notice.task === 'DRAFT') resolve(notice);
  }));
  const assignedAt = performance.now();
  await expect('Step 3: the Kasubbag assigns the pelaksana', 'kasubbag', 'POST', 'request',
    `/cases/${caseId}/assignment`, { upn: config.pelaksana }, 200);
  const notice = await Promise.race([arrived, new Promise(resolve => setTimeout(() => resolve(null), 30_000))]);
  stream.close();
  check('the stream delivers the pelaksana\'s new task', notice !== null,
    notice ? `${notice.title} (${Math.round(performance.now() - assignedAt)} ms)` : 'nothing within 30 s');

  const draftBody = { rowIds: [rowId], notes: 'Satu indikator dikoreksi', conclusion: 'Koreksi diusulkan' };
  await expect('Step 4: the pelaksana composes the draft', 'pelaksana', 'PUT', 'request', `/cases/${caseId}/draft`,
    draftBody, 200);
  await expect('Step 4: the pelaksana submits the draft for review', 'pelaksana', 'POST', 'request',
    `/cases/${caseId}/draft/submit`, undefined, 201);

  const reviewId = await until('the draft reaches review-service', async () =>
    (await call('auditor', 'GET', 'review', `/reviews?scope=ALL&caseId=${caseId}`)).json?.items?.[0]?.id);
  check('Step 5: the review arrives through the outbox', Boolean(reviewId), reviewId);
  const decide = async (label, role, decision, reason) => {
    const review = await call('auditor', 'GET', 'review', `/reviews/${reviewId}`);
    return expect(label, role, 'POST', 'review', `/reviews/${reviewId}/decisions`,
      { decision, version: review.json.currentVersion, ...(reason ? { reason } : {}) }, 201);
  };
  await decide('Step 5: the Kasubbag initials (paraf)', 'kasubbag', 'APPROVE');
  await decide('Step 6: the Kabag initials', 'kabag', 'APPROVE');
  await decide('Step 7: the Karo returns it to the Kabag', 'karo', 'RETURN', 'Lampirkan sumber data');
  await decide('Step 6: the Kabag returns it to the Kasubbag', 'kabag', 'RETURN', 'Lampirkan sumber data');
  await decide('Step 5: the Kasubbag returns it to the pelaksana', 'kasubbag', 'RETURN', 'Lampirkan sumber data');

  await until('the case comes back for revision', async () =>
    (await call('pelaksana', 'GET', 'request', `/cases/${caseId}`)).json?.state === 'REVISION');
  const draft = await expect('Step 4 again: the pelaksana reads the returned draft', 'pelaksana', 'GET', 'request',
    `/cases/${caseId}/draft`, undefined, 200);
  const etag = draft.headers.get('ETag');
  check('the script reads ETag', Boolean(etag), etag ?? 'no ETag');
  await expect('revising without If-Match is refused', 'pelaksana', 'PUT', 'request', `/cases/${caseId}/draft`,
    { ...draftBody, notes: 'tanpa If-Match' }, 428);
  await expect('the pelaksana revises with If-Match', 'pelaksana', 'PUT', 'request', `/cases/${caseId}/draft`,
    { ...draftBody, notes: 'Sumber data: SIGIZI' }, 200, { 'If-Match': etag });
  await expect('revising again with the old ETag is refused', 'pelaksana', 'PUT', 'request',
    `/cases/${caseId}/draft`, { ...draftBody, notes: 'basi' }, 412, { 'If-Match': etag });
  await expect('the pelaksana submits the revised draft', 'pelaksana', 'POST', 'request',
    `/cases/${caseId}/draft/submit`, undefined, 201);

  await until('the revised draft reaches review-service', async () =>
    (await call('auditor', 'GET', 'review', `/reviews/${reviewId}`)).json?.status === 'IN_REVIEW');
  await decide('Step 5: the Kasubbag initials the revised draft', 'kasubbag', 'APPROVE');
  await decide('Step 6: the Kabag initials it', 'kabag', 'APPROVE');
  await decide('Step 7: the Karo signs', 'karo', 'APPROVE');

  // The signed correction as an official downloads it: a PDF, its file name and its SHA-256 (ETag) readable by the
  // script (exposed by CORS), and its QR code's public verification address answering without a login.
  const pdf = await fetch(api('review', `/reviews/${reviewId}/pdf`),
    { headers: { Authorization: `Bearer ${config.tokens.karo}` } });
  const bytes = new Uint8Array(await pdf.arrayBuffer());
  check('the signed correction downloads as a PDF', pdf.status === 200
    && new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-', `${pdf.status}, ${bytes.length} bytes`);
  check('the script reads Content-Disposition', (pdf.headers.get('Content-Disposition') ?? '').includes('.pdf'),
    pdf.headers.get('Content-Disposition') ?? 'not exposed');
  const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map(b => b.toString(16).padStart(2, '0')).join('');
  check('the download hashes to its ETag', pdf.headers.get('ETag') === `"${digest}"`, digest);
  check('the script reads Signed-Document', pdf.headers.get('Signed-Document') === 'true',
    pdf.headers.get('Signed-Document') ?? 'not exposed');

  const orderId = await until('the signed correction reaches archive-service', async () =>
    (await call('auditor', 'GET', 'archive', `/archive-orders?caseId=${caseId}`)).json?.items?.[0]?.id);
  await expect('Step 8: the Kabag orders archiving', 'kabag', 'POST', 'archive', `/archive-orders/${orderId}/order`,
    { note: 'Arsipkan' }, 200);
  await expect('Step 9: the Kasubbag delegates to the arsiparis', 'kasubbag', 'POST', 'archive',
    `/archive-orders/${orderId}/delegation`, { upn: config.arsiparis }, 200);
  const filed = await expect('Step 10: the arsiparis files it', 'arsiparis', 'POST', 'archive',
    `/archive-orders/${orderId}/filing`, { classificationCode: '000.8.6.3', fileNumber: `WEB-${caseId.slice(0, 8)}`,
      itemNumber: 1, processingUnit: 'Bagian Tata Laksana', description: 'Koreksi data kinerja Triwulan II 2026',
      periodCovered: { from: '2026-04-01', to: '2026-06-30' }, quantity: 1, medium: 'ELECTRONIC',
      authenticity: 'ORIGINAL', accessClass: 'RESTRICTED', location: { folder: 'F-07', box: 'B-02', shelf: 'R-1' } },
    201);
  const record = await expect('the auditor reads the archived record', 'auditor', 'GET', 'archive',
    `/records/${filed.json.id}`, undefined, 200);
  check('every seal of the record verifies', record.json.sealsVerified === true, String(record.json.sealsVerified));
  const archived = await until('the case becomes ARCHIVED at request-service', async () =>
    (await call('auditor', 'GET', 'request', `/cases/${caseId}`)).json?.state === 'ARCHIVED');
  check('the case is ARCHIVED after all ten steps', archived, caseId);
  outcome.textContent = `Case ${caseId} archived.`;
  document.body.dataset.done = 'ok';
} catch (error) {
  outcome.textContent = `FAILED: ${error.message}`;
  document.body.dataset.done = 'failed';
}
