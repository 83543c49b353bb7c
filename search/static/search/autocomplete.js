/* Title suggestions under a search box: the WAI-ARIA combobox pattern, as an enhancement.
 *
 * Enhances every <input data-autocomplete-url="…">. The listbox is the element named by the
 * input's aria-controls (created if missing). Without the URL attribute, or without
 * JavaScript, the search box is a plain input and the form works as before.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 200;
  var MIN_LENGTH = 2;
  var instances = 0;

  function announce(region, text) {
    // Clearing first makes screen readers announce the same text again.
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  // The page's language decides the announcements, so an English page never speaks Dutch.
  var ENGLISH = document.documentElement.lang.indexOf("en") === 0;

  function countText(count) {
    if (count === 0) {
      return ENGLISH ? "No suggestions." : "Geen suggesties.";
    }
    if (count === 1) {
      return ENGLISH
        ? "1 suggestion. Use the down arrow to choose."
        : "1 suggestie. Gebruik pijl omlaag om te kiezen.";
    }
    return ENGLISH
      ? count + " suggestions. Use the down and up arrows to choose."
      : count + " suggesties. Gebruik pijl omlaag en pijl omhoog om te kiezen.";
  }

  function isSafeUrl(url) {
    try {
      var parsed = new URL(url, window.location.href);
      return parsed.origin === window.location.origin;
    } catch (error) {
      return false;
    }
  }

  function enhance(input) {
    var endpoint = input.getAttribute("data-autocomplete-url");
    if (!endpoint) {
      return;
    }
    instances += 1;

    var listboxId = input.getAttribute("aria-controls") || "autocomplete-" + instances;
    var listbox = document.getElementById(listboxId);
    if (!listbox) {
      listbox = document.createElement("div");
      listbox.id = listboxId;
      listbox.className = "autocomplete";
      listbox.hidden = true;
      input.insertAdjacentElement("afterend", listbox);
    }
    listbox.setAttribute("role", "listbox");
    var label = input.labels && input.labels[0];
    listbox.setAttribute(
      "aria-label",
      (ENGLISH ? "Suggestions" : "Suggesties") +
        (label ? (ENGLISH ? " for " : " voor ") + label.textContent.trim().toLowerCase() : "")
    );

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    listbox.insertAdjacentElement("afterend", status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", listboxId);
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    var suggestions = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function options() {
      return listbox.querySelectorAll("[role='option']");
    }

    function setActive(index) {
      var all = options();
      active = index;
      for (var i = 0; i < all.length; i += 1) {
        all[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function open() {
      if (suggestions.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function follow(index) {
      var suggestion = suggestions[index];
      if (suggestion && isSafeUrl(suggestion.url)) {
        window.location.assign(suggestion.url);
      }
    }

    function render(items) {
      suggestions = items;
      listbox.textContent = "";
      items.forEach(function (item, index) {
        var option = document.createElement("div");
        option.id = listboxId + "-optie-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.appendChild(document.createTextNode(item.title));
        if (item.type) {
          var type = document.createElement("span");
          type.className = "meta";
          type.textContent = " · " + item.type;
          option.appendChild(type);
        }
        // Keep the focus in the input while a suggestion is clicked.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          follow(index);
        });
        listbox.appendChild(option);
      });
      setActive(-1);
      if (items.length) {
        open();
      } else {
        close();
      }
      announce(status, countText(items.length));
    }

    function fetchSuggestions(query) {
      if (controller) {
        controller.abort();
      }
      controller = "AbortController" in window ? new AbortController() : null;
      var url = new URL(endpoint, window.location.href);
      url.searchParams.set("q", query);
      window
        .fetch(url.toString(), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          if (input.value.trim() !== query) {
            return;
          }
          var items = (data && Array.isArray(data.suggestions) ? data.suggestions : []).filter(
            function (item) {
              return item && typeof item.title === "string" && typeof item.url === "string";
            }
          );
          render(items);
        })
        .catch(function () {
          // Suggestions are a convenience: without them the search box still works.
          suggestions = [];
          listbox.textContent = "";
          close();
        });
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < MIN_LENGTH) {
        lastQuery = "";
        suggestions = [];
        listbox.textContent = "";
        close();
        return;
      }
      timer = window.setTimeout(function () {
        if (query !== lastQuery) {
          lastQuery = query;
          fetchSuggestions(query);
        } else {
          open();
        }
      }, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (event) {
      var count = suggestions.length;
      var expanded = !listbox.hidden;
      switch (event.key) {
        case "ArrowDown":
          if (!count) {
            return;
          }
          event.preventDefault();
          if (!expanded) {
            open();
            setActive(0);
          } else {
            setActive(active + 1 >= count ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (!count) {
            return;
          }
          event.preventDefault();
          if (!expanded) {
            open();
            setActive(count - 1);
          } else {
            setActive(active <= 0 ? count - 1 : active - 1);
          }
          break;
        case "Enter":
          if (expanded && active >= 0) {
            event.preventDefault();
            follow(active);
          }
          break;
        case "Escape":
          if (expanded) {
            event.preventDefault();
            close();
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-autocomplete-url]");
    for (var i = 0; i < inputs.length; i += 1) {
      enhance(inputs[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
