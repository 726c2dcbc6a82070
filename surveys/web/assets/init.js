// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// Copy buttons: the text sits in a readonly box anyone can select and copy; where the browser
// can copy for them, a button does it and says so in a live region already on the page.
function enhanceCopyButtons() {
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  for (const button of document.querySelectorAll("button[data-fv-copy]")) {
    const source = document.getElementById(button.dataset.fvCopy);
    const status = document.getElementById(button.dataset.fvCopyStatus);
    if (!source || !status) {
      continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
      status.textContent = "";
      try {
        await navigator.clipboard.writeText(source.value);
        status.textContent = "Copied";
      } catch {
        source.focus();
        source.select();
        status.textContent = "Could not copy. The text is selected: copy it from your device's menu";
      }
    });
  }
}

enhanceCopyButtons();
