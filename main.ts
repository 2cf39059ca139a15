import { synthApp } from "./lib";
import { guideExample } from "./examples/guide-example";
import { productionExample } from "./examples/production-example";

// synthApp reports a props mistake once, as its message (see lib/core/synth-app.ts).
synthApp((app) => {
  guideExample(app);
  // A second, production-shaped pair in its own stacks (prod-network, prod-firewall-0, prod-firewall-1).
  productionExample(app);
});
