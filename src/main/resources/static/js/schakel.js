// Sends the CSRF token with every htmx request, and moves focus to a form's error summary.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});

// The public form in steps: after a page change, focus moves to the new question (unless there are errors).
document.addEventListener("DOMContentLoaded", function () {
  if (!document.querySelector(".error-summary")) {
    var heading = document.querySelector("[data-step-heading]");
    if (heading) {
      heading.focus();
    }
  }
});

// Copy and print buttons (hidden without JavaScript): the receipt code.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.querySelector(button.getAttribute("data-copy"));
      var status = document.querySelector("[data-copy-status]");
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) {
            status.textContent = button.getAttribute("data-copied");
          }
        });
      }
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
// Workbench tabs: the clicked tab's bucket goes into the filter form at once, so every request the form sends
// afterwards (also a search typed just before) carries it; the server's answer replaces only the list.
document.addEventListener("click", function (event) {
  var tab = event.target.closest ? event.target.closest("button[data-bucket-tab]") : null;
  var bucket = document.getElementById("bak");
  if (tab && bucket) {
    bucket.value = tab.value;
  }
});
