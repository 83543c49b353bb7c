// A filter box above each long list of taxonomy checkboxes in the page editor, so an editor
// finds "Almere" among fifty municipalities by typing instead of scrolling. Ticked terms stay
// visible, so a filter never hides what the page is tagged with.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("div.taxonomy-checkboxes").forEach((list) => {
    const options = Array.from(list.children);
    if (options.length < 8) {
      return;
    }
    const filter = document.createElement("input");
    filter.type = "search";
    filter.className = "taxonomy-filter w-field__input";
    filter.placeholder = "Filter…";
    filter.setAttribute("aria-label", "Filter de keuzes");
    filter.setAttribute("aria-controls", list.id);
    filter.addEventListener("keydown", (event) => {
      // Enter in the filter must not submit the page form.
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    filter.addEventListener("input", () => {
      const term = filter.value.trim().toLocaleLowerCase("nl");
      options.forEach((option) => {
        const box = option.querySelector("input");
        const matches = option.textContent.toLocaleLowerCase("nl").includes(term);
        option.hidden = Boolean(term) && !matches && !(box && box.checked);
      });
    });
    list.before(filter);
  });
});
