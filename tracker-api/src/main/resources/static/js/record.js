// A refused record: the summary of what to put right takes the focus, so that a screen reader reads
// it first and a keyboard reaches its links to the fields at once.
(function () {
    'use strict';
    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
}());
