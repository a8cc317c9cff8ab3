// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // SPARQL console: clicking an example puts it in the editor instead of running it straight away.
  const editor = document.getElementById("query");
  document.querySelectorAll("a.example").forEach((link) => {
    link.addEventListener("click", (event) => {
      if (!editor) return;
      event.preventDefault();
      editor.value = link.dataset.query;
      editor.focus();
    });
  });
  // Filter forms: drop empty fields so URLs stay short and shareable.
  document.querySelectorAll("form.filters").forEach((form) => {
    form.addEventListener("submit", () => {
      form.querySelectorAll("select, input").forEach((el) => { if (!el.value) el.disabled = true; });
    });
  });
});
