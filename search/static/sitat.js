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
