"""Runs a notebook's code cells in a Jupyter kernel and writes it back with their outputs.

Outputs are matched to cells by the request that produced them (the message's parent), as
JupyterLab does, and the run ends only once the kernel has been quiet for a moment after the last
cell. nbconvert instead stops collecting a cell's outputs at the kernel's "idle" status, and Deno's
kernel can send a cell's displays and even its result after that status: nbconvert then loses them.

Usage: run-notebook.py KERNEL INPUT OUTPUT [TIMEOUT_SECONDS]
Exit status 0 when every cell ran; 1 with the cell and the kernel's error when one failed.
"""
import os
import queue
import sys
import time

import nbformat
from jupyter_client.manager import start_new_kernel
from nbformat.v4 import output_from_msg

OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error"}
# How long the kernel must stay silent after the last cell before the run counts as finished.
QUIET_SECONDS = 2.0


def add_output(cell, msg):
    kind = msg["msg_type"]
    if kind == "clear_output":
        cell.outputs = []
        return
    if kind not in OUTPUT_TYPES:
        return
    out = output_from_msg(msg)
    last = cell.outputs[-1] if cell.outputs else None
    # Consecutive writes to one stream are one output, as nbconvert writes them.
    if kind == "stream" and last is not None and last.output_type == "stream" and last.name == out.name:
        last.text += out.text
    else:
        cell.outputs.append(out)


def main(kernel, source, target, timeout):
    nb = nbformat.read(source, as_version=4)
    # The kernel starts beside the notebook, as Jupyter starts it: Deno writes its deno.lock there.
    km, kc = start_new_kernel(kernel_name=kernel, cwd=os.path.dirname(os.path.abspath(source)))
    by_request = {}
    failed = None

    def drain(until_idle=None, quiet=None):
        """Files IOPub messages under their cells until `until_idle` is idle, or until `quiet` s of silence."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = kc.get_iopub_msg(timeout=quiet if quiet is not None else 1)
            except queue.Empty:
                if quiet is not None:
                    return True
                continue
            parent = msg["parent_header"].get("msg_id")
            cell = by_request.get(parent)
            if cell is not None:
                add_output(cell, msg)
            if (
                until_idle is not None
                and parent == until_idle
                and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"
            ):
                return True
        return False

    try:
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            cell.outputs = []
            request = kc.execute(cell.source, store_history=True)
            by_request[request] = cell
            reply = kc.get_shell_msg(timeout=timeout)
            while reply["parent_header"].get("msg_id") != request:
                reply = kc.get_shell_msg(timeout=timeout)
            cell.execution_count = reply["content"].get("execution_count")
            if not drain(until_idle=request):
                failed = f"cell {index}: no idle status from the kernel within {timeout} s"
                break
            if reply["content"]["status"] != "ok":
                content = reply["content"]
                failed = f"cell {index} failed: {content.get('ename')}: {content.get('evalue')}"
                break
        drain(quiet=QUIET_SECONDS)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    nbformat.write(nb, target)
    if failed:
        print(failed, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) not in (3, 4):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(args[0], args[1], args[2], float(args[3]) if len(args) == 4 else 300.0))
