/* The timeline page: incidents per day from /api/timeline, stacked by event type or by
   status (Chart.js). Days without incidents are drawn as gaps, not skipped. */
(function () {
  'use strict';
  var DAY = 86400000;
  var totalEl = document.getElementById('timeline-total');
  var canvas = document.getElementById('timeline-chart');
  if (typeof Chart === 'undefined') {
    totalEl.textContent = 'The chart library is not installed (run make setup).';
    return;
  }
  var STATUS_COLOURS = { reported: '#2563eb', disputed: '#d97706', confirmed: '#15803d', retracted: '#6b7280' };
  var PALETTE = ['#b91c1c', '#ea580c', '#7c3aed', '#0891b2', '#65a30d', '#db2777', '#4b5563', '#ca8a04'];
  var TYPE_COLOURS = {
    'Battles': '#b91c1c', 'Explosions/Remote violence': '#ea580c',
    'Violence against civilians': '#7c3aed', 'Strategic developments': '#0891b2',
    'Protests': '#65a30d', 'Riots': '#db2777', 'Non-conflict': '#4b5563'
  };

  function days(first, last) {
    var out = [], a = Date.parse(first + 'T00:00:00Z'), b = Date.parse(last + 'T00:00:00Z');
    for (var t = a; t <= b && out.length < 20000; t += DAY) { out.push(new Date(t).toISOString().slice(0, 10)); }
    return out;
  }

  function datasets(counts, labels, key) {
    var index = {}, groups = {};
    labels.forEach(function (d, i) { index[d] = i; });
    counts.forEach(function (c) {
      var g = groups[c[key]] || (groups[c[key]] = labels.map(function () { return 0; }));
      if (c.date in index) { g[index[c.date]] += c.count; }
    });
    return Object.keys(groups).sort().map(function (name, i) {
      var colour = key === 'status' ? STATUS_COLOURS[name] : TYPE_COLOURS[name];
      colour = colour || PALETTE[i % PALETTE.length];
      return { label: name, data: groups[name], backgroundColor: colour, borderWidth: 0,
               barPercentage: 1.0, categoryPercentage: 0.9 };
    });
  }

  fetch('/api/timeline' + window.location.search, { credentials: 'same-origin' })
    .then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.message || ('HTTP ' + r.status)); }
        return body;
      });
    })
    .then(function (tl) {
      totalEl.textContent = tl.total + ' incidents' + (tl.first ? ', ' + tl.first + ' to ' + tl.last : '');
      var labels = tl.first ? days(tl.first, tl.last) : [];
      var chart = new Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: datasets(tl.counts, labels, 'event_type') },
        options: {
          maintainAspectRatio: false, animation: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0, maxTicksLimit: 12 }, grid: { display: false } },
            y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'incidents' } }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { filter: function (item) { return item.parsed.y > 0; } }
          },
          onClick: function (evt, elements) {
            if (!elements.length) { return; }
            var day = labels[elements[0].index];
            window.location.href = '/?since=' + day + '&until=' + day;
          }
        }
      });
      function colourBy(key) {
        chart.data.datasets = datasets(tl.counts, labels, key);
        chart.update();
        document.getElementById('by-type').setAttribute('aria-pressed', String(key === 'event_type'));
        document.getElementById('by-status').setAttribute('aria-pressed', String(key === 'status'));
        canvas.setAttribute('data-by', key);
      }
      document.getElementById('by-type').addEventListener('click', function () { colourBy('event_type'); });
      document.getElementById('by-status').addEventListener('click', function () { colourBy('status'); });
      canvas.setAttribute('data-by', 'event_type');
      canvas.setAttribute('data-days', String(labels.length));
      canvas.setAttribute('data-total', String(tl.total));
      canvas.setAttribute('data-ready', '1');
    })
    .catch(function (err) {
      totalEl.textContent = 'Could not load the timeline: ' + err.message;
      canvas.setAttribute('data-ready', 'error');
    });
}());
