// Builds GOV.UK Frontend for a council service: Arial font stack, no GDS Transport, no crown.
// Output goes to surveys/static/ (not committed: it is rebuilt from the pinned npm packages).
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "surveys", "static");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const css = sass.compile(join(root, "surveys", "web", "assets", "family-voice.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "family-voice.css"), css.css);

cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(root, "surveys", "web", "assets", "init.js"), join(out, "init.js"));
console.log(`assets built into ${out}`);
