// Caravan's job dashboard: plain DOM code, no framework, no build step.
// Server data is only ever written with textContent: product titles and URLs come
// from crawled sites and may carry markup.

const API_KEY_STORAGE = 'caravan.apiKey';
const ENDED = new Set(['DONE', 'FAILED', 'CANCELLED']);
const JOBS_PAGE_SIZE = 20;
const PRODUCTS_PAGE_SIZE = 20;
const JOBS_REFRESH_MILLIS = 3000;
// used only when the event stream is unavailable
const JOB_POLL_MILLIS = 2000;
const HISTORY_LIMIT = 200;
const PRODUCTS_REFRESH_MILLIS = 3000;

class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.field = body?.field;
  }
}

// ---- API ----------------------------------------------------------------------

async function api(method, path, body) {
  let response = await send(method, path, body);
  // Reads are open; a key is only needed for changes, so ask for it when the server says so.
  if (response.status === 401 && method !== 'GET') {
    sessionStorage.removeItem(API_KEY_STORAGE);
    const key = window.prompt('This server needs its API key for changes. API key:');
    if (key) {
      sessionStorage.setItem(API_KEY_STORAGE, key.trim());
      response = await send(method, path, body);
    }
  }
  const text = await response.text();
  const json = text ? parseJson(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  const key = sessionStorage.getItem(API_KEY_STORAGE);
  if (key && method !== 'GET') {
    headers['X-API-Key'] = key;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

// ---- small DOM helpers --------------------------------------------------------

const $ = (selector, root = document) => root.querySelector(selector);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function row(...cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    td.append(cell instanceof Node ? cell : document.createTextNode(cell ?? ''));
    tr.append(td);
  }
  return tr;
}

/** A link to a crawled URL, but only for http(s): a javascript: URL from a site must not become clickable. */
function externalLink(url, text) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return document.createTextNode(text ?? url ?? '');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return document.createTextNode(text ?? url);
  }
  const link = element('a', text ?? url);
  link.href = parsed.href;
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  return link;
}

function statusBadge(status) {
  return element('span', status, `status status-${status.toLowerCase()}`);
}

function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** Shares of the job's pages: fetched, and failed for good, of all it has found so far. */
function progressOf(counts) {
  const total = counts.pagesFetched + counts.queuedTasks + counts.failedTasks;
  if (total === 0) {
    return { fetched: 0, failed: 0 };
  }
  return { fetched: (100 * counts.pagesFetched) / total, failed: (100 * counts.failedTasks) / total };
}

/** Fills a progress bar; its value is the share of pages settled (fetched or failed for good). */
function renderProgress(bar, counts) {
  const { fetched, failed } = progressOf(counts);
  const settled = Math.round(fetched + failed);
  $('.progress-fetched', bar).style.width = `${fetched}%`;
  $('.progress-failed', bar).style.width = `${failed}%`;
  bar.setAttribute('aria-valuenow', String(settled));
  bar.title = `${Math.floor(fetched)} % fetched, ${Math.ceil(failed)} % failed`;
  return { fetched, failed, settled };
}

function progressBar() {
  const bar = element('div', null, 'progress');
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.append(element('div', null, 'progress-fetched'), element('div', null, 'progress-failed'));
  return bar;
}

// ---- jobs list and submit form --------------------------------------------------

