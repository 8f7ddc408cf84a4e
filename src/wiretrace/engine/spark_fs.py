"""The Spark engine's file system (Hadoop's API through the JVM, so ``hdfs://``,
``s3a://`` and ``file:`` all work): listing the inputs in the embedded engine's order,
writing the family tables, and swapping a finished output into place.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputError, WiretraceError


class FS:
    """Hadoop's file system API (hdfs://, s3a://, file:), through the JVM."""

    def __init__(self, spark: Any, path: str) -> None:
        self.sc = spark.sparkContext
        jvm = self.sc._jvm
        self.Path = jvm.org.apache.hadoop.fs.Path
        self.fs = self.Path(path).getFileSystem(self.sc._jsc.hadoopConfiguration())

    def qualify(self, path: str) -> str:
        return str(self.fs.makeQualified(self.Path(path)).toString())

    def exists(self, path: str) -> bool:
        return bool(self.fs.exists(self.Path(path)))

    def rename(self, src: str, dst: str) -> None:
        if not self.fs.rename(self.Path(src), self.Path(dst)):
            raise WiretraceError(f"cannot rename {src} to {dst}")

    def delete(self, path: str) -> None:
        self.fs.delete(self.Path(path), True)

    def write_text(self, path: str, text: str) -> None:
        out = self.fs.create(self.Path(path), True)
        try:
            out.write(bytearray(text.encode("utf-8")))
        finally:
            out.close()

    def list_inputs(self, path: str) -> tuple[list[tuple[str, str | None]], InputError | None]:
        """(file URI, kind) of one input in the order the embedded engine reads them,
        or the error the embedded engine would report for it."""
        from .. import ingest

        p = self.Path(path)
        if not self.fs.exists(p):
            return [], InputError(path, "no such file or directory")
        st = self.fs.getFileStatus(p)
        root = str(self.fs.makeQualified(p).toString())
        if not st.isDirectory():
            return [(root, ingest._kind(Path(PurePosixPath(root).name)))], None
        found: list[tuple[tuple[str, ...], str, str]] = []
        it = self.fs.listFiles(p, True)
        while it.hasNext():
            uri = str(it.next().getPath().toString())
            rel = PurePosixPath(uri[len(root) :].lstrip("/"))
            kind = ingest._kind(Path(rel.name))
            if kind and not any(part.startswith((".", "_")) for part in rel.parts):
                found.append((rel.parts, uri, kind))
        if not found:
            hint = "looked for " + " ".join(ingest.EXTENSIONS)
            return [], InputError(path, "no article files in the directory", hint=hint)
        return [(uri, kind) for _, uri, kind in sorted(found)], None


def write_families(spark: Any, tmp: str, families: list[dict[str, Any]]) -> None:
    fam_rows = [
        (f["id"], f["origin"]["id"], len(f["members"]), len(f["same_event"]), json.dumps(f))
        for f in families
    ]
    spark.createDataFrame(
        fam_rows, "family string, origin string, members int, same_event int, json string"
    ).coalesce(1).write.parquet(f"{tmp}/families")
    edge_rows = [
        (f["id"], e["parent"]["id"], e["child"]["id"], e["relation"],
         float(e["coverage"].get("copy_derived", 0.0)), e["evidence"])
        for f in families for e in f["edges"]
    ]  # fmt: skip
    spark.createDataFrame(
        edge_rows,
        "family string, parent string, child string, relation string, copy_derived double,"
        " evidence array<string>",
    ).coalesce(1).write.parquet(f"{tmp}/tree_edges")


def swap(fs: FS, tmp: str, target: str) -> None:
    """Put the finished ``tmp`` in place of ``target``: the old output is moved aside
    first and deleted last, so a reader sees the old output or the new, never a mix."""
    old = None
    if fs.exists(target):
        old = f"{target.rstrip('/')}.old-{uuid.uuid4().hex[:8]}"
        fs.rename(target, old)
    try:
        fs.rename(tmp, target)
    except BaseException:
        if old:
            fs.rename(old, target)
        raise
    if old:
        fs.delete(old)
