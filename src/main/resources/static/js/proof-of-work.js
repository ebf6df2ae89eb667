// The proof of work the public form asks of new senders under a flood (see ProofOfWork.java): find a
// nonce such that SHA-256(challenge + nonce) starts with the asked number of zero bits. It starts as soon
// as the page is shown; pressing "send" before it is done waits for it. Without JavaScript the reporter
// waits the time the page mentions instead.
(function () {
  "use strict";
  var box = document.querySelector("[data-proof]");
  if (!box || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  var form = box.closest("form");
  var field = form.querySelector('input[name="proofNonce"]');
  var challenge = box.getAttribute("data-proof-challenge");
  var bits = parseInt(box.getAttribute("data-proof-bits"), 10);
  var status = box.querySelector("[data-proof-status]");
  var wait = box.querySelector("[data-proof-wait]");
  var encoder = new TextEncoder();
  var BATCH = 256;

  function zeroBits(buffer) {
    var bytes = new Uint8Array(buffer);
    var zeros = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        zeros += 8;
        continue;
      }
      var b = bytes[i];
      while ((b & 0x80) === 0) {
        zeros++;
        b <<= 1;
      }
      return zeros;
    }
    return zeros;
  }

  function search(start) {
    var digests = [];
    for (var n = start; n < start + BATCH; n++) {
      digests.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge + n)));
    }
    return Promise.all(digests).then(function (results) {
      for (var i = 0; i < results.length; i++) {
        if (zeroBits(results[i]) >= bits) {
          return String(start + i);
        }
      }
      return search(start + BATCH);
    });
  }

  if (wait) {
    wait.hidden = true;
  }
  status.textContent = box.getAttribute("data-proof-working");
  var solved = search(0).then(function (nonce) {
    field.value = nonce;
    status.textContent = box.getAttribute("data-proof-done");
    return nonce;
  });

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (field.value || !submitter || submitter.value !== "send") {
      return;
    }
    event.preventDefault();
    solved.then(function () {
      form.requestSubmit(submitter);
    });
  });
})();
