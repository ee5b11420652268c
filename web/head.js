(function () {
  // The browser's offer to install the player (it may come before the app has started): kept for its "Install app"
  // button (src/ui/install.rs), which is told when the offer comes or goes.
  window.addEventListener('beforeinstallprompt', function (e) {
    e.preventDefault();
    window.allianceInstall = e;
    window.dispatchEvent(new Event('alliance-installable'));
  });
  window.addEventListener('appinstalled', function () {
    window.allianceInstall = null;
    window.dispatchEvent(new Event('alliance-installable'));
  });
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
  // The first screen written into this page by `alliance-pack prerender` (docs/publishing.md) is shown only where
  // it is what the app will show: the catalogue, not framed, in the learner's interface language, for a learner
  // whose PIN is not being asked. Elsewhere the skeleton shows, as without it.
  var first = document.querySelector('meta[name=alliance-first-screen]');
  if (first) {
    var show = location.pathname === '/' && window.parent === window;
    try {
      var line = (localStorage.getItem('alliance-player.learner') || 'first').split('\u001f');
      var id = line[0];
      if (line[1] === '1' && sessionStorage.getItem('alliance-player.unlocked') !== id) show = false;
      var want = (new URLSearchParams(location.search).get('lang') ||
        localStorage.getItem('alliance-player.' + (id === 'first' ? '' : id + '.') + 'locale') ||
        (navigator.languages || [navigator.language])[0] || '').toLowerCase();
      var locale = first.content.toLowerCase();
      if (want !== locale && want.split('-')[0] !== locale) show = false;
      if (show && line[2]) {
        // Who the page is for, as the app's header will say it.
        document.addEventListener('DOMContentLoaded', function () {
          var who = document.querySelector('#first-screen a[href="/learners"]');
          if (who) who.textContent = line[2];
        });
      }
    } catch (e) { show = false; }
    if (!show) document.documentElement.setAttribute('data-first-screen', 'no');
  }
})();
