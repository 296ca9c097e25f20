// Progress of long operations started from a page: polls the page's data-progress-url and updates
// its progress bars until the operation is done. An import reloads once done, to list refused lines.
(function () {
    'use strict';
    const page = document.querySelector('[data-progress-url]');
    if (!page) {
        return;
    }
    const url = page.dataset.progressUrl;

    function readModels(models) {
        let busy = false;
        const notice = document.getElementById('rebuilding');
        models.forEach(model => {
            const row = document.querySelector('[data-read-model="' + CSS.escape(model.processor) + '"]');
            if (!row) {
                return;
            }
            row.querySelector('progress').value = model.fraction;
            row.querySelector('.position').textContent = model.replaying ? model.position + ' of ' + model.target : '';
            row.querySelector('.state').textContent = model.error ? 'error'
                : model.replaying ? 'replaying' : model.done ? 'up to date' : 'catching up';
            busy = busy || model.replaying || !model.done;
            if (notice && notice.dataset.rebuilding === model.processor && model.done && !model.replaying) {
                notice.textContent = model.error ? 'Rebuilding ' + model.processor + ' failed.'
                    : model.processor + ' is rebuilt and up to date.';
            }
        });
        return busy;
    }

    function importJob(job) {
        document.getElementById('import-progress').max = job.lines;
        document.getElementById('import-progress').value = job.processed;
        document.getElementById('import-counts').textContent = job.processed + ' of ' + job.lines + ' lines: '
            + job.recorded + ' recorded, ' + job.refused + ' refused, ' + job.skipped + ' blank lines skipped';
        if (job.done) {
            window.location.reload();
        }
        return !job.done;
    }

    async function poll() {
        const response = await fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
        if (!response.ok) {
            return;
        }
        const busy = page.dataset.progress === 'import' ? importJob(await response.json()) : readModels(await response.json());
        if (busy) {
            setTimeout(poll, 500);
        }
    }

    poll();
}());
