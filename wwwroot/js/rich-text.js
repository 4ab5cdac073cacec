// A small rich-text editor over the plain Body textarea (which works without JavaScript).
// The edited HTML is copied back into the textarea on submit; the server sanitises it on save.
const commands = [
  ["Heading", "formatBlock", "h2"],
  ["Subheading", "formatBlock", "h3"],
  ["Paragraph", "formatBlock", "p"],
  ["Bold", "bold"],
  ["Italic", "italic"],
  ["Bulleted list", "insertUnorderedList"],
  ["Numbered list", "insertOrderedList"],
  ["Link", "createLink"],
  ["Remove link", "unlink"],
];

function toHtml(text) {
  if (text.includes("<")) return text;
  return text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => {
    const para = document.createElement("p");
    para.textContent = p.trim();
    return para.outerHTML;
  }).join("");
}

// Parses without running anything, and drops what the server would drop anyway.
function safeFragment(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  template.content.querySelectorAll("script, style, iframe, object, embed").forEach((el) => el.remove());
  template.content.querySelectorAll("*").forEach((el) => {
    [...el.attributes].forEach((a) => {
      if (a.name.startsWith("on") || a.name === "style" || /^\s*javascript:/i.test(a.value)) el.removeAttribute(a.name);
    });
  });
  return template.content;
}

for (const wrapper of document.querySelectorAll("[data-rich-text]")) {
  const textarea = wrapper.querySelector("textarea");
  const label = wrapper.querySelector("label");
  if (!textarea || !label || typeof document.execCommand !== "function") continue;

  label.id = label.id || `${textarea.id}-label`;
  const toolbar = document.createElement("div");
  toolbar.className = "th-editor__toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", "Formatting");
  toolbar.setAttribute("aria-controls", `${textarea.id}-editor`);

  const area = document.createElement("div");
  area.id = `${textarea.id}-editor`;
  area.className = "th-editor__area govuk-body";
  area.contentEditable = "true";
  area.setAttribute("role", "textbox");
  area.setAttribute("aria-multiline", "true");
  area.setAttribute("aria-labelledby", label.id);
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) area.setAttribute("aria-describedby", describedBy);
  area.append(safeFragment(toHtml(textarea.value)));

  for (const [text, command, value] of commands) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "govuk-button govuk-button--secondary th-button--small";
    button.textContent = text;
    // Keep the editor's selection when a button is pressed with the mouse.
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => {
      area.focus();
      if (command === "createLink") {
        const href = window.prompt("Link address: https://..., /a-page, or /content-link/KEY for another page of this site");
        if (href) document.execCommand("createLink", false, href.trim());
      } else {
        document.execCommand(command, false, value);
      }
    });
    toolbar.append(button);
  }

  const source = document.createElement("button");
  source.type = "button";
  source.className = "govuk-button govuk-button--secondary th-button--small";
  source.textContent = "Edit HTML";
  source.setAttribute("aria-pressed", "false");
  source.addEventListener("click", () => {
    const showingSource = !textarea.hidden;
    if (showingSource) {
      area.replaceChildren(safeFragment(toHtml(textarea.value)));
    } else {
      textarea.value = area.innerHTML;
    }
    textarea.hidden = showingSource;
    area.hidden = !showingSource;
    source.setAttribute("aria-pressed", String(!showingSource));
  });
  toolbar.append(source);

  document.execCommand("defaultParagraphSeparator", false, "p");
  textarea.hidden = true;
  textarea.after(toolbar, area);
  textarea.form?.addEventListener("submit", () => {
    if (textarea.hidden) textarea.value = area.innerHTML;
  });
}
