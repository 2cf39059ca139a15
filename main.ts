import { synthApp } from "./lib";
import { guideExample } from "./examples/guide-example";

// synthApp reports a props mistake once, as its message (see lib/core/synth-app.ts).
synthApp((app) => {
  guideExample(app);
});
