// Staff pages: every GOV.UK Frontend component. Progressive enhancement only: every page works
// without JavaScript.
import { initAll } from "govuk-frontend";

initAll();
