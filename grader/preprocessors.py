"""nbgrader preprocessors of our own (registered in grader/settings.py)."""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer

TRUNCATED = "\n... output truncated: {} more bytes ...\n"


def _size(output) -> int:
    parts = [output.get("text", "")] + [str(v) for v in output.get("data", {}).values()]
    parts += [output.get("evalue", "")] + list(output.get("traceback", []))
    return sum(len(str(p).encode("utf-8", "replace")) for p in parts)


class LimitOutputBytes(NbGraderPreprocessor):
    """Cap the outputs of each code cell at max_bytes in all.

    nbgrader's LimitOutput counts lines, so one 50 MB line passes it whole. Here stream text
    is cut to what fits, with a note of how much was dropped; rich outputs that do not fit are
    dropped with the same note. Errors are kept (their traceback is LimitOutput's to shorten),
    so a failing cell still reads as failed.
    """

    max_bytes = Integer(100_000, help="bytes of output per cell (-1: no limit)").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or self.max_bytes < 0:
            return cell, resources
        budget, kept, dropped = self.max_bytes, [], 0
        for output in cell.outputs:
            size = _size(output)
            if output.output_type == "error" or size <= budget:
                kept.append(output)
                budget -= min(size, budget)
            elif output.output_type == "stream" and budget > 0:
                text = output.text.encode("utf-8", "replace")[:budget].decode("utf-8", "ignore")
                dropped += size - len(text.encode("utf-8"))
                output.text = text
                kept.append(output)
                budget = 0
            else:
                dropped += size
        if dropped:
            from nbformat.v4 import new_output

            kept.append(new_output("stream", name="stdout", text=TRUNCATED.format(dropped)))
        cell.outputs = kept
        return cell, resources