const jobsView = {
  page: 0,
  refreshTimer: null,

  show() {
    $('#jobs-view').hidden = false;
    this.load();
  },

  hide() {
    $('#jobs-view').hidden = true;
    clearTimeout(this.refreshTimer);
  },

  async load() {
    clearTimeout(this.refreshTimer);
    let page;
    try {
      page = await api('GET', `/api/jobs?page=${this.page}&size=${JOBS_PAGE_SIZE}`);
    } catch (error) {
      $('#jobs-table tbody').replaceChildren(row(`Could not load jobs: ${error.message}`));
      return;
    }
    const rows = page.items.map((job) => {
      const bar = progressBar();
      renderProgress(bar, job.counts);
      const progress = element('div', null, 'progress-cell');
      progress.append(bar, element('span',
        `${job.counts.pagesFetched} pages, ${job.counts.productsStored} products, ${job.counts.failedTasks} failed`));
      const id = element('a', job.id);
      id.href = `#/jobs/${job.id}`;
      return row(id, job.url, job.type, job.priority, statusBadge(job.status), progress, formatTime(job.createdAt));
    });
    $('#jobs-table tbody').replaceChildren(...rows);
    renderPager($('#jobs-pager'), page);
    await this.loadHosts();
    // keep running jobs moving in the list; the job view has live events
    if (page.items.some((job) => !ENDED.has(job.status)) && !$('#jobs-view').hidden) {
      this.refreshTimer = setTimeout(() => this.load(), JOBS_REFRESH_MILLIS);
    }
  },

  // the queue by host: which hosts wait on politeness (their tasks wait in Redis, holding no worker)
  async loadHosts() {
    let stats;
    try {
      stats = await api('GET', '/api/queue/stats');
    } catch (error) {
      $('#hosts-summary').textContent = `Could not load the queue: ${error.message}`;
      return;
    }
    const hosts = stats.hosts;
    $('#hosts-summary').textContent = `${hosts.readyHosts} ready (${hosts.readyTasks} tasks), `
      + `${hosts.waitingHosts} waiting on politeness (${hosts.waitingTasks} tasks); `
      + `${hosts.deferredTasks} tasks handed back for their host so far`;
    const rows = hosts.busiest.map((host) => {
      const state = host.waiting ? `waiting ${host.readyInMillis} ms` : 'ready';
      return row(host.host, element('span', state, host.waiting ? 'host-waiting' : 'host-ready'), host.queued, host.leased);
    });
    $('#hosts-table tbody').replaceChildren(...(rows.length ? rows : [row('No host has tasks queued')]));
  },

  async submit(form) {
    for (const error of form.querySelectorAll('.field-error, .form-error')) {
      error.textContent = '';
    }
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    const values = new FormData(form);
    const request = { url: values.get('url').trim(), type: values.get('type'), priority: values.get('priority') };
    const maxPages = values.get('maxPages').trim();
    if (maxPages) {
      // sent as typed when it is not a number, so the API's own message names the problem
      request.maxPages = /^\d+$/.test(maxPages) ? Number(maxPages) : maxPages;
    }
    const button = $('button[type=submit]', form);
    button.disabled = true;
    try {
      const job = await api('POST', '/api/jobs', request);
      form.reset();
      location.hash = `#/jobs/${job.id}`;
    } catch (error) {
      showSubmitError(form, error);
    } finally {
      button.disabled = false;
    }
  },
};

function showSubmitError(form, error) {
  const fieldError = error.field && form.querySelector(`.field-error[data-field="${CSS.escape(error.field)}"]`);
  if (fieldError) {
    fieldError.textContent = error.message;
    form.elements[error.field]?.setAttribute('aria-invalid', 'true');
    form.elements[error.field]?.focus();
  } else {
    $('.form-error', form).textContent = error.field ? `${error.field}: ${error.message}` : error.message;
  }
}

function renderPager(pager, page) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  $('.pager-position', pager).textContent = `page ${page.page + 1} of ${pages} (${page.total})`;
  $('[data-step="-1"]', pager).disabled = page.page === 0;
  $('[data-step="1"]', pager).disabled = page.page + 1 >= pages;
}

// ---- one job -------------------------------------------------------------------

