/* The report page: clicking a highlighted span lists what was read there. */
(function () {
  'use strict';
  var text = document.getElementById('report-text');
  var list = document.getElementById('span-list');
  if (!text || !list) { return; }
  function clear() {
    Array.prototype.forEach.call(list.querySelectorAll('.active'), function (li) {
      li.classList.remove('active');
    });
  }
  text.addEventListener('click', function (e) {
    var seg = e.target.closest ? e.target.closest('[data-a]') : null;
    if (!seg) { return; }
    clear();
    var first = null;
    seg.getAttribute('data-a').split(' ').forEach(function (i) {
      var li = list.querySelector('li[data-i="' + i + '"]');
      if (li) { li.classList.add('active'); first = first || li; }
    });
    if (first) { first.scrollIntoView({ block: 'nearest' }); }
  });
}());
