// geopol report.html: the evidence drawer, collapsing and filtering tables, sortable columns, and
// the network views (pan, zoom, hover, filters, the period slider, labels that never overlap).
// No dependencies. When it has run, <body> carries data-ready="1" and data-errors="N" (uncaught
// errors seen), which the project's browser test reads.
(function () {
  'use strict';
  var errors = 0;
  var body = document.body;
  function mark() { body.setAttribute('data-errors', String(errors)); }
  window.addEventListener('error', function () { errors++; mark(); });

  var data = { docs: [], snips: [], panels: {}, periods: [] };
  var raw = document.getElementById('report-data');
  if (raw) { data = JSON.parse(raw.textContent); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function each(list, f) { Array.prototype.forEach.call(list, f); }

  // ---- Tables: collapse to their first rows, filter, sort. ----
  function rowsOf(table) { return table.tBodies[0] ? Array.prototype.slice.call(table.tBodies[0].rows) : []; }
  function restripe(box) {
    var n = +(box.getAttribute('data-rows') || 8);
    var table = box.querySelector('table');
    rowsOf(table).forEach(function (r, i) { r.classList.toggle('more', i >= n); });
  }
  function initTables() {
    each(document.querySelectorAll('.tbl'), function (box) {
      var table = box.querySelector('table');
      if (!table) { return; }
      var rows = rowsOf(table);
      var n = +(box.getAttribute('data-rows') || 8);
      var collapse = box.hasAttribute('data-collapse') && rows.length > n;
      if (box.hasAttribute('data-filter') || rows.length > 2 * n) {
        var bar = el('div', 'tbl-bar');
        var input = el('input');
        input.type = 'search';
        input.placeholder = 'filter ' + rows.length + ' rows';
        input.setAttribute('aria-label', 'filter the rows');
        var count = el('span');
        bar.appendChild(input);
        bar.appendChild(count);
        box.insertBefore(bar, table);
        input.addEventListener('input', function () {
          var q = input.value.trim().toLowerCase();
          var shown = 0;
          rowsOf(table).forEach(function (r) {
            var hit = q === '' || r.textContent.toLowerCase().indexOf(q) >= 0;
            r.classList.toggle('out', !hit);
            if (hit) { shown++; }
          });
          box.classList.toggle('short', q === '' && collapse && !box.classList.contains('all'));
          count.textContent = q === '' ? '' : shown + ' of ' + rows.length + ' rows';
        });
        box.filterInput = input;
      }
      if (collapse) {
        box.classList.add('short');
        var more = el('button', 'tbl-more', 'show all ' + rows.length);
        more.type = 'button';
        more.addEventListener('click', function () {
          var all = !box.classList.contains('all');
          box.classList.toggle('all', all);
          box.classList.toggle('short', !all);
          more.textContent = all ? 'show the first ' + n : 'show all ' + rows.length;
        });
        box.appendChild(more);
        box.moreButton = more;
      }
    });
    each(document.querySelectorAll('table.sortable'), function (table) {
      var ths = table.tHead ? table.tHead.rows[0].cells : [];
      each(ths, function (th, col) {
        th.tabIndex = 0;
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
    each(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var tbody = table.tBodies[0];
    var rows = rowsOf(table).map(function (r, idx) {
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
    var box = table.closest('.tbl');
    if (box) { restripe(box); }
  }
  // reveal shows a table row that a collapsed table or a filter hides.
  function reveal(row) {
    var box = row.closest('.tbl');
    if (!box) { return; }
    if (box.filterInput && box.filterInput.value !== '') {
      box.filterInput.value = '';
      box.filterInput.dispatchEvent(new Event('input'));
    }
    if (box.classList.contains('short') && box.moreButton) { box.moreButton.click(); }
  }

  // ---- The drawer: panels of actors, links, countries, dyads and pairs with their evidence. ----
  var drawer = document.getElementById('drawer');
  var drTitle = document.getElementById('dr-title');
  var drSub = document.getElementById('dr-sub');
  var drBody = document.getElementById('dr-body');
  var drBack = document.getElementById('dr-back');
  var stack = [];
  var current = null;
  var roles = { 1: 'named', 2: 'source', 3: 'target', 4: 'action' };

  function snippet(i) {
    var s = data.snips[i];
    var box = el('div', 'snip');
    if (s.n) { box.appendChild(el('span', 'note', s.n)); }
    var q = el('q');
    s.x.forEach(function (seg) {
      if (typeof seg === 'string') {
        q.appendChild(document.createTextNode(seg));
      } else {
        var m = el('mark', 'm' + seg[1], seg[0]);
        m.title = roles[seg[1]] || '';
        q.appendChild(m);
      }
    });
    box.appendChild(q);
    var d = data.docs[s.d] || ['', '', '', ''];
    var cite = el('cite');
    if (d[2]) { cite.appendChild(document.createTextNode(d[2] + ' · ')); }
    var a = el('a', 'doc-link', d[1] || d[0]);
    a.href = '#doc-' + s.d;
    a.title = 'the document ' + d[0] + ' in the Documents section';
    cite.appendChild(a);
    if (d[3]) { cite.appendChild(document.createTextNode(' · ' + d[3])); }
    box.appendChild(cite);
    return box;
  }
  function render(p) {
    drTitle.textContent = p.t;
    drSub.textContent = p.s || '';
    drBody.textContent = '';
    if (p.f && p.f.length) {
      var t = el('table', 'compact kv');
      var tb = el('tbody');
      p.f.forEach(function (f) {
        var tr = el('tr');
        tr.appendChild(el('th', '', f[0]));
        tr.appendChild(el('td', '', f[1]));
        tb.appendChild(tr);
      });
      t.appendChild(tb);
      drBody.appendChild(t);
    }
    (p.l || []).forEach(function (l) {
      drBody.appendChild(el('h3', '', l.h));
      var ul = el('ul', 'items');
      l.i.forEach(function (it) {
        var li = el('li');
        if (it[1] && data.panels[it[1]]) {
          var a = el('a', '', it[0]);
          a.href = '#';
          a.setAttribute('data-open', it[1]);
          li.appendChild(a);
        } else {
          li.appendChild(document.createTextNode(it[0]));
        }
        if (it[2]) { li.appendChild(document.createTextNode(' ')); li.appendChild(el('small', '', it[2])); }
        ul.appendChild(li);
      });
      drBody.appendChild(ul);
    });
    drBody.appendChild(el('h3', '', 'Evidence'));
    if (p.n) { drBody.appendChild(el('p', 'ev-note', p.n)); }
    var used = {};
    (p.e || []).forEach(function (i) {
      data.snips[i].x.forEach(function (seg) { if (typeof seg !== 'string') { used[seg[1]] = true; } });
      drBody.appendChild(snippet(i));
    });
    if (used[2] || used[3] || used[4]) {
      var lg = el('p', 'mk-legend');
      [2, 3, 4].forEach(function (r) {
        if (!used[r]) { return; }
        lg.appendChild(el('mark', 'm' + r, roles[r]));
        lg.appendChild(document.createTextNode(' '));
      });
      drBody.insertBefore(lg, drBody.querySelector('.snip'));
    }
    drBody.scrollTop = 0;
  }
  function highlight(key) {
    each(document.querySelectorAll('.on, .sel'), function (e) { e.classList.remove('on'); e.classList.remove('sel'); });
    if (!key) { return; }
    each(document.querySelectorAll('[data-key]'), function (e) {
      if (e.getAttribute('data-key') !== key || e.closest('#drawer')) { return; }
      if (e.classList.contains('eh')) {
        var svg = e.ownerSVGElement;
        var line = svg && svg.querySelector('line.e[data-j="' + e.getAttribute('data-j') + '"]');
        if (line) { line.classList.add('sel'); }
      } else if (e.tagName === 'TR' || e.tagName === 'ARTICLE') {
        e.classList.add('on');
      }
    });
  }
  function openPanel(key, push) {
    var p = data.panels[key];
    if (!p) { return false; }
    if (push !== false && current && current !== key) { stack.push(current); }
    current = key;
    render(p);
    drawer.hidden = false;
    drBack.hidden = stack.length === 0;
    highlight(key);
    return true;
  }
  function closeDrawer() {
    drawer.hidden = true;
    stack = [];
    current = null;
    highlight(null);
  }
  function initDrawer() {
    document.getElementById('dr-close').addEventListener('click', closeDrawer);
    drBack.addEventListener('click', function () {
      if (stack.length) { openPanel(stack.pop(), false); }
      drBack.hidden = stack.length === 0;
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && !drawer.hidden) { closeDrawer(); }
    });
    document.addEventListener('click', function (ev) {
      var t = ev.target;
      if (!t.closest) { return; }
      var open = t.closest('[data-open]');
      if (open) { ev.preventDefault(); openPanel(open.getAttribute('data-open')); return; }
      var doc = t.closest('a.doc-link');
      if (doc) {
        var row = document.getElementById(doc.getAttribute('href').slice(1));
        if (row) { reveal(row); }
        return;
      }
      if (t.closest('#drawer') || t.closest('thead')) { return; }
      var place = t.closest('circle.place[data-id]');
      if (place) { openPanel(place.getAttribute('data-id')); return; }
      var k = t.closest('[data-key]');
      if (k && !(k.closest('svg.net') && dragged)) {
        if (openPanel(k.getAttribute('data-key')) && k.tagName === 'A') { ev.preventDefault(); }
      }
    });
    document.addEventListener('keydown', function (ev) {
      var t = ev.target;
      if ((ev.key === 'Enter') && t.getAttribute && t.getAttribute('data-key') && t.tagName !== 'A') {
        openPanel(t.getAttribute('data-key'));
      }
    });
    document.addEventListener('worldmap:select', function (ev) {
      openPanel('n:' + ev.detail.iso);
    });
  }

  // ---- The network views. ----
  var dragged = false;
  var nets = [];
  function initNet(svg) {
    var view = svg.querySelector('g.view');
    var net = { svg: svg, nodes: [], labels: [], edges: [], hits: [], adj: [] };
    each(svg.querySelectorAll('circle.n'), function (c) { net.nodes[+c.getAttribute('data-i')] = c; });
    each(svg.querySelectorAll('text.nl'), function (t) { net.labels[+t.getAttribute('data-i')] = t; });
    var n = net.nodes.length;
    for (var i = 0; i < n; i++) { net.adj[i] = []; }
    each(svg.querySelectorAll('line.eh'), function (h) {
      var j = +h.getAttribute('data-j');
      var e = { hit: h, line: svg.querySelector('line.e[data-j="' + j + '"]'), s: +h.getAttribute('data-s'), t: +h.getAttribute('data-t') };
      e.w0 = e.line.getAttribute('data-w');
      e.tl = parseTL(e.line.getAttribute('data-tl'));
      net.edges[j] = e;
      net.adj[e.s].push(e);
      net.adj[e.t].push(e);
    });
    net.nodes.forEach(function (c) { c.tl = parseTL(c.getAttribute('data-tl')); });
    // Labels are decluttered in order of importance: the largest circles first.
    net.order = net.nodes.map(function (c, k) { return k; }).sort(function (a, b) {
      return (+net.nodes[b].getAttribute('r')) - (+net.nodes[a].getAttribute('r')) || a - b;
    });

    var tx = 0, ty = 0, k = 1;
    function apply() { view.setAttribute('transform', 'translate(' + tx.toFixed(2) + ',' + ty.toFixed(2) + ') scale(' + k.toFixed(4) + ')'); }
    function point(ev) {
      var p = svg.createSVGPoint();
      p.x = ev.clientX; p.y = ev.clientY;
      return p.matrixTransform(svg.getScreenCTM().inverse());
    }
    net.zoom = function (f) {
      if (f === 0) { tx = 0; ty = 0; k = 1; apply(); return; }
      var vb = svg.viewBox.baseVal, px = vb.width / 2, py = vb.height / 2;
      var nk = Math.min(12, Math.max(0.4, k * f));
      tx = px - (px - tx) * nk / k;
      ty = py - (py - ty) * nk / k;
      k = nk;
      apply();
    };
    var drag = null;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.button !== 0) { return; }
      var p = point(ev);
      drag = { x: p.x, y: p.y, tx: tx, ty: ty };
      dragged = false;
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) { return; }
      var p = point(ev);
      if (!dragged && Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 4) {
        dragged = true;
        svg.classList.add('dragging');
      }
      if (dragged) {
        tx = drag.tx + p.x - drag.x;
        ty = drag.ty + p.y - drag.y;
        apply();
      }
    });
    window.addEventListener('pointerup', function () {
      if (drag) { svg.classList.remove('dragging'); }
      drag = null;
      setTimeout(function () { dragged = false; }, 0);
    });

    function focus(k0) {
      svg.classList.add('focus');
      net.nodes[k0].classList.add('hl');
      if (net.labels[k0]) { net.labels[k0].classList.add('hl'); }
      net.adj[k0].forEach(function (e) {
        e.line.classList.add('hl');
        var o = e.s === k0 ? e.t : e.s;
        net.nodes[o].classList.add('hl');
        if (net.labels[o]) { net.labels[o].classList.add('hl'); }
      });
    }
    function unfocus() {
      svg.classList.remove('focus');
      each(svg.querySelectorAll('.hl'), function (e) { e.classList.remove('hl'); });
    }
    svg.addEventListener('pointerover', function (ev) {
      var t = ev.target;
      if (drag) { return; }
      if (t.classList.contains('n')) {
        focus(+t.getAttribute('data-i'));
      } else if (t.classList.contains('eh')) {
        svg.classList.add('focus');
        var e = net.edges[+t.getAttribute('data-j')];
        e.line.classList.add('hl');
        [e.s, e.t].forEach(function (x) {
          net.nodes[x].classList.add('hl');
          if (net.labels[x]) { net.labels[x].classList.add('hl'); }
        });
      }
    });
    svg.addEventListener('pointerout', function (ev) {
      var t = ev.target;
      if (t.classList.contains('n') || t.classList.contains('eh')) { unfocus(); }
    });
    nets.push(net);
    return net;
  }
  function parseTL(s) {
    var m = {};
    if (!s) { return m; }
    s.split(' ').forEach(function (p) {
      var kv = p.split(':');
      m[+kv[0]] = +kv[1];
    });
    return m;
  }
  // declutter hides every label that overlaps one of a more important node, as the browser
  // measures them.
  function declutter(net) {
    var placed = [];
    net.order.forEach(function (i) {
      var t = net.labels[i];
      if (!t) { return; }
      t.classList.remove('hid');
      if (t.classList.contains('off')) { return; }
      var b = t.getBBox();
      var box = { x0: b.x - 1, y0: b.y, x1: b.x + b.width + 1, y1: b.y + b.height };
      var hit = placed.some(function (o) { return box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1; });
      if (hit) { t.classList.add('hid'); } else { placed.push(box); }
    });
  }
  // show applies the type filters and the period to a view.
  function show(net, period, types) {
    var maxW = 0;
    if (period > 0) {
      net.edges.forEach(function (e) { maxW = Math.max(maxW, e.tl[period - 1] || 0); });
    }
    var typeOn = function (c) { return !types || types[c.getAttribute('data-type')] !== false; };
    var vis = net.nodes.map(function (c) { return typeOn(c) && (period === 0 || (c.tl[period - 1] || 0) > 0); });
    var linked = net.nodes.map(function () { return false; });
    net.edges.forEach(function (e) {
      var w = period === 0 ? 1 : (e.tl[period - 1] || 0);
      var on = w > 0 && typeOn(net.nodes[e.s]) && typeOn(net.nodes[e.t]);
      e.line.classList.toggle('off', !on);
      e.hit.classList.toggle('off', !on);
      e.line.setAttribute('stroke-width', period === 0 || !on ? e.w0 : (0.8 + 4.2 * Math.sqrt(w / Math.max(maxW, 1))).toFixed(2));
      if (on) { linked[e.s] = true; linked[e.t] = true; }
    });
    net.nodes.forEach(function (c, i) {
      var on = vis[i] || linked[i];
      c.classList.toggle('off', !on);
      if (net.labels[i]) { net.labels[i].classList.toggle('off', !on); }
    });
    declutter(net);
  }

  function initNetworks() {
    each(document.querySelectorAll('svg.net'), initNet);
    if (!nets.length) { return; }
    var period = 0;
    var boxes = document.querySelectorAll('input[data-type-filter]');
    function types() {
      var on = {};
      each(boxes, function (b) { on[b.getAttribute('data-type-filter')] = b.checked; });
      return on;
    }
    function update() {
      nets.forEach(function (net, i) { show(net, period, i === 0 ? types() : null); });
    }
    each(boxes, function (b) { b.addEventListener('change', update); });
    var slider = document.getElementById('period');
    var out = document.getElementById('period-out');
    var play = document.getElementById('play');
    var timer = null;
    function setPeriod(p) {
      period = p;
      slider.value = String(p);
      out.textContent = p === 0 ? 'all' : data.periods[p - 1];
      update();
    }
    if (slider) {
      slider.addEventListener('input', function () { setPeriod(+slider.value); });
      play.addEventListener('click', function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = '▶ play'; return; }
        play.textContent = '❚❚ pause';
        var p = period >= data.periods.length ? 0 : period;
        timer = setInterval(function () {
          p++;
          if (p > data.periods.length) { clearInterval(timer); timer = null; play.textContent = '▶ play'; setPeriod(0); return; }
          setPeriod(p);
        }, 900);
      });
    }
    each(document.querySelectorAll('[data-zoom]'), function (b) {
      b.addEventListener('click', function () { nets.forEach(function (net) { net.zoom(+b.getAttribute('data-zoom')); }); });
    });
    var find = document.getElementById('net-find');
    if (find) {
      find.addEventListener('input', function () {
        var q = find.value.trim().toLowerCase();
        nets.forEach(function (net) {
          net.nodes.forEach(function (c) {
            var name = (c.textContent || '') + ' ' + c.getAttribute('data-key');
            c.classList.toggle('found', q !== '' && name.toLowerCase().indexOf(q) >= 0);
          });
        });
      });
    }
    update();
  }

  [initTables, initDrawer, initNetworks].forEach(function (f) {
    try { f(); } catch (err) {
      errors++;
      if (window.console) { console.error(err); }
    }
  });
  mark();
  body.setAttribute('data-ready', '1');
})();
