// Sessions that respect work (decision 0027): a warning before the idle timeout with "Ingelogd blijven", and a form
// sent after the timeout waits on its page until the person has logged in again (in another window), then goes
// with a fresh CSRF token. Nothing typed leaves the page before that; nothing is stored in the browser.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="session-idle"]');
  if (!meta) {
    return;
  }
  var idle = parseInt(meta.content, 10) * 1000;
  // Two minutes before the timeout (or a third of a shorter timeout).
  var lead = Math.min(120000, Math.floor(idle / 3));
  // A form sent this close to the timeout first asks whether the session still lives.
  var margin = Math.min(30000, Math.floor(idle / 4));
  var lastActivity = Date.now();
  var warnTimer = null;
  var expireTimer = null;
  var waiting = null;
  var dialog = document.getElementById("session-warning");
  var expiredNotice = document.querySelector("[data-session-expired]");

  function status() {
    return fetch("/sessie", {credentials: "same-origin", redirect: "manual"})
      .then(function (response) {
        return response.ok && response.type !== "opaqueredirect" ? response.json() : null;
      })
      .catch(function () {
        return null;
      });
  }

  function schedule() {
    lastActivity = Date.now();
    clearTimeout(warnTimer);
    clearTimeout(expireTimer);
    warnTimer = setTimeout(warn, idle - lead);
    expireTimer = setTimeout(expired, idle);
  }

  function warn() {
    if (dialog && !dialog.open && typeof dialog.showModal === "function") {
      dialog.showModal();
    }
  }

  function expired() {
    if (dialog && dialog.open) {
      dialog.close();
    }
    if (expiredNotice) {
      expiredNotice.hidden = false;
    }
  }

  function alive() {
    if (expiredNotice) {
      expiredNotice.hidden = true;
    }
    schedule();
  }

  if (dialog) {
    dialog.querySelector("[data-session-keep]").addEventListener("click", function () {
      status().then(function (session) {
        dialog.close();
        if (session) {
          alive();
        } else {
          expired();
        }
      });
    });
  }
  document.addEventListener("htmx:afterRequest", schedule);

  function send(form, submitter, session) {
    form.querySelectorAll('input[name="' + session.parameter + '"]').forEach(function (input) {
      input.value = session.token;
    });
    var csrf = document.querySelector('meta[name="_csrf"]');
    if (csrf) {
      csrf.content = session.token;
    }
    form.dataset.sessionChecked = "yes";
    alive();
    if (submitter && typeof form.requestSubmit === "function") {
      form.requestSubmit(submitter);
    } else {
      form.requestSubmit();
    }
  }

  function waitForLogin(form, submitter) {
    expired();
    var hint = expiredNotice && expiredNotice.querySelector("[data-session-waiting]");
    if (hint) {
      hint.hidden = false;
    }
    var link = expiredNotice && expiredNotice.querySelector("[data-session-login]");
    if (link) {
      link.focus();
    }
    clearInterval(waiting);
    waiting = setInterval(function () {
      status().then(function (session) {
        if (session) {
          clearInterval(waiting);
          if (hint) {
            hint.hidden = true;
          }
          send(form, submitter, session);
        }
      });
    }, 2000);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post"
        || form.dataset.sessionChecked === "yes" || /\/logout$/.test(form.action)
        || Date.now() < lastActivity + idle - margin) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    status().then(function (session) {
      if (session) {
        send(form, submitter, session);
      } else {
        waitForLogin(form, submitter);
      }
    });
  }, true);

  schedule();
}());
