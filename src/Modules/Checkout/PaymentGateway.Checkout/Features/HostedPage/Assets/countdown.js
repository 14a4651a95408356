// Enhancement only: the server already rendered the time left and refuses late payments by itself.
(function () {
  'use strict';
  var el = document.getElementById('countdown');
  if (!el) { return; }
  var deadline = Date.now() + Number(el.getAttribute('data-seconds-left')) * 1000;
  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    return minutes >= 60 ? Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min' : minutes + ' min ' + (seconds % 60) + ' s';
  }
  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    if (left === 0) {
      el.textContent = 'expired';
      var pay = document.querySelector('button.pay');
      if (pay) { pay.disabled = true; }
      return;
    }
    el.textContent = format(left);
    window.setTimeout(tick, 1000);
  }
  tick();
}());
