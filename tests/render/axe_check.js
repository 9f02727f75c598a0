// Runs axe-core (every WCAG A/AA rule and the best-practice rules) over HTML files in Debian's
// chromium and prints the violations as JSON. Usage: NODE_PATH=... node axe_check.js FILE...
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless=new"],
  });
  const found = {};
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    await page.goto("file://" + path.resolve(file));
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
    found[file] = result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }));
    await page.close();
  }
  await browser.close();
  console.log(JSON.stringify(found));
})();
