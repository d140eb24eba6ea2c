import { defineConfig } from "tsdown";
import { library } from "../../scripts/tsdown-library";

export default defineConfig(library({ index: "src/index.ts" }));
