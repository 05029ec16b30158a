// Lux & Loaded embeds: sizes each <iframe data-lux-embed> on the host page to the height its
// figure reports. Include once, after the iframes, from the same origin as the embeds:
//   <script src="https://<site>/embed/resize.js" async></script>
// A message is used only if it comes from one of those iframes' windows, from the origin of the
// iframe's own src, and has the expected shape; anything else is ignored. No other code is loaded.
(function () {
  'use strict';
  var TYPE = 'lux-embed:height';
  var MAX = 20000;
  if (window.__luxEmbedResize) return;
  window.__luxEmbedResize = true;

  function frameFor(event) {
    var frames = document.querySelectorAll('iframe[data-lux-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return null;
      }
      return origin === event.origin ? frame : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX) return;
    var frame = frameFor(event);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
