// Builds the front-end assets into surveys/static/ (not committed: rebuilt from the pinned npm
// packages): GOV.UK Frontend for a council (Arial font stack, no GDS Transport, no crown), a full
// stylesheet and script for staff pages and a small pair for family pages.
//
// Every file is named by a hash of its content (family.3f9a1c2b.css), so browsers may keep it
// for a year without asking again; manifest.json maps each plain name to the hashed one for the
// templates. Each file also gets .gz and .br copies, compressed once here at the best settings,
// for the server to send to browsers that accept them.
import * as esbuild from "esbuild";
import * as sass from "sass";
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = join(root, "surveys", "web", "assets");
const out = join(root, "surveys", "static");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const manifest = {};

function emit(name, content) {
  const data = Buffer.from(content);
  const hash = createHash("sha256").update(data).digest("hex").slice(0, 12);
  const dot = name.lastIndexOf(".");
  const hashed = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  writeFileSync(join(out, hashed), data);
  writeFileSync(join(out, `${hashed}.gz`), gzipSync(data, { level: 9 }));
  writeFileSync(join(out, `${hashed}.br`), brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  manifest[name] = hashed;
  console.log(`${hashed}: ${data.length} bytes, ${brotliCompressSync(data).length} as brotli`);
}

for (const name of ["family-voice", "family"]) {
  const css = sass.compile(join(assets, `${name}.scss`), {
    loadPaths: [join(root, "node_modules")],
    style: "compressed",
    quietDeps: true,
  });
  emit(`${name}.css`, css.css);
}

for (const name of ["staff", "family"]) {
  const result = await esbuild.build({
    entryPoints: [join(assets, `${name}.js`)],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    legalComments: "none",
    write: false,
    nodePaths: [join(root, "node_modules")],
  });
  emit(`${name}.js`, result.outputFiles[0].contents);
}

writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`assets built into ${out}`);
