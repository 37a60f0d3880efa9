/* The source page's chart: its claims per month, asserting and denying (Chart.js). The
   counts come in a JSON data block the server wrote (never executed: CSP-safe). */
(function () {
  'use strict';
  var canvas = document.getElementById('source-chart');
  var data = document.getElementById('source-months');
  if (!canvas || !data || typeof Chart === 'undefined') { return; }
  var rows = JSON.parse(data.textContent);
  var months = Array.from(new Set(rows.map(function (r) { return r.month; }))).sort();
  // every month from the first to the last, so that silences show
  var all = [], y = +months[0].slice(0, 4), m = +months[0].slice(5, 7);
  var last = months[months.length - 1];
  while (all.length < 600) {
    var key = y + '-' + (m < 10 ? '0' : '') + m;
    all.push(key);
    if (key >= last) { break; }
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  var COLOURS = { asserts: '#2563eb', denies: '#d97706' };
  var stances = Array.from(new Set(rows.map(function (r) { return r.stance; }))).sort();
  var total = 0;
  var datasets = stances.map(function (st) {
    var counts = all.map(function () { return 0; });
    rows.forEach(function (r) {
      if (r.stance === st) { counts[all.indexOf(r.month)] += r.count; total += r.count; }
    });
    return { label: st, data: counts, backgroundColor: COLOURS[st] || '#6b7280', borderWidth: 0 };
  });
  new Chart(canvas, {
    type: 'bar',
    data: { labels: all, datasets: datasets },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, grid: { display: false } },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  canvas.setAttribute('data-total', String(total));
  canvas.setAttribute('data-ready', '1');
}());
