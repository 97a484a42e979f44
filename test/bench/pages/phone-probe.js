// The phone run's probe (test/bench/phone.mjs), the first script of each phone page, loaded before anything else:
//   - every long task from navigation on (`longtask`, buffered);
//   - a requestAnimationFrame loop from the first frame: the largest gap between frames, and the first frame in
//     which the page's `window.__shown()` holds (the timeline is in the DOM); `paintedAt` is the end of that frame
//     (a macrotask after its rAF), on the page's clock (milliseconds from navigation).
(function () {
  var probe = (window.__probe = { longTasks: [], maxGapMs: 0, frames: 0, shownAt: null, paintedAt: null, loadAt: null });
  // Resolves when the timeline has painted and two seconds have passed since `load`: the bench waits on it with one
  // small evaluation instead of polling, since each of Playwright's evaluations runs its own script in the page (its
  // first took 30-40 ms of the throttled main thread, while the page was still drawing).
  var finish;
  probe.finished = new Promise(function (resolve) {
    finish = resolve;
  });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
      });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    probe.noLongTasks = true;
  }
  var last = null;
  function tick() {
    var now = performance.now();
    if (last != null && now - last > probe.maxGapMs) probe.maxGapMs = now - last;
    last = now;
    probe.frames++;
    if (probe.shownAt == null && window.__shown && window.__shown()) {
      probe.shownAt = now;
      setTimeout(function () {
        probe.paintedAt = performance.now();
      }, 0);
    }
    if (probe.paintedAt != null && probe.loadAt != null && now >= probe.loadAt + 2000) finish(true);
    if (!probe.stop) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
  addEventListener('load', function () {
    probe.loadAt = performance.now();
  });
})();
