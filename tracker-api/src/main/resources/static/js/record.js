// The record form shows only the fields of the kind of record chosen, and in "Which" only that
// kind's values. Without this script every field shows, and the server ignores those the kind lacks.
(function () {
    'use strict';
    const recordKind = document.getElementById('recordKind');
    const which = document.getElementById('kind');

    function show() {
        const kind = recordKind.value;
        document.querySelectorAll('[data-kinds]').forEach(part => {
            part.hidden = !part.dataset.kinds.split(' ').includes(kind);
        });
        which.querySelectorAll('optgroup').forEach(group => {
            group.hidden = group.dataset.kind !== kind;
            group.disabled = group.dataset.kind !== kind;
        });
        const chosen = which.selectedOptions[0];
        if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) {
            which.value = '';
        }
    }

    recordKind.addEventListener('change', show);
    show();
}());
