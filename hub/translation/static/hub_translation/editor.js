// Shows the server's reason when the translation editor's save is refused (HTTP 400 with
// {"error": "..."}), e.g. an override with a forbidden URL; the editor itself only says
// "Server error".
(function () {
  const originalFetch = window.fetch;
  window.fetch = function (resource, options) {
    return originalFetch.apply(this, arguments).then(function (response) {
      if (response.status === 400 && options && options.method === "PUT") {
        response
          .clone()
          .json()
          .then(function (data) {
            const box = document.querySelector(".hub-editor-message");
            if (box && data && data.error) {
              box.textContent = data.error;
              box.className = "hub-editor-message help-block help-critical";
              box.hidden = false;
            }
          })
          .catch(function () {});
      }
      return response;
    });
  };
})();
