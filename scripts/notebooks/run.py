"""Execute the example notebooks with the committed Deno kernelspec.

Usage: python3 run.py [--check] [--cwd DIR] NOTEBOOK.ipynb...

Without --check each notebook is executed and rewritten with its fresh outputs.
With --check it is executed in memory and the run fails if any output differs from
the committed file (the committed outputs are stale). --cwd sets the kernel's working
directory (default: the notebook's folder); `npm run notebooks` points it at a folder
where `finmodel` is installed from the freshly built package.

Why not `jupyter nbconvert --execute`: with the Deno kernel, some outputs arrive on
IOPub after the kernel has reported `idle` for the cell, and stock nbclient stops
reading at `idle`, so they are silently dropped; some Deno versions also send
`transient: null`, which stock nbclient cannot read. This runner keeps reading a
cell's IOPub messages for a grace period after `idle`, and reads `transient: null`
as no transient data.

Exit status: 0 on success, 1 if a cell fails or (with --check) an output differs,
2 on bad usage.
"""

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError

REPO = Path(__file__).resolve().parents[2]
KERNEL_NAME = "deno"
# How long to keep reading a cell's outputs after the kernel reports idle, in seconds.
# Every late message restarts the wait. Must stay well below nbclient's iopub_timeout.
GRACE_SECONDS = 0.75
CELL_TIMEOUT_SECONDS = 120


class GraceClient(NotebookClient):
    """NotebookClient that keeps collecting a cell's outputs briefly after idle."""

    def process_message(self, msg, cell, cell_index):
        content = msg.get("content")
        if isinstance(content, dict) and content.get("transient", {}) is None:
            content["transient"] = {}
        return super().process_message(msg, cell, cell_index)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        assert self.kc is not None
        deadline = None  # set once the kernel reports idle
        while True:
            if deadline is None:
                timeout = None
            else:
                timeout = deadline - time.monotonic()
                if timeout <= 0:
                    return
            try:
                msg = await _get_msg(self.kc.iopub_channel, timeout)
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
                if deadline is not None:
                    deadline = time.monotonic() + GRACE_SECONDS
            except CellExecutionComplete:
                deadline = time.monotonic() + GRACE_SECONDS


async def _get_msg(channel, timeout):
    result = channel.get_msg(timeout=timeout)
    if asyncio.iscoroutine(result):
        return await result
    return result


def error_outputs(nb):
    """(cell index, output) for every error output of the notebook."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append((index, output))
    return found


def coalesce_streams(outputs):
    """Merge consecutive stream outputs of the same stream into one.

    How the kernel splits a cell's stdout into messages is not deterministic; the
    text, in order, is.
    """
    merged = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] = previous["text"] + output["text"]
        else:
            merged.append(output)
    return merged


def normalise(nb):
    """The notebook as it is committed.

    Only what is truly not deterministic is normalised: execution counts are set to
    1, 2, 3… over the code cells (the kernel's counter depends on what ran before),
    per-cell execution metadata (timings) is dropped, and stdout split into several
    messages is joined (coalesce_streams). Output content is kept as it is.
    """
    count = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        cell.outputs = coalesce_streams(cell.get("outputs", []))
        if cell.source.strip():
            count += 1
            cell.execution_count = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = count
        else:
            cell.execution_count = None
    return nb


def serialise(nb):
    return nbformat.writes(nb) + "\n"


def execute(path, cwd):
    nb = nbformat.read(path, as_version=4)
    client = GraceClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=CELL_TIMEOUT_SECONDS,
        iopub_timeout=int(GRACE_SECONDS * 4) + 2,
        record_timing=False,
        allow_errors=True,  # errors are collected and reported below, with the cell index
        resources={"metadata": {"path": cwd or str(Path(path).parent)}},
    )
    client.execute()
    return normalise(nb)


def main(argv):
    check = False
    cwd = None
    paths = []
    args = iter(argv)
    for arg in args:
        if arg == "--check":
            check = True
        elif arg == "--cwd":
            cwd = next(args, None)
            if cwd is None:
                paths = []
                break
        else:
            paths.append(arg)
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ["JUPYTER_PATH"] = str(REPO / ".jupyter")
    os.environ.setdefault("NO_COLOR", "1")
    failed = False
    for path in paths:
        started = time.monotonic()
        try:
            nb = execute(path, cwd)
        except CellExecutionError as error:  # should not happen with allow_errors
            print(f"FAIL {path}: {error}", file=sys.stderr)
            failed = True
            continue
        errors = error_outputs(nb)
        for index, output in errors:
            trace = "\n".join(output.get("traceback", [])) or f"{output.get('ename')}: {output.get('evalue')}"
            print(f"FAIL {path}: cell {index} raised\n{trace}", file=sys.stderr)
        if errors:
            failed = True
            continue
        fresh = serialise(nb)
        elapsed = time.monotonic() - started
        if check:
            committed = Path(path).read_text(encoding="utf-8")
            if committed != fresh:
                print(
                    f"FAIL {path}: committed outputs differ from a fresh run "
                    "(run `npm run notebooks` and commit the result)",
                    file=sys.stderr,
                )
                _print_first_difference(committed, fresh)
                failed = True
                continue
            print(f"ok   {path} ({elapsed:.1f}s, outputs up to date)")
        else:
            Path(path).write_text(fresh, encoding="utf-8")
            print(f"ok   {path} ({elapsed:.1f}s, written)")
    return 1 if failed else 0


def _print_first_difference(committed, fresh):
    old = json.loads(committed)
    new = json.loads(fresh)
    old_cells = old.get("cells", [])
    new_cells = new.get("cells", [])
    for index, (a, b) in enumerate(zip(old_cells, new_cells)):
        if a != b:
            print(f"     first difference in cell {index}", file=sys.stderr)
            print(f"     committed: {json.dumps(a.get('outputs'))[:400]}", file=sys.stderr)
            print(f"     fresh:     {json.dumps(b.get('outputs'))[:400]}", file=sys.stderr)
            return
    if len(old_cells) != len(new_cells):
        print("     the number of cells differs", file=sys.stderr)
    else:
        print("     the notebook metadata differs", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
