import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../support/errors.js";
import { footballFieldChart } from "finmodel/charts";
import { renderSvg } from "finmodel/charts/render";
import { root } from "../support/examples.js";

const spec = footballFieldChart([{ label: "A", low: 1, high: 2 }]);

describe("renderSvg", () => {
  it("names the missing peer and how to install it", async () => {
    const withoutVegaLite = await rejection(
      renderSvg(spec, {
        importer: async (name) => {
          if (name === "vega-lite") throw new Error("Cannot find package 'vega-lite'");
          return import("vega");
        },
      }),
    );
    expect(withoutVegaLite.code).toBe("SCHEMA");
    expect(withoutVegaLite.details).toEqual({ package: "vega-lite" });
    expect(withoutVegaLite.message).toContain('"vega-lite"');
    expect(withoutVegaLite.message).toContain("npm install vega vega-lite");

    const withoutVega = await rejection(
      renderSvg(spec, {
        importer: async (name) => {
          if (name === "vega") throw new Error("Cannot find package 'vega'");
          return import("vega-lite");
        },
      }),
    );
    expect(withoutVega.details).toEqual({ package: "vega" });
  });

  it("refuses a module that is not the package asked for", async () => {
    const e = await rejection(renderSvg(spec, { importer: () => ({ something: 1 }) }));
    expect(e.details).toEqual({ package: "vega-lite" });
  });

  it("takes the packages from an importer, including CommonJS-style default exports", async () => {
    const svg = await renderSvg(spec, { importer: async (name) => ({ default: await (name === "vega" ? import("vega") : import("vega-lite")) }) });
    expect(svg.startsWith("<svg")).toBe(true);
  });

  it("renders the same SVG twice", async () => {
    expect(await renderSvg(spec)).toBe(await renderSvg(spec));
  });

  it("refuses what is not a spec", async () => {
    expect((await rejection(renderSvg(null as never))).code).toBe("UNIT_MISMATCH");
    expect((await rejection(renderSvg([] as never))).code).toBe("UNIT_MISMATCH");
    expect((await rejection(renderSvg({ mark: "nonsense" }))).code).toBe("SCHEMA");
    expect((await rejection(renderSvg(spec, { importer: 5 as never }))).code).toBe("UNIT_MISMATCH");
    expect((await rejection(renderSvg(spec, { renderer: "canvas" } as never))).code).toBe("OUT_OF_DOMAIN");
  });

  it("does not change the frozen spec it renders", async () => {
    const before = JSON.stringify(spec);
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });
});

describe("the chart builders stay free of vega", () => {
  it("only render.ts names vega or vega-lite, and only through import()", () => {
    const dir = join(root, "src", "charts");
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), "utf8");
      const staticImports = [...text.matchAll(/^\s*(?:import|export)[^;]*from\s+["'](vega[^"']*)["']/gm)];
      expect(staticImports, file).toEqual([]);
      if (file !== "render.ts") expect(/import\(\s*["']vega/.test(text), file).toBe(false);
    }
  });
});
