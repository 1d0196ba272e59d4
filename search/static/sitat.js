// Clean, shareable addresses: a search sends (and puts in the address bar) only the fields
// that are filled in, not speaker=&source=&… for every empty one.
document.addEventListener("htmx:configRequest", function (event) {
  var parameters = event.detail.parameters;
  var names = parameters instanceof FormData ? Array.from(parameters.keys()) : Object.keys(parameters);
  names.forEach(function (name) {
    var value = parameters instanceof FormData ? parameters.get(name) : parameters[name];
    if (value === "" || (name === "sort" && value === "relevance")) {
      if (parameters instanceof FormData) parameters.delete(name); else delete parameters[name];
    }
  });
});
document.addEventListener("submit", function (event) {
  // without htmx (it did not load): leave empty fields out of the address too
  if (window.htmx) return;
  var form = event.target;
  Array.from(form.elements).forEach(function (field) {
    if (field.name && field.value === "") field.disabled = true;
  });
  setTimeout(function () {
    Array.from(form.elements).forEach(function (field) { field.disabled = false; });
  }, 0);
});

// The quotes page's "copy citation" buttons: the citation (own words in «», a paraphrase
// without) to the clipboard; the button says so. Where the clipboard API is not offered (a
// page served beyond this machine without https), a selected text area and the copy command.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button.copy");
  if (!button) return;
  var text = button.getAttribute("data-citation");
  var done = function () {
    button.textContent = button.getAttribute("data-copied") || "✓";
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done);
    return;
  }
  var area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
  done();
});
