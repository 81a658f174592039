// geopol report.html: network pan, zoom, hover and filters; sortable tables. No dependencies.
// When it has run, <body> carries data-ready="1" and data-errors="N" (uncaught errors seen), which
// the project's browser test reads.
(function () {
  'use strict';
  var errors = 0;
  var body = document.body;
  function mark() { body.setAttribute('data-errors', String(errors)); }
  window.addEventListener('error', function () { errors++; mark(); });

  var tip = document.getElementById('tip');
  function showTip(html, ev) {
    tip.innerHTML = html;
    tip.hidden = false;
    moveTip(ev);
  }
  function moveTip(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) { x = ev.clientX - w - 14; }
    if (y + h > window.innerHeight - 8) { y = ev.clientY - h - 14; }
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; }
  function text(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function initNetwork() {
    var svg = document.getElementById('net');
    if (!svg) { return; }
    var view = document.getElementById('net-view');
    var circles = svg.querySelectorAll('circle.n');
    var lines = svg.querySelectorAll('line.e');
    var labels = svg.querySelectorAll('text.nl');
    var n = circles.length;
    var node = new Array(n), label = new Array(n), adj = new Array(n);
    var i;
    for (i = 0; i < n; i++) { adj[i] = []; }
    for (i = 0; i < circles.length; i++) { node[+circles[i].getAttribute('data-i')] = circles[i]; }
    for (i = 0; i < labels.length; i++) { label[+labels[i].getAttribute('data-i')] = labels[i]; }
    var edge = [];
    for (i = 0; i < lines.length; i++) {
      var l = lines[i];
      var e = { el: l, s: +l.getAttribute('data-s'), t: +l.getAttribute('data-t'), w: +l.getAttribute('data-w') };
      edge.push(e);
      adj[e.s].push(e);
      adj[e.t].push(e);
    }
    function name(k) { return node[k].getAttribute('data-l'); }

    // Pan and zoom: a translate and a scale on the group holding everything, in viewBox units.
    var tx = 0, ty = 0, k = 1;
    function apply() { view.setAttribute('transform', 'translate(' + tx.toFixed(2) + ',' + ty.toFixed(2) + ') scale(' + k.toFixed(4) + ')'); }
    function point(ev) {
      var p = svg.createSVGPoint();
      p.x = ev.clientX; p.y = ev.clientY;
      return p.matrixTransform(svg.getScreenCTM().inverse());
    }
    function zoomAt(px, py, f) {
      var nk = Math.min(16, Math.max(0.3, k * f));
      tx = px - (px - tx) * nk / k;
      ty = py - (py - ty) * nk / k;
      k = nk;
      apply();
    }
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var p = point(ev);
      zoomAt(p.x, p.y, ev.deltaY < 0 ? 1.2 : 1 / 1.2);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.button !== 0) { return; }
      var p = point(ev);
      drag = { x: p.x, y: p.y, tx: tx, ty: ty, moved: false };
      svg.classList.add('dragging');
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) { return; }
      var p = point(ev);
      if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 2) { drag.moved = true; }
      tx = drag.tx + p.x - drag.x;
      ty = drag.ty + p.y - drag.y;
      apply();
    });
    window.addEventListener('pointerup', function () {
      if (drag) { svg.classList.remove('dragging'); }
      setTimeout(function () { drag = null; }, 0);
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(500, 320, 1.4); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(500, 320, 1 / 1.4); });
    document.getElementById('zoom-reset').addEventListener('click', function () { tx = 0; ty = 0; k = 1; apply(); });

    // Hover: tooltip, and the actor with its links and partners highlighted.
    function focus(k0) {
      svg.classList.add('focus');
      node[k0].classList.add('hl');
      if (label[k0]) { label[k0].classList.add('hl'); }
      adj[k0].forEach(function (e) {
        e.el.classList.add('hl');
        var o = e.s === k0 ? e.t : e.s;
        node[o].classList.add('hl');
        if (label[o]) { label[o].classList.add('hl'); }
      });
    }
    function unfocus() {
      svg.classList.remove('focus');
      var hl = svg.querySelectorAll('.hl');
      for (var j = 0; j < hl.length; j++) { hl[j].classList.remove('hl'); }
    }
    svg.addEventListener('pointerover', function (ev) {
      var t = ev.target;
      if (drag && drag.moved) { return; }
      if (t.classList.contains('n')) {
        var k0 = +t.getAttribute('data-i');
        var top = adj[k0].slice().sort(function (a, b) { return b.w - a.w; }).slice(0, 5).map(function (e) {
          return text(name(e.s === k0 ? e.t : e.s)) + ' ' + e.w;
        });
        showTip('<b>' + text(name(k0)) + '</b> <span>' + text(t.getAttribute('data-id')) + ' · ' + text(t.getAttribute('data-type')) + '</span><br>' +
          text(t.getAttribute('data-m')) + ' mentions in ' + text(t.getAttribute('data-docs')) + ' documents<br>' +
          text(t.getAttribute('data-k')) + ' partners, total link weight ' + text(t.getAttribute('data-st')) +
          (top.length ? '<br>strongest: ' + top.join(', ') : '') +
          (t.getAttribute('data-ctx') ? '<br><i>click to read in context</i>' : ''), ev);
        focus(k0);
      } else if (t.classList.contains('e')) {
        var s = +t.getAttribute('data-s'), d = +t.getAttribute('data-t');
        showTip('<b>' + text(name(s)) + ' – ' + text(name(d)) + '</b><br>weight ' + text(t.getAttribute('data-w')) +
          ' in ' + text(t.getAttribute('data-d')) + ' documents<br>NPMI ' + text(t.getAttribute('data-n')), ev);
        t.classList.add('hl');
      }
    });
    svg.addEventListener('pointermove', function (ev) { if (!tip.hidden) { moveTip(ev); } });
    svg.addEventListener('pointerout', function (ev) {
      var t = ev.target;
      if (t.classList.contains('n') || t.classList.contains('e')) { hideTip(); unfocus(); }
    });
    svg.addEventListener('click', function (ev) {
      var t = ev.target;
      if (drag && drag.moved) { return; }
      if (t.classList.contains('n') && t.getAttribute('data-ctx')) {
        location.hash = '#' + t.getAttribute('data-ctx');
      }
    });

    // Filters: entity types, minimum link weight, unlinked actors.
    var typeBoxes = document.querySelectorAll('input[data-type-filter]');
    var minw = document.getElementById('minw'), minwOut = document.getElementById('minw-out');
    var hideIso = document.getElementById('hide-iso');
    var count = document.getElementById('net-count');
    function filter() {
      var on = {}, j;
      for (j = 0; j < typeBoxes.length; j++) { on[typeBoxes[j].getAttribute('data-type-filter')] = typeBoxes[j].checked; }
      var w = +minw.value;
      minwOut.textContent = String(w);
      var vis = new Array(n), deg = new Array(n);
      for (j = 0; j < n; j++) { vis[j] = on[node[j].getAttribute('data-type')] !== false; deg[j] = 0; }
      var shownEdges = 0;
      edge.forEach(function (e) {
        var show = vis[e.s] && vis[e.t] && e.w >= w;
        e.el.classList.toggle('off', !show);
        if (show) { deg[e.s]++; deg[e.t]++; shownEdges++; }
      });
      var shownNodes = 0;
      for (j = 0; j < n; j++) {
        var show = vis[j] && (!hideIso.checked || deg[j] > 0);
        node[j].classList.toggle('off', !show);
        if (label[j]) { label[j].classList.toggle('off', !show); }
        if (show) { shownNodes++; }
      }
      count.textContent = 'Now visible: ' + shownNodes + ' actors, ' + shownEdges + ' links.';
    }
    for (i = 0; i < typeBoxes.length; i++) { typeBoxes[i].addEventListener('change', filter); }
    minw.addEventListener('input', filter);
    hideIso.addEventListener('change', filter);
    filter();

    // Find: outline the actors whose name or id contains the text.
    var find = document.getElementById('net-find');
    find.addEventListener('input', function () {
      var q = find.value.trim().toLowerCase();
      for (var j = 0; j < n; j++) {
        var hit = q !== '' && (name(j).toLowerCase().indexOf(q) >= 0 || node[j].getAttribute('data-id').toLowerCase().indexOf(q) >= 0);
        node[j].classList.toggle('found', hit);
      }
    });
  }

  // Sortable tables: click (or Enter on) a header; numbers sort by their data-v value.
  function initSortable() {
    var tables = document.querySelectorAll('table.sortable');
    Array.prototype.forEach.call(tables, function (table) {
      var ths = table.tHead ? table.tHead.rows[0].cells : [];
      Array.prototype.forEach.call(ths, function (th, col) {
        th.tabIndex = 0;
        th.setAttribute('role', 'columnheader');
        var go = function () { sortTable(table, th, col); };
        th.addEventListener('click', go);
        th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
      });
    });
  }
  function sortTable(table, th, col) {
    var num = th.getAttribute('data-type') === 'num';
    var cur = th.getAttribute('aria-sort');
    var asc = cur ? cur !== 'ascending' : !num;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var tbody = table.tBodies[0];
    var rows = Array.prototype.map.call(tbody.rows, function (r, idx) {
      var c = r.cells[col];
      var v = c ? (c.getAttribute('data-v') !== null ? c.getAttribute('data-v') : c.textContent.trim()) : '';
      return { r: r, v: num ? parseFloat(v) || 0 : v.toLowerCase(), i: idx };
    });
    rows.sort(function (a, b) {
      var d = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      if (!asc) { d = -d; }
      return d || a.i - b.i;
    });
    rows.forEach(function (x) { tbody.appendChild(x.r); });
  }

  [initNetwork, initSortable].forEach(function (f) {
    try { f(); } catch (err) {
      errors++;
      if (window.console) { console.error(err); }
    }
  });
  mark();
  body.setAttribute('data-ready', '1');
})();
