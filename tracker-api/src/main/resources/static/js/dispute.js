// The dispute page: filters the timeline by kind of record, and keeps the page current through the
// live feed without reloading it. Each record named by the feed is fetched as a fragment rendered
// (and escaped) by the server, so this script never builds markup from record text.
(function () {
    'use strict';
    const body = document.body;
    const base = body.dataset.base;
    const kindFilter = document.getElementById('kind-filter');
    const hideWithdrawn = document.getElementById('hide-withdrawn');

    function timeline() {
        return document.getElementById('timeline');
    }

    function applyFilter(entry) {
        const kind = kindFilter.value;
        const hidden = (kind !== '' && entry.dataset.type !== kind)
            || (hideWithdrawn.checked && entry.classList.contains('withdrawn'));
        entry.classList.toggle('hidden', hidden);
    }

    function filterAll() {
        timeline().querySelectorAll('li.entry').forEach(applyFilter);
    }

    kindFilter.addEventListener('change', filterAll);
    hideWithdrawn.addEventListener('change', filterAll);

    async function fragment(path) {
        const response = await fetch(base + path, {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
        if (response.redirected) {
            // Signed out meanwhile: the answer is the sign-in page, not the fragment.
            window.location.reload();
        }
        if (!response.ok || response.redirected) {
            throw new Error(path + ' answered ' + response.status);
        }
        const template = document.createElement('template');
        template.innerHTML = (await response.text()).trim();
        return template.content.firstElementChild;
    }

    function offerKind(type) {
        if (!Array.from(kindFilter.options).some(option => option.value === type)) {
            kindFilter.add(new Option(type.replace(/([a-z])([A-Z])/g, '$1 $2'), type));
        }
    }

    // Entries stay in timeline order: by when it happened, then by when it was recorded. A record that
    // belongs on an earlier or a later page of the timeline is only offered in the filter.
    function outsidePage(entry) {
        const entries = timeline().children;
        if (entries.length === 0) {
            return false;
        }
        return (body.dataset.firstPage !== 'true' && entry.dataset.order < entries[0].dataset.order)
            || (body.dataset.lastPage !== 'true' && entry.dataset.order > entries[entries.length - 1].dataset.order);
    }

    function place(entry) {
        const existing = document.getElementById(entry.id);
        if (!existing && outsidePage(entry)) {
            offerKind(entry.dataset.type);
            return;
        }
        if (existing) {
            existing.replaceWith(entry);
        } else {
            const later = Array.from(timeline().children).find(other => other.dataset.order > entry.dataset.order);
            timeline().insertBefore(entry, later || null);
        }
        entry.classList.add('fresh');
        offerKind(entry.dataset.type);
        applyFilter(entry);
    }

    async function showRecord(update) {
        place(await fragment('/entries/' + encodeURIComponent(update.streamId) + '/' + encodeURIComponent(update.recordId)));
        if (update.claims && update.claims.length > 0) {
            await refresh('figures', '/figures');
        }
    }

    async function refresh(id, path) {
        document.getElementById(id).replaceWith(await fragment(path));
    }

    function words(constant) {
        const text = constant.toLowerCase().replace(/_/g, ' ');
        return text.charAt(0).toUpperCase() + text.slice(1);
    }

    function showSummary(summary) {
        document.querySelector('[data-summary="records"]').textContent = summary.records;
        document.querySelector('[data-summary="openDemands"]').textContent = summary.openDemands;
        const status = document.querySelector('[data-summary="status"]');
        status.textContent = words(summary.status);
        status.classList.toggle('live', summary.active);
    }

    const feed = new EventSource(body.dataset.liveUrl);
    // Once subscribed, fetch the timeline and figures again: a record stored between this page's
    // rendering and the subscription (or while the feed was reconnecting) would otherwise be missed.
    feed.addEventListener('ready', () => {
        Promise.all([refresh('timeline', body.dataset.timelinePath), refresh('figures', '/figures')])
            .then(() => {
                timeline().querySelectorAll('li.entry').forEach(entry => offerKind(entry.dataset.type));
                filterAll();
                body.dataset.live = 'connected';
            })
            .catch(error => console.error(error));
    });
    feed.addEventListener('timeline', event => showRecord(JSON.parse(event.data)).catch(error => console.error(error)));
    feed.addEventListener('summary', event => showSummary(JSON.parse(event.data)));
    feed.addEventListener('error', () => {
        body.dataset.live = 'reconnecting';
    });
}());
