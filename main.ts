import { App } from "cdktf";
import { guideExample } from "./examples/guide-example";

const app = new App();
guideExample(app);
app.synth();