const jobView = {
  jobId: null,
  status: null,
  productsPage: 0,
  // -1: not loaded yet for this job
  productsStored: -1,
  productsLoadedAt: 0,
  events: null,
  pollTimer: null,

  show(jobId) {
    this.hide();
    this.jobId = jobId;
    this.status = null;
    this.productsPage = 0;
    this.productsStored = -1;
    $('#job-view').hidden = false;
    $('#job-id').textContent = jobId;
    $('#job-history').replaceChildren();
    $('#categories-table tbody').replaceChildren();
    $('#categories-empty').hidden = false;
    $('#dead-letters-error').textContent = '';
    this.start();
  },

  hide() {
    $('#job-view').hidden = true;
    this.stopWatching();
    this.jobId = null;
  },

  async start() {
    const jobId = this.jobId;
    let job;
    try {
      job = await api('GET', `/api/jobs/${jobId}`);
    } catch (error) {
      $('#job-status').replaceChildren(element('span', error.message, 'status status-failed'));
      return;
    }
    if (jobId !== this.jobId) {
      return;
    }
    this.renderJob(job);
    this.loadDeadLetters();
    if (ENDED.has(job.status)) {
      this.loadHistory();
    } else {
      this.watch();
    }
  },

  renderJob(job) {
    $('#job-url').replaceChildren(externalLink(job.url), document.createTextNode(` · ${job.type} · ${job.priority}`
      + ` · max ${job.maxPages} pages · submitted ${formatTime(job.createdAt)}`));
    $('#job-error').hidden = !job.error;
    $('#job-error').textContent = job.error ?? '';
    this.renderStatus(job.status);
    this.renderCounts(job.counts);
  },

  renderStatus(status) {
    this.status = status;
    $('#job-status').replaceChildren(statusBadge(status));
    $('#job-cancel').hidden = ENDED.has(status);
  },

  renderCounts(counts) {
    for (const dd of document.querySelectorAll('#job-counters [data-count]')) {
      dd.textContent = counts[dd.dataset.count];
    }
    const { fetched, failed, settled } = renderProgress($('#job-progress'), counts);
    $('#job-progress-label').textContent = `${settled} % done: ${Math.floor(fetched)} % fetched`
      + (counts.failedTasks ? `, ${counts.failedTasks} pages failed` : '')
      + (counts.queuedTasks ? `, ${counts.queuedTasks} queued` : '');
    // while the job runs, let its product list grow with it, without a request per event
    if (counts.productsStored !== this.productsStored && Date.now() - this.productsLoadedAt > PRODUCTS_REFRESH_MILLIS) {
      this.productsStored = counts.productsStored;
      this.loadProducts();
    }
  },

  renderCategories(categories) {
    $('#categories-empty').hidden = categories.length > 0;
    $('#categories-table tbody').replaceChildren(...categories.map((category) =>
      row(category.name, category.path, category.productsFound, category.productsStored)));
  },

  /** Live updates over Server-Sent Events; polling only if the stream cannot be had. */
  watch() {
    const events = new EventSource(`/api/jobs/${this.jobId}/events`);
    this.events = events;
    $('#job-live').textContent = 'live';
    events.addEventListener('progress', (message) => {
      const progress = JSON.parse(message.data);
      this.renderStatus(progress.status);
      this.renderCounts(progress.counts);
      this.renderCategories(progress.categories ?? []);
    });
    events.addEventListener('job_status', (message) => {
      const event = this.addHistory(message.data);
      this.renderStatus(event.data.status);
      if (ENDED.has(event.data.status)) {
        this.confirmEnded();
      }
    });
    events.addEventListener('categories_discovered', (message) => this.addHistory(message.data));
    events.addEventListener('task_failed', (message) => {
      this.addHistory(message.data);
      this.loadDeadLetters();
    });
    events.addEventListener('dead_letters_replayed', (message) => {
      this.addHistory(message.data);
      this.loadDeadLetters();
    });
    events.addEventListener('error', () => {
      // CLOSED: the server refused the stream (not reconnecting); otherwise EventSource retries by itself
      if (events.readyState === EventSource.CLOSED && this.events === events && !ENDED.has(this.status)) {
        this.events = null;
        this.poll();
      }
    });
  },

  async poll() {
    $('#job-live').textContent = 'refreshing every few seconds (no live event stream)';
    const jobId = this.jobId;
    try {
      const job = await api('GET', `/api/jobs/${jobId}`);
      if (jobId !== this.jobId) {
        return;
      }
      if (ENDED.has(job.status)) {
        this.ended(job);
        this.loadHistory();
        return;
      }
      this.renderJob(job);
    } catch (error) {
      $('#job-live').textContent = `could not refresh: ${error.message}`;
    }
    this.pollTimer = setTimeout(() => this.poll(), JOB_POLL_MILLIS);
  },

  /** An ending was announced: believe the job itself, since a replayed job's history also holds its earlier end. */
  async confirmEnded() {
    const jobId = this.jobId;
    const job = await api('GET', `/api/jobs/${jobId}`);
    if (jobId === this.jobId && ENDED.has(job.status)) {
      this.ended(job);
    }
  },

  /** The job ended: stop listening and show its final counts and results. */
  ended(job) {
    this.stopWatching();
    $('#job-live').textContent = '';
    this.renderJob(job);
    this.loadProducts();
    this.loadDeadLetters();
  },

  stopWatching() {
    this.events?.close();
    this.events = null;
    clearTimeout(this.pollTimer);
  },

  /** Past events of an ended job, from the JSON form of the events endpoint. */
  async loadHistory() {
    const jobId = this.jobId;
    const events = await api('GET', `/api/jobs/${jobId}/events`);
    if (jobId === this.jobId) {
      $('#job-history').replaceChildren();
      events.forEach((event) => this.addHistory(event));
    }
  },

  /** Adds a stored event (object or its JSON text) to the history and returns it as an object. */
  addHistory(eventOrJson) {
    const event = typeof eventOrJson === 'string' ? JSON.parse(eventOrJson) : eventOrJson;
    const history = $('#job-history');
    const item = element('li');
    item.append(element('time', formatTime(event.createdAt)), element('strong', event.type),
      element('span', describeEvent(event)));
    history.append(item);
    while (history.children.length > HISTORY_LIMIT) {
      history.firstElementChild.remove();
    }
    return event;
  },

  async loadProducts() {
    const jobId = this.jobId;
    this.productsLoadedAt = Date.now();
    const query = new URLSearchParams({ page: this.productsPage, size: PRODUCTS_PAGE_SIZE });
    for (const [name, value] of new FormData($('#products-filter'))) {
      if (value.trim() !== '') {
        query.set(name, value.trim());
      }
    }
    let page;
    try {
      page = await api('GET', `/api/jobs/${jobId}/products?${query}`);
      $('#products-error').textContent = '';
    } catch (error) {
      $('#products-error').textContent = error.message;
      return;
    }
    if (jobId !== this.jobId) {
      return;
    }
    $('#products-table tbody').replaceChildren(...page.items.map((product) => row(
      externalLink(product.url, product.title || product.url),
      product.sku,
      priceOf(product),
      product.availability,
      variantList(product.variants),
      categoryList(product.categories))));
    renderPager($('#products-pager'), page);
  },

  async loadDeadLetters() {
    const jobId = this.jobId;
    const page = await api('GET', `/api/dead-letters?jobId=${jobId}&size=200`);
    if (jobId !== this.jobId) {
      return;
    }
    $('#dead-letters-table tbody').replaceChildren(...page.items.map((letter) => {
      const replay = element('button', 'Replay');
      replay.type = 'button';
      replay.disabled = letter.replayedAt !== null;
      replay.addEventListener('click', () => this.replay(`/api/dead-letters/${letter.id}/replay`));
      return row(letter.kind, externalLink(letter.url), element('span', letter.error, 'long'), letter.attempts,
        formatTime(letter.replayedAt), replay);
    }));
    $('#replay-all').disabled = !page.items.some((letter) => letter.replayedAt === null);
  },

  async replay(path) {
    $('#dead-letters-error').textContent = '';
    try {
      await api('POST', path);
    } catch (error) {
      $('#dead-letters-error').textContent = error.message;
      return;
    }
    // a replay reopens an ended job: follow it live again
    this.stopWatching();
    this.start();
  },

  async cancel() {
    try {
      this.ended(await api('DELETE', `/api/jobs/${this.jobId}`));
    } catch (error) {
      $('#job-live').textContent = `could not cancel: ${error.message}`;
    }
  },
};

