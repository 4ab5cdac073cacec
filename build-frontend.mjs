// Builds the site's CSS and copies GOV.UK Frontend's JS and images into wwwroot/.
// Run by the web project's build (see PledgeSite.Web.csproj); no network needed once npm ci has run.
import { compile } from "sass";
import { mkdirSync, writeFileSync, copyFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const govuk = join(root, "node_modules/govuk-frontend/dist/govuk");
const out = join(root, "wwwroot");

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const styles = join(root, "src/PledgeSite.Web/Styles");
const css = join(out, "css/site.css");
if (!existsSync(css) || statSync(css).mtimeMs < newest(styles)) {
  const result = compile(join(styles, "site.scss"), {
    loadPaths: [join(root, "node_modules")],
    style: "compressed",
    quietDeps: true,
  });
  mkdirSync(dirname(css), { recursive: true });
  writeFileSync(css, result.css);
  console.log(`frontend: wrote ${css} (${result.css.length} bytes)`);
}

mkdirSync(join(out, "js/govuk"), { recursive: true });
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "js/govuk/govuk-frontend.min.js"));
mkdirSync(join(out, "assets/images"), { recursive: true });
for (const name of ["favicon.ico", "favicon.svg", "govuk-icon-180.png", "govuk-icon-mask.svg"]) {
  copyFileSync(join(govuk, "assets/images", name), join(out, "assets/images", name));
}
