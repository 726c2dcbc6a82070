// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// A family page brought back from the back-forward cache (after "Exit this page", say) is asked
// for again, so the server decides what it shows: nothing of theirs once their session ended.
window.addEventListener("pageshow", (event) => {
  if (event.persisted && document.querySelector(".govuk-exit-this-page")) {
    window.location.reload();
  }
});
