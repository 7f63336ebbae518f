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
const QUEUE_REFRESH_MILLIS = 3000;
const SCHEDULE_REFRESH_MILLIS = 5000;
const CHANGES_PAGE_SIZE = 20;
const SCHEDULES_PAGE_SIZE = 20;
// a worker's tasks listed before the rest fold away
const TASKS_SHOWN = 4;
const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** An amount in its currency's own notation (2 decimals for EUR, none for JPY), as stored if the code is unknown. */
function formatAmount(amount, currency) {
  try {
    return new Intl.NumberFormat([], { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
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
    // keep running jobs moving in the list; the job view has live events
    if (page.items.some((job) => !ENDED.has(job.status)) && !$('#jobs-view').hidden) {
      this.refreshTimer = setTimeout(() => this.load(), JOBS_REFRESH_MILLIS);
    }
  },

  async submit(form) {
    clearFormErrors(form);
    const request = jobRequest(new FormData(form), '');
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

/** The body of POST /api/jobs from a form whose job fields are named with the given prefix. */
function jobRequest(values, prefix) {
  const request = {
    url: values.get(`${prefix}url`).trim(),
    type: values.get(`${prefix}type`),
    priority: values.get(`${prefix}priority`),
  };
  const maxPages = values.get(`${prefix}maxPages`).trim();
  if (maxPages) {
    // sent as typed when it is not a number, so the API's own message names the problem
    request.maxPages = /^\d+$/.test(maxPages) ? Number(maxPages) : maxPages;
  }
  return request;
}

function clearFormErrors(form) {
  for (const error of form.querySelectorAll('.field-error, .form-error')) {
    error.textContent = '';
  }
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

/** Shows a refusal next to the field it names (a schedule's job fields may be named with or without "job."). */
function showSubmitError(form, error) {
  const field = [error.field, `job.${error.field}`].find((name) => error.field
    && form.querySelector(`.field-error[data-field="${CSS.escape(name)}"]`));
  if (field) {
    form.querySelector(`.field-error[data-field="${CSS.escape(field)}"]`).textContent = error.message;
    form.elements[field]?.setAttribute('aria-invalid', 'true');
    form.elements[field]?.focus();
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
  changesPage: 0,
  // '' for every kind of change, else one of the API's names for a kind (price_up...)
  changeFilter: '',
  changesShown: false,

  show(jobId) {
    this.hide();
    this.jobId = jobId;
    this.status = null;
    this.productsPage = 0;
    this.productsStored = -1;
    this.changesPage = 0;
    this.changeFilter = '';
    this.changesShown = false;
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
    this.renderChanges(job.status, job.changes);
  },

  /** The counts of what changed since the site's previous completed job (null until this one is done). */
  renderChanges(status, changes) {
    $('#changes-view').hidden = !changes;
    $('#changes-empty').hidden = Boolean(changes);
    if (!changes) {
      $('#changes-against').textContent = '';
      $('#changes-empty').textContent = status === 'DONE'
        ? 'Nothing to compare with: the site had no earlier completed job.'
        : 'A job is compared with the site\'s previous completed one when it is done.';
      return;
    }
    $('#changes-against').replaceChildren(document.createTextNode('since '), jobLink(changes.comparedWithJobId));
    const counts = changes.counts;
    const all = Object.values(counts).reduce((sum, count) => sum + count, 0);
    for (const span of document.querySelectorAll('#changes-filter [data-change-count]')) {
      span.textContent = span.dataset.changeCount === 'all' ? all : counts[span.dataset.changeCount];
    }
    if (!this.changesShown) {
      this.changesShown = true;
      this.loadChanges();
    }
  },

  async loadChanges() {
    const jobId = this.jobId;
    for (const button of document.querySelectorAll('#changes-filter button')) {
      button.setAttribute('aria-pressed', String(button.dataset.change === this.changeFilter));
    }
    const query = new URLSearchParams({ page: this.changesPage, size: CHANGES_PAGE_SIZE });
    if (this.changeFilter) {
      query.set('change', this.changeFilter);
    }
    let page;
    try {
      page = await api('GET', `/api/jobs/${jobId}/changes?${query}`);
      $('#changes-error').textContent = '';
    } catch (error) {
      $('#changes-error').textContent = error.message;
      return;
    }
    if (jobId !== this.jobId) {
      return;
    }
    const rows = page.items.map((item) => row(
      element('span', CHANGE_LABELS[item.change] ?? item.change, `change change-${item.change}`),
      productHistoryLink(item.productId, item.title || item.url),
      item.old ?? '', item.new ?? ''));
    $('#changes-table tbody').replaceChildren(...(rows.length ? rows : [row('No changes of this kind')]));
    renderPager($('#changes-pager'), page);
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
    for (const type of ['categories_discovered', 'changes', 'product_changed']) {
      events.addEventListener(type, (message) => this.addHistory(message.data));
    }
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
      categoryList(product.categories),
      productHistoryLink(product.id, 'price history'))));
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

const CHANGE_LABELS = { new: 'new', gone: 'gone', price_up: 'price up', price_down: 'price down',
  availability: 'availability' };

function productHistoryLink(productId, text) {
  const link = element('a', text);
  link.href = `#/products/${productId}`;
  link.title = 'price history';
  return link;
}

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
    case 'changes':
      return `since job ${data.comparedWithJobId}: ${data.new} new, ${data.gone} gone, ${data.priceUp} price up, `
        + `${data.priceDown} price down, ${data.availability} availability`;
    case 'product_changed':
      return `${CHANGE_LABELS[data.change] ?? data.change} ${data.title || data.url}`
        + (data.old !== null || data.new !== null ? `: ${data.old ?? '–'} → ${data.new ?? '–'}` : '');
    default:
      return JSON.stringify(data);
  }
}

// ---- charts: small hand-written SVG ----------------------------------------------

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = String(text);
  }
  return node;
}

/** Plot area inside a chart of the given size, with room for the axis labels at left and bottom. */
function chartFrame(width, height) {
  const plot = { left: 84, right: width - 8, top: 8, bottom: height - 20 };
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
  root.append(svg('line', { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, class: 'axis' }),
    svg('line', { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, class: 'axis' }));
  return { root, plot };
}

function axisLabel(x, y, text, anchor) {
  return svg('text', { x, y, 'text-anchor': anchor, class: 'axis-label' }, text);
}

/** Tasks finished per minute, oldest first and the current minute last, as one bar per minute. */
function renderThroughputChart(figure, perMinute) {
  const { root, plot } = chartFrame(1080, 160);
  const most = Math.max(1, ...perMinute);
  const slot = (plot.right - plot.left) / perMinute.length;
  const thisMinute = Math.floor(Date.now() / 60000);
  perMinute.forEach((count, index) => {
    const height = ((plot.bottom - plot.top) * count) / most;
    const minute = new Date((thisMinute - (perMinute.length - 1 - index)) * 60000);
    const bar = svg('rect', { x: plot.left + index * slot + 1, y: plot.bottom - height, width: Math.max(1, slot - 2),
      height, class: 'bar', 'data-value': count });
    const at = minute.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    bar.append(svg('title', {}, `${at}: ${count} tasks`));
    root.append(bar);
  });
  root.append(axisLabel(plot.left - 6, plot.top + 10, most, 'end'), axisLabel(plot.left - 6, plot.bottom, 0, 'end'),
    axisLabel(plot.left, plot.bottom + 15, `${perMinute.length} min ago`, 'start'),
    axisLabel(plot.right, plot.bottom + 15, 'now', 'end'));
  const total = perMinute.reduce((sum, count) => sum + count, 0);
  figure.replaceChildren(root, element('figcaption',
    `${total} task${total === 1 ? '' : 's'} finished in the last hour; `
    + `the busiest minute had ${Math.max(0, ...perMinute)}.`));
}

/**
 * A product's price over time as steps: only changes are stored, so each observation's price holds
 * until the next one (and the last until now). One point per observation that has a price.
 */
function renderPriceChart(figure, observations) {
  const priced = observations.filter((observation) => observation.price !== null && observation.price !== undefined);
  if (priced.length === 0) {
    figure.replaceChildren(element('p', 'No observation of this product has a price.', 'empty'));
    return;
  }
  const { root, plot } = chartFrame(1080, 240);
  const times = priced.map((observation) => Date.parse(observation.observedAt));
  const first = times[0];
  const last = Math.max(Date.now(), times[times.length - 1] + 1);
  const amounts = priced.flatMap((observation) => [observation.price, observation.listPrice])
    .filter((amount) => amount !== null && amount !== undefined).map(Number);
  const pad = (Math.max(...amounts) - Math.min(...amounts)) * 0.1 || Math.max(1, Math.max(...amounts) * 0.1);
  const low = Math.max(0, Math.min(...amounts) - pad);
  const high = Math.max(...amounts) + pad;
  const x = (time) => plot.left + ((plot.right - plot.left) * (time - first)) / (last - first);
  const y = (amount) => plot.bottom - ((plot.bottom - plot.top) * (Number(amount) - low)) / (high - low);
  const until = (index) => (index + 1 < priced.length ? x(times[index + 1]) : plot.right).toFixed(1);
  const priceSteps = priced.map((observation, index) => {
    const level = y(observation.price).toFixed(1);
    return `${index === 0 ? `M${x(times[0]).toFixed(1)},${level}` : `V${level}`} H${until(index)}`;
  }).join(' ');
  // a list price comes and goes with a sale: a level of its own while there is one
  const listPriceLevels = priced.map((observation, index) => {
    if (observation.listPrice === null || observation.listPrice === undefined) {
      return '';
    }
    return `M${x(times[index]).toFixed(1)},${y(observation.listPrice).toFixed(1)} H${until(index)}`;
  }).join(' ').trim();
  if (listPriceLevels) {
    root.append(svg('path', { d: listPriceLevels, class: 'list-price-line' }));
  }
  root.append(svg('path', { d: priceSteps, class: 'price-line' }));
  priced.forEach((observation, index) => {
    const point = svg('circle', { cx: x(times[index]), cy: y(observation.price), r: 4, class: 'price-point',
      'data-price': observation.price });
    point.append(svg('title', {}, `${formatTime(observation.observedAt)}: `
      + `${formatAmount(observation.price, observation.currency)} (job ${observation.jobId})`));
    root.append(point);
  });
  // the lowest and highest prices seen, at their levels
  const currency = priced[priced.length - 1].currency;
  const prices = priced.map((observation) => Number(observation.price));
  const lowest = Math.min(...prices);
  const highest = Math.max(...prices);
  for (const amount of new Set([lowest, highest])) {
    root.append(svg('line', { x1: plot.left, y1: y(amount), x2: plot.right, y2: y(amount), class: 'grid' }),
      axisLabel(plot.left - 6, y(amount) + 4, formatAmount(amount, currency), 'end'));
  }
  root.append(axisLabel(plot.left, plot.bottom + 15, new Date(first).toLocaleDateString(), 'start'),
    axisLabel(plot.right, plot.bottom + 15, 'now', 'end'));
  figure.replaceChildren(root, element('figcaption', `${priced.length} price${priced.length === 1 ? '' : 's'} observed,`
    + ` each holding until the next${listPriceLevels ? '; the list price dashed' : ''}.`));
}

// ---- queue and workers ------------------------------------------------------------

/** What a worker runs, longest first: the first few in view, the rest folded away. */
function tasksInFlight(tasks) {
  const item = (task) => {
    const line = element('li');
    line.append(jobLink(task.jobId), document.createTextNode(` · ${task.kind} · `), externalLink(task.url),
      element('span', ` ${(task.forMillis / 1000).toFixed(1)} s`, 'muted'));
    return line;
  };
  const shown = element('ul', null, 'tasks');
  shown.append(...tasks.slice(0, TASKS_SHOWN).map(item));
  if (tasks.length <= TASKS_SHOWN) {
    return shown;
  }
  const more = element('details');
  const rest = element('ul', null, 'tasks');
  rest.append(...tasks.slice(TASKS_SHOWN).map(item));
  more.append(element('summary', `${tasks.length - TASKS_SHOWN} more`), rest);
  const cell = element('div');
  cell.append(shown, more);
  return cell;
}

const queueView = {
  refreshTimer: null,

  show() {
    $('#queue-view').hidden = false;
    this.load();
  },

  hide() {
    $('#queue-view').hidden = true;
    clearTimeout(this.refreshTimer);
  },

  async load() {
    try {
      const stats = await api('GET', '/api/queue/stats');
      if (!$('#queue-view').hidden) {
        this.render(stats);
        $('#queue-live').textContent = `as of ${new Date().toLocaleTimeString()}, refreshed every `
          + `${QUEUE_REFRESH_MILLIS / 1000} s`;
      }
    } catch (error) {
      $('#queue-live').textContent = `could not refresh: ${error.message}`;
    }
    // one timer however many loads overlap (a quick hide and show)
    clearTimeout(this.refreshTimer);
    if (!$('#queue-view').hidden) {
      this.refreshTimer = setTimeout(() => this.load(), QUEUE_REFRESH_MILLIS);
    }
  },

  render(stats) {
    $('#queue-name').textContent = stats.queue;
    for (const dd of document.querySelectorAll('#queue-counters [data-stat]')) {
      dd.textContent = dd.dataset.stat.split('.').reduce((value, key) => value?.[key], stats) ?? '';
    }
    renderThroughputChart($('#throughput-chart'), stats.finishedPerMinute);
    // by name: the API lists them by latest heartbeat, an order that changes every beat
    const workers = stats.workers.slice().sort((a, b) => a.id.localeCompare(b.id)).map((worker) => {
      const busy = element('div', null, 'progress-cell');
      const bar = element('div', null, 'progress');
      const used = element('div', null, 'progress-fetched');
      used.style.width = `${(100 * worker.inFlight) / Math.max(1, worker.concurrency)}%`;
      bar.append(used);
      busy.append(bar, element('span', `${worker.inFlight} of ${worker.concurrency} tasks in flight`));
      return row(worker.id, worker.host, worker.pid, busy, tasksInFlight(worker.tasks), worker.delayed,
        formatTime(worker.startedAt), formatTime(worker.lastSeen));
    });
    $('#workers-table tbody').replaceChildren(...(workers.length ? workers : [row('No worker is alive')]));
    this.renderHosts(stats.hosts);
  },

  // the queue by host: which hosts wait on politeness (their tasks wait in Redis, holding no worker)
  renderHosts(hosts) {
    $('#hosts-summary').textContent = `${hosts.readyHosts} ready (${hosts.readyTasks} tasks), `
      + `${hosts.waitingHosts} waiting on politeness (${hosts.waitingTasks} tasks); `
      + `${hosts.deferredTasks} tasks handed back for their host so far`;
    const rows = hosts.busiest.map((host) => {
      const state = host.waiting ? `waiting ${host.readyInMillis} ms` : 'ready';
      return row(host.host, element('span', state, host.waiting ? 'host-waiting' : 'host-ready'), host.queued, host.leased);
    });
    $('#hosts-table tbody').replaceChildren(...(rows.length ? rows : [row('No host has tasks queued')]));
  },
};

// ---- schedules ----------------------------------------------------------------------

function scheduleTiming(schedule) {
  return schedule.cron ? `cron ${schedule.cron} (${schedule.timeZone})` : `every ${schedule.interval}`;
}

function scheduleState(schedule) {
  return schedule.paused ? 'PAUSED' : 'ACTIVE';
}

function scheduleLink(schedule) {
  const link = element('a', schedule.name);
  link.href = `#/schedules/${schedule.id}`;
  return link;
}

function jobLink(jobId) {
  const link = element('a', `job ${jobId}`);
  link.href = `#/jobs/${jobId}`;
  return link;
}

const schedulesView = {
  page: 0,

  show() {
    $('#schedules-view').hidden = false;
    $('#schedules-error').textContent = '';
    this.load();
  },

  hide() {
    $('#schedules-view').hidden = true;
  },

  async load() {
    let page;
    try {
      page = await api('GET', `/api/schedules?page=${this.page}&size=${SCHEDULES_PAGE_SIZE}`);
    } catch (error) {
      $('#schedules-table tbody').replaceChildren(row(`Could not load schedules: ${error.message}`));
      return;
    }
    const rows = page.items.map((schedule) => {
      const toggle = element('button', schedule.paused ? 'Resume' : 'Pause');
      toggle.type = 'button';
      toggle.addEventListener('click', () => this.change(() => setPaused(schedule, !schedule.paused)));
      const remove = element('button', 'Delete', 'danger');
      remove.type = 'button';
      remove.addEventListener('click', () => this.change(() => deleteSchedule(schedule)));
      const actions = element('span', null, 'row-actions');
      actions.append(toggle, remove);
      return row(scheduleLink(schedule), scheduleTiming(schedule), externalLink(schedule.job.url),
        statusBadge(scheduleState(schedule)), schedule.paused ? 'paused' : formatTime(schedule.nextFireTimes[0]),
        actions);
    });
    $('#schedules-table tbody').replaceChildren(...(rows.length ? rows : [row('No schedules yet')]));
    renderPager($('#schedules-pager'), page);
  },

  async change(action) {
    $('#schedules-error').textContent = '';
    try {
      await action();
    } catch (error) {
      $('#schedules-error').textContent = error.message;
    }
    this.load();
  },

  async submit(form) {
    clearFormErrors(form);
    const values = new FormData(form);
    const request = { name: values.get('name').trim(), job: jobRequest(values, 'job.') };
    if (values.get('repeat') === 'cron') {
      request.cron = values.get('cron').trim();
      request.timeZone = values.get('timeZone').trim();
    } else {
      request.interval = values.get('interval').trim();
    }
    const button = $('button[type=submit]', form);
    button.disabled = true;
    try {
      const schedule = await api('POST', '/api/schedules', request);
      form.reset();
      showRepeatFields(form);
      location.hash = `#/schedules/${schedule.id}`;
    } catch (error) {
      showSubmitError(form, error);
    } finally {
      button.disabled = false;
    }
  },
};

function setPaused(schedule, paused) {
  return api('POST', `/api/schedules/${schedule.id}/${paused ? 'pause' : 'resume'}`);
}

/** Deletes the schedule once the user confirms; true when it did. */
async function deleteSchedule(schedule) {
  if (!window.confirm(`Delete the schedule "${schedule.name}"? The jobs it started stay.`)) {
    return false;
  }
  await api('DELETE', `/api/schedules/${schedule.id}`);
  return true;
}

/** Shows the cron and time zone fields or the interval field, as the form's "repeats" says. */
function showRepeatFields(form) {
  const repeat = form.elements.repeat.value;
  for (const field of form.querySelectorAll('[data-repeat]')) {
    field.hidden = field.dataset.repeat !== repeat;
  }
  if (!form.elements.timeZone.value) {
    form.elements.timeZone.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
}

/** A fire time in the browser's time zone, and in the schedule's when that is another one. */
function nextRun(time, timeZone) {
  const item = element('li');
  const local = element('time', formatTime(time));
  local.dateTime = time;
  item.append(local);
  if (timeZone && timeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone) {
    try {
      const there = new Date(time).toLocaleString([], { timeZone, dateStyle: 'medium', timeStyle: 'short' });
      item.append(element('span', ` (${there} in ${timeZone})`, 'muted'));
    } catch {
      // a zone Java knows and this browser does not: the local time alone
    }
  }
  return item;
}

const OUTCOMES = { started: 'started a job', skipped_running: 'skipped: the site\'s previous job still ran',
  refused: 'refused' };

const scheduleView = {
  scheduleId: null,
  schedule: null,
  refreshTimer: null,

  show(scheduleId) {
    this.scheduleId = scheduleId;
    this.schedule = null;
    $('#schedule-view').hidden = false;
    $('#schedule-error').textContent = '';
    $('#schedule-title').textContent = scheduleId;
    this.load();
  },

  hide() {
    $('#schedule-view').hidden = true;
    clearTimeout(this.refreshTimer);
    this.scheduleId = null;
  },

  async load() {
    const scheduleId = this.scheduleId;
    try {
      const schedule = await api('GET', `/api/schedules/${scheduleId}`);
      if (scheduleId === this.scheduleId) {
        this.render(schedule);
      }
    } catch (error) {
      $('#schedule-error').textContent = error.message;
    }
    // its next runs move on and new runs appear while it is shown
    clearTimeout(this.refreshTimer);
    if (scheduleId === this.scheduleId) {
      this.refreshTimer = setTimeout(() => this.load(), SCHEDULE_REFRESH_MILLIS);
    }
  },

  render(schedule) {
    this.schedule = schedule;
    const job = schedule.job;
    $('#schedule-title').textContent = schedule.name;
    $('#schedule-state').replaceChildren(statusBadge(scheduleState(schedule)));
    $('#schedule-summary').replaceChildren(document.createTextNode(`${scheduleTiming(schedule)} · crawls `),
      externalLink(job.url), document.createTextNode(` · ${job.type ?? 'full_site'} · ${job.priority ?? 'normal'}`
        + (job.maxPages ? ` · max ${job.maxPages} pages` : '')));
    $('#schedule-pause').hidden = schedule.paused;
    $('#schedule-resume').hidden = !schedule.paused;
    const nextRuns = schedule.nextFireTimes;
    $('#schedule-next-runs').replaceChildren(...(nextRuns.length
      ? nextRuns.map((time) => nextRun(time, schedule.timeZone))
      : [element('li', schedule.paused ? 'None while paused' : 'None', 'empty')]));
    const fires = schedule.fires.map((fire) => row(formatTime(fire.fireTime),
      [OUTCOMES[fire.outcome] ?? fire.outcome, fire.error].filter((part) => part).join(': '),
      fire.jobId === null ? '' : jobLink(fire.jobId), fire.jobStatus ? statusBadge(fire.jobStatus) : ''));
    $('#schedule-fires-table tbody').replaceChildren(...(fires.length ? fires : [row('It has not fired yet')]));
  },

  async change(action) {
    $('#schedule-error').textContent = '';
    try {
      await action(this.schedule);
    } catch (error) {
      $('#schedule-error').textContent = error.message;
      return;
    }
    this.load();
  },

  async remove() {
    $('#schedule-error').textContent = '';
    try {
      if (await deleteSchedule(this.schedule)) {
        location.hash = '#/schedules';
      }
    } catch (error) {
      $('#schedule-error').textContent = error.message;
    }
  },
};

// ---- a product's history -----------------------------------------------------------

const productView = {
  productId: null,

  async show(productId) {
    this.productId = productId;
    $('#product-view').hidden = false;
    $('#product-title').textContent = `Product ${productId}`;
    $('#product-url').replaceChildren();
    $('#price-chart').replaceChildren();
    $('#observations-table tbody').replaceChildren();
    let history;
    try {
      history = await api('GET', `/api/products/${productId}/history`);
    } catch (error) {
      $('#product-url').textContent = `Could not load its history: ${error.message}`;
      return;
    }
    if (productId === this.productId) {
      this.render(history);
    }
  },

  hide() {
    $('#product-view').hidden = true;
    this.productId = null;
  },

  render(history) {
    const observations = history.observations;
    $('#product-title').textContent = history.title || history.url;
    $('#product-url').replaceChildren(externalLink(history.url));
    const latest = observations[observations.length - 1];
    if (latest) {
      $('#product-back').href = `#/jobs/${latest.jobId}`;
      $('#product-back').textContent = `← job ${latest.jobId}`;
    }
    renderPriceChart($('#price-chart'), observations);
    // newest first, as the chart reads from its right
    $('#observations-table tbody').replaceChildren(...observations.slice().reverse().map((observation) => row(
      formatTime(observation.observedAt), jobLink(observation.jobId), priceOf(observation), observation.availability,
      observation.title, variantList(observation.variants))));
  },
};

// ---- routing --------------------------------------------------------------------

const VIEWS = [
  { hash: /^#\/jobs\/(\d+)$/, view: jobView },
  { hash: /^#\/queue$/, view: queueView },
  { hash: /^#\/schedules$/, view: schedulesView },
  { hash: /^#\/schedules\/(\d+)$/, view: scheduleView },
  { hash: /^#\/products\/(\d+)$/, view: productView },
];

function route() {
  const found = VIEWS.find(({ hash }) => hash.test(location.hash));
  for (const view of [jobsView, ...VIEWS.map((entry) => entry.view)]) {
    view.hide();
  }
  if (found) {
    const id = location.hash.match(found.hash)[1];
    found.view.show(id === undefined ? undefined : Number(id));
  } else {
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
$('#schedule-form').addEventListener('submit', (event) => {
  event.preventDefault();
  schedulesView.submit(event.target);
});
$('#schedules-pager').addEventListener('click', (event) => {
  const step = Number(event.target.dataset.step);
  if (step) {
    schedulesView.page = Math.max(0, schedulesView.page + step);
    schedulesView.load();
  }
});
$('#schedule-form').elements.repeat.addEventListener('change', () => showRepeatFields($('#schedule-form')));
showRepeatFields($('#schedule-form'));
$('#time-zones').replaceChildren(...Intl.supportedValuesOf('timeZone').map((zone) => {
  const option = document.createElement('option');
  option.value = zone;
  return option;
}));
$('#schedule-pause').addEventListener('click', () => scheduleView.change((schedule) => setPaused(schedule, true)));
$('#schedule-resume').addEventListener('click', () => scheduleView.change((schedule) => setPaused(schedule, false)));
$('#schedule-delete').addEventListener('click', () => scheduleView.remove());
$('#changes-filter').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-change]');
  if (button) {
    jobView.changeFilter = button.dataset.change;
    jobView.changesPage = 0;
    jobView.loadChanges();
  }
});
$('#changes-pager').addEventListener('click', (event) => {
  const step = Number(event.target.dataset.step);
  if (step) {
    jobView.changesPage = Math.max(0, jobView.changesPage + step);
    jobView.loadChanges();
  }
});
$('#replay-all').addEventListener('click', () => jobView.replay(`/api/jobs/${jobView.jobId}/dead-letters/replay`));
$('#job-cancel').addEventListener('click', () => jobView.cancel());
window.addEventListener('hashchange', route);
route();
