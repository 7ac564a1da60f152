(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var current = null;

  function art(el) { return el.closest('article'); }
  function first(q) { return art(q).querySelector('.q[data-q="' + q.dataset.q + '"]:not([data-cont])') || q; }
  function each(list, f) { Array.prototype.forEach.call(list, f); }
  function line(label, value) {
    var p = document.createElement('div');
    var k = document.createElement('span');
    k.className = 'k';
    k.textContent = label + ' ';
    p.appendChild(k);
    p.appendChild(document.createTextNode(value));
    tip.appendChild(p);
  }

  function hide() {
    if (!current) return;
    var a = art(current);
    each(a.querySelectorAll('[data-q="' + current.dataset.q + '"]'), function (p) { p.classList.remove('active'); });
    each(a.querySelectorAll('.cue[data-cue="' + current.dataset.q + '"]'), function (c) { c.classList.remove('on'); });
    tip.hidden = true;
    current = null;
  }

  function show(q) {
    q = first(q);
    if (q === current) return;
    hide();
    current = q;
    var a = art(q);
    each(a.querySelectorAll('[data-q="' + q.dataset.q + '"]'), function (p) { p.classList.add('active'); });
    each(a.querySelectorAll('.cue[data-cue="' + q.dataset.q + '"]'), function (c) { c.classList.add('on'); });
    tip.textContent = '';
    var who = document.createElement('b');
    who.textContent = q.dataset.speaker || 'Unattributed';
    tip.appendChild(who);
    if (q.dataset.label) tip.appendChild(document.createTextNode(' (' + q.dataset.label + ')'));
    line('cue:', q.dataset.cue ? '\u201c' + q.dataset.cue + '\u201d' : 'none');
    if (q.dataset.verb) line('verb:', q.dataset.verb);
    line('kind:', q.dataset.kind || '?');
    tip.hidden = false;
    // Above the quote's first line when there is room (the cue usually follows the quote),
    // else below its last line.
    var rects = q.getClientRects();
    var r = rects[0] || q.getBoundingClientRect();
    var last = rects[rects.length - 1] || r;
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
    var top = r.top - h - 6 >= 0 ? r.top - h - 6 : last.bottom + 6;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }

  document.addEventListener('mouseover', function (e) {
    var q = e.target.closest('.q');
    if (q && art(q)) show(q);
    else if (current && document.activeElement !== current) hide();
  });
  document.addEventListener('focusin', function (e) {
    var q = e.target.closest('.q');
    if (q && art(q)) show(q); else hide();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });

  var buttons = document.querySelectorAll('button.spk');
  var panel = document.getElementById('filter');
  var msg = document.getElementById('filter-msg');
  var hits = document.getElementById('hits');
  var active = null;

  function setFilter(name) {
    hide();
    active = name;
    each(buttons, function (b) { b.setAttribute('aria-pressed', String(name !== null && b.dataset.speaker === name)); });
    var found = [];
    var shown = 0;
    each(document.querySelectorAll('article.art'), function (a) {
      var any = false;
      each(a.querySelectorAll('.q'), function (q) {
        var m = name !== null && q.dataset.speaker === name;
        q.classList.toggle('hit', m);
        q.classList.toggle('dim', name !== null && !m);
        if (m && !q.hasAttribute('data-cont')) { any = true; found.push(q); }
      });
      a.hidden = name !== null && !any;
      if (!a.hidden) shown++;
    });
    document.body.classList.toggle('filtered', name !== null);
    hits.textContent = '';
    if (name === null) { panel.hidden = true; return; }
    msg.textContent = found.length + (found.length === 1 ? ' quote' : ' quotes') + ' by ' +
      (name || 'no one (unattributed)') + ' in ' + shown + (shown === 1 ? ' article' : ' articles');
    found.forEach(function (q) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + q.id;
      var t = q.textContent;
      link.textContent = art(q).querySelector('h2').textContent + ': ' + (t.length > 90 ? t.slice(0, 89) + '\u2026' : t);
      li.appendChild(link);
      hits.appendChild(li);
    });
    panel.hidden = false;
  }

  each(buttons, function (b) {
    b.addEventListener('click', function () {
      setFilter(active === b.dataset.speaker ? null : b.dataset.speaker);
      if (window.matchMedia('(max-width: 760px)').matches) panel.scrollIntoView();
    });
  });
  document.getElementById('clear').addEventListener('click', function () { setFilter(null); });

  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var find = document.getElementById('spk-find');
  find.addEventListener('input', function () {
    var f = fold(find.value.trim());
    each(buttons, function (b) { b.parentNode.hidden = f !== '' && fold(b.textContent).indexOf(f) < 0; });
  });

  var m = /^#speaker=(.*)$/.exec(location.hash);
  if (m) {
    try { setFilter(decodeURIComponent(m[1])); } catch (e) { /* a malformed hash shows everything */ }
  }
}());