/** What a shopper pays, the struck-through list price when on sale, and the range of a variable product. */
function priceOf(product) {
  const cell = element('span', null, 'price');
  if (product.price === null) {
    return cell;
  }
  const currency = product.currency ?? '';
  cell.append(document.createTextNode(`${product.price} ${currency}`));
  if (product.listPrice !== null && product.listPrice !== undefined) {
    cell.append(element('s', `${product.listPrice} ${currency}`));
  }
  if (product.lowPrice !== null && product.highPrice !== null && product.lowPrice !== undefined) {
    cell.append(element('span', `${product.lowPrice} – ${product.highPrice} ${currency}`, 'range'));
  }
  return cell;
}

function variantList(variants) {
  if (!variants || variants.length === 0) {
    return '';
  }
  const details = element('details', null, 'variants');
  details.append(element('summary', `${variants.length} variant${variants.length === 1 ? '' : 's'}`));
  const list = element('ul');
  for (const variant of variants) {
    const attributes = Object.values(variant.attributes ?? {}).join(' / ');
    const parts = [variant.name || attributes || variant.sku, variant.sku,
      variant.price === null ? null : `${variant.price} ${variant.currency ?? ''}`, variant.availability];
    list.append(element('li', parts.filter((part) => part).join(' · ')));
  }
  details.append(list);
  return details;
}

function categoryList(categories) {
  const list = element('ul', null, 'categories');
  for (const category of categories) {
    const item = element('li', category.name);
    item.title = category.path;
    list.append(item);
  }
  return list;
}

function describeEvent(event) {
  const data = event.data ?? {};
  switch (event.type) {
    case 'job_status':
      return data.status;
    case 'categories_discovered':
      return `${data.found} found, ${data.queued} queued`;
    case 'task_failed':
      return `${data.kind} ${data.url}: ${data.error} (${data.attempts} attempts)`;
    default:
      return JSON.stringify(data);
  }
}

// ---- routing --------------------------------------------------------------------

function route() {
  const match = location.hash.match(/^#\/jobs\/(\d+)$/);
  if (match) {
    jobsView.hide();
    jobView.show(Number(match[1]));
  } else {
    jobView.hide();
    jobsView.show();
  }
}

$('#submit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  jobsView.submit(event.target);
});
$('#jobs-pager').addEventListener('click', (event) => {
  const step = Number(event.target.dataset.step);
  if (step) {
    jobsView.page = Math.max(0, jobsView.page + step);
    jobsView.load();
  }
});
$('#products-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  jobView.productsPage = 0;
  jobView.loadProducts();
});
$('#products-pager').addEventListener('click', (event) => {
  const step = Number(event.target.dataset.step);
  if (step) {
    jobView.productsPage = Math.max(0, jobView.productsPage + step);
    jobView.loadProducts();
  }
});
$('#replay-all').addEventListener('click', () => jobView.replay(`/api/jobs/${jobView.jobId}/dead-letters/replay`));
$('#job-cancel').addEventListener('click', () => jobView.cancel());
window.addEventListener('hashchange', route);
route();
