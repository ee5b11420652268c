(function () {
  // The catalogue is fetched while the wasm downloads, not after it has started (one round trip less).
  var l = document.createElement('link');
  l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous';
  l.href = document.querySelector('meta[name=alliance-catalog]').content;
  document.head.appendChild(l);
  // Framed with only the unit's chrome (docs/embedding.md): the skeleton's header must not flash by.
  try {
    var chrome = new URLSearchParams(location.search).get('chrome') ||
      JSON.parse(sessionStorage.getItem('alliance-player.embed') || '{}').chrome;
    if (chrome === 'unit' && window.parent !== window) document.documentElement.setAttribute('data-chrome', 'unit');
  } catch (e) {}
})();
