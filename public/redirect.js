// On an old page that moved (see the aliases field), go on to the new address and keep
// the #paragraph anchor, which the page's meta refresh alone would drop.
(function () {
  var canonical = document.querySelector('link[rel="canonical"]');
  if (canonical)
    location.replace(
      new URL(canonical.getAttribute('href'), location.href).pathname + location.hash,
    );
})();
