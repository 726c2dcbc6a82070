// Family pages: only the components the questionnaire uses, so a phone downloads little.
// Progressive enhancement only: every page works without JavaScript.
import {
  Button,
  CharacterCount,
  createAll,
  ErrorSummary,
  ExitThisPage,
  NotificationBanner,
} from "govuk-frontend";

for (const component of [Button, CharacterCount, ErrorSummary, ExitThisPage, NotificationBanner]) {
  createAll(component);
}

// A family page brought back from the back-forward cache (after "Exit this page", say) is asked
// for again, so the server decides what it shows: nothing of theirs once their session ended.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) {
    window.location.reload();
  }
});
