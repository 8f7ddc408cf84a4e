// wiretrace web UI: small progressive enhancements; every page works without it.
(function () {
  "use strict";
  // A submitted form says it is working, and cannot be sent twice.
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute("data-busy");
      }
    });
  });
  // Choosing a file makes it the input for that side: clear the pasted text.
  document.querySelectorAll("input[type=file]").forEach(function (input) {
    input.addEventListener("change", function () {
      var id = input.id.replace(/_file$/, "_text");
      var area = document.getElementById(id);
      if (area && input.files && input.files.length) {
        area.value = "";
        area.placeholder = "Using the file " + input.files[0].name;
      }
    });
  });
  // The result of a form comes into view.
  var result = document.getElementById("result");
  if (result && document.querySelector(".wa-form")) {
    result.scrollIntoView({ block: "start" });
  }
})();
