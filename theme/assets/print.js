// The "In tài liệu" button of packs and documents: shown only where a
// script runs (without one, the browser's own Print still works), and it
// opens the same print dialog, which needs no server.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll(".print-button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
  });
})();
