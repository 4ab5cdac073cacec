// Fills the reCAPTCHA v3 token just before a protected form is submitted (only loaded when keys are configured).
(function () {
  document.querySelectorAll("input[data-recaptcha-action]").forEach(function (field) {
    var form = field.form;
    if (!form) return;
    form.addEventListener("submit", function (event) {
      if (field.value || typeof grecaptcha === "undefined") return;
      event.preventDefault();
      grecaptcha.ready(function () {
        grecaptcha.execute(field.dataset.recaptchaSiteKey, { action: field.dataset.recaptchaAction }).then(function (token) {
          field.value = token;
          form.submit();
        });
      });
    });
  });
})();
