// The console's charts (Apache ECharts) and live figures. Data comes from the data-json attributes of hidden
// elements the server rendered; every chart has a table with the same figures and links for the keyboard.
(function () {
  'use strict';

  function data(id) {
    var holder = document.getElementById(id);
    return holder ? JSON.parse(holder.dataset.json) : null;
  }

  function chart(element) {
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function drillChart() {
    var element = document.getElementById('drill-chart');
    var rows = data('drill-data');
    if (!element || !rows) { return; }
    var instance = chart(element);
    instance.setOption({
      grid: { left: 60, right: 20, top: 20, bottom: 80 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: rows.map(function (r) { return r.plotted; }), itemStyle: { color: '#0b5cab' } }]
    });
    // A click anywhere in a region's column goes down, so that a region at 0 (no bar to hit) can be reached too.
    instance.getZr().on('click', function (event) {
      var point = [event.offsetX, event.offsetY];
      if (!instance.containPixel('grid', point)) { return; }
      var row = rows[instance.convertFromPixel({ seriesIndex: 0 }, point)[0]];
      if (row) {
        window.location.href = element.dataset.base + encodeURIComponent(row.code) + element.dataset.page;
      }
    });
    element.dataset.ready = 'true';
  }

  function seriesChart() {
    var element = document.getElementById('series-chart');
    var points = data('series-data');
    if (!element || !points) { return; }
    chart(element).setOption({
      grid: { left: 60, right: 20, top: 20, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map(function (p) { return p.period; }) },
      yAxis: { type: 'value' },
      series: [{ type: 'line', smooth: true, data: points.map(function (p) { return p.plotted; }) }]
    });
    element.dataset.ready = 'true';
  }

  function chainChart() {
    var element = document.getElementById('chain-chart');
    var chain = data('chain-data');
    var labels = data('chain-labels');
    if (!element || !chain) { return; }
    // Each stage's flows side by side: what entered, moved on, graduated, stayed in the region's later stages, left.
    var flows = ['entered', 'movedOn', 'graduated', 'retained', 'left'];
    chart(element).setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: chain.stages.map(function (s) { return labels[s.stage]; }) },
      yAxis: { type: 'value' },
      series: flows.map(function (flow) {
        return { name: labels[flow], type: 'bar', data: chain.stages.map(function (s) { return s[flow]; }) };
      })
    });
    element.dataset.ready = 'true';
  }

  // The overview of today follows the statistics' live feed: when figures of the region change, the headline
  // is fetched again and swapped in, without reloading the page.
  function liveOverview() {
    var section = document.querySelector('section.overview[data-live="true"]');
    if (!section || !window.EventSource) { return; }
    var region = section.dataset.region;
    var stamp = document.getElementById('last-updated');
    var pending = null;
    function mark() {
      var now = new Date();
      stamp.textContent = now.toLocaleTimeString();
      stamp.setAttribute('datetime', now.toISOString());
    }
    function refresh() {
      fetch('/console/regions/' + encodeURIComponent(region) + '/headline', { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#headline');
          if (fresh) {
            document.getElementById('headline').replaceWith(fresh);
            mark();
          }
        })
        .catch(function () { /* the next change tries again */ });
    }
    mark();
    var feed = new EventSource('/console/live?region=' + encodeURIComponent(region));
    feed.addEventListener('figures', function () {
      clearTimeout(pending);
      pending = setTimeout(refresh, 200);
    });
    feed.addEventListener('subscribed', function () { section.dataset.subscribed = 'true'; });
    // the platform refused the feed (the session's token expired, say): do not ask again every few seconds
    feed.addEventListener('refused', function () { feed.close(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) {
      drillChart();
      seriesChart();
      chainChart();
    }
    liveOverview();
  });
}());
