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
