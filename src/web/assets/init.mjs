// Progressive enhancement only: every page works without JavaScript.
/* global document, window, HTMLFormElement, fetch, URLSearchParams, FormData, DOMParser */
import { initAll } from '/assets/govuk-frontend.min.js';

initAll();

// The agenda builder: "Move up" and "Move down" post their form without leaving the page when
// JavaScript runs, then show the agenda as the server numbered it, keep focus on the moved item and
// announce where it went. Without JavaScript the same forms post and reload the page.
const builder = document.querySelector('[data-app-agenda-builder]');
const builderStatus = document.querySelector('[data-app-agenda-status]');
if (builder && builderStatus && window.fetch && window.DOMParser) {
  builder.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-app-move')) return;
    event.preventDefault();
    const { item, direction } = form.dataset;
    const buttons = builder.querySelectorAll('button');
    buttons.forEach((b) => b.setAttribute('aria-disabled', 'true'));
    try {
      const response = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' });
      const next = response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-app-agenda-builder]') : null;
      if (!next) throw new Error('no agenda in the response');
      builder.innerHTML = next.innerHTML;
      const row = builder.querySelector(`#item-${item}`);
      const again = builder.querySelector(`form[data-item="${item}"][data-direction="${direction}"] button`);
      const other = builder.querySelector(`form[data-item="${item}"] button`);
      (again || other || row)?.focus();
      if (row) builderStatus.textContent = `${row.dataset.title} moved ${direction}. It is now item ${row.dataset.number}.`;
    } catch {
      // Let the browser post the form as it would without JavaScript.
      HTMLFormElement.prototype.submit.call(form);
    } finally {
      builder.querySelectorAll('button[aria-disabled]').forEach((b) => b.removeAttribute('aria-disabled'));
    }
  });
}

// An import job's page: while the job waits or runs, ask for the page again every 2 seconds and put its
// status in place (a polite live region announces a change), until the job has finished. Without
// JavaScript a refresh in <noscript> reloads the whole page instead.
const job = document.querySelector('[data-app-job-refresh]');
if (job && window.fetch && window.DOMParser) {
  const poll = async () => {
    try {
      const response = await fetch(window.location.href, { credentials: 'same-origin' });
      const next = response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-app-job]') : null;
      if (next && next.innerHTML !== job.innerHTML) job.innerHTML = next.innerHTML;
      if (next && !next.hasAttribute('data-app-job-refresh')) return;
    } catch {
      // The server may be restarting: ask again at the next tick.
    }
    window.setTimeout(poll, 2000);
  };
  window.setTimeout(poll, 2000);
}
