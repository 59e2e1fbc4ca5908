(function () {
  'use strict';
  // one filterable, sortable table per page: the report's components or the dashboard's applications
  function wire(name) {
  var table = document.getElementById(name + '-table');
  var input = document.getElementById(name + '-filter');
  var status = document.getElementById(name + '-count');
  if (!table || !input || !status) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var template = status.getAttribute('data-template');
  var lang = document.documentElement.lang || 'en';
  function show(count) {
    status.textContent = template.replace('{0}', count.toLocaleString(lang))
      .replace('{1}', rows.length.toLocaleString(lang));
  }
  input.addEventListener('input', function () {
    var terms = input.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = terms.every(function (t) { return texts[i].indexOf(t) >= 0; });
      rows[i].hidden = !match;
      if (match) { shown++; }
    }
    show(shown);
  });
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, column) {
    var button = th.querySelector('button');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var order = rows.map(function (r, i) { return i; });
      order.sort(function (a, b) {
        var x = rows[a].cells[column].textContent, y = rows[b].cells[column].textContent;
        var c = x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' });
        return (ascending ? c : -c) || a - b;
      });
      var fragment = document.createDocumentFragment();
      order.forEach(function (i) { fragment.appendChild(rows[i]); });
      body.appendChild(fragment);
      rows = order.map(function (i) { return rows[i]; });
      texts = order.map(function (i) { return texts[i]; });
    });
  });
  }
  wire('component');
  wire('application');
})();
