import { median, summarize } from "../../bench/stats";
import { renderMarkdown, renderText } from "../../bench/table";

test("median of odd and even counts, unsorted input", () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(summarize([3, 9, 1])).toEqual({ median: 3, min: 1, max: 9, count: 3 });
  expect(() => median([])).toThrow("median of no values");
});

test("text tables right-align numbers and left-align words", () => {
  const text = renderText({
    title: "T",
    header: ["Name", "time"],
    rows: [
      ["a", "5 ms"],
      ["longer", "1234 ms"],
    ],
  });
  expect(text.split("\n")).toEqual(["T", "Name    time", "------  -------", "a          5 ms", "longer  1234 ms"]);
});

test("markdown tables escape pipes and align numeric columns right", () => {
  const markdown = renderMarkdown({ title: "T", header: ["A", "B"], rows: [["x|y", "2 s"]], notes: ["n"] });
  expect(markdown).toBe("### T\n\n| A | B |\n| --- | ---: |\n| x\\|y | 2 s |\n\n- n");
});
