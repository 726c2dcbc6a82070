// Staff pages: every GOV.UK Frontend component. Progressive enhancement only: every page works
// without JavaScript.
import { initAll } from "govuk-frontend";

initAll();

// Copy buttons: the text sits in a readonly box anyone can select and copy; where the browser
// can copy for them, a button does it and says so in a live region already on the page.
function enhanceCopyButtons() {
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  const buttons = document.querySelectorAll("button[data-fv-copy]");
  for (const button of buttons) {
    const source = document.getElementById(button.dataset.fvCopy);
    const status = document.getElementById(button.dataset.fvCopyStatus);
    if (!source || !status) {
      continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
      // only the box just copied says "Copied"
      for (const other of buttons) {
        const otherStatus = document.getElementById(other.dataset.fvCopyStatus);
        if (otherStatus) {
          otherStatus.textContent = "";
        }
      }
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
