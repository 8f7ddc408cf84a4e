"""The Spark engine's graph stages, as DataFrame operations run from the driver: pairs
sharing a key (a self-join), connected components, the links of each component handed
to the executors to build its family, and the pairs that close a small family.

Nothing here collects to the driver; ``pyspark`` is imported only inside the functions,
so importing the module needs no JVM.
"""

from __future__ import annotations

from typing import Any

from .embedded import CLOSE_FAMILY
from .spark_jobs import build_component


def pairs_on(df: Any, key: str) -> Any:
    """(a, b), a < b, of the rows of ``df`` (rowid, key) sharing ``key``: a self-join."""
    from pyspark.sql import functions as F

    x, y = df.alias("x"), df.alias("y")
    cond = (F.col(f"x.{key}") == F.col(f"y.{key}")) & (F.col("x.rowid") < F.col("y.rowid"))
    return x.join(y, cond).select(F.col("x.rowid").alias("a"), F.col("y.rowid").alias("b"))


def connected_components(edges: Any, max_rounds: int = 60) -> Any:
    """(node, comp) of an undirected graph (a, b), comp = the smallest node: alternating
    large-star / small-star rounds (Kiveris et al. 2014), O(log^2 n) rounds, all in
    DataFrames; each round is checkpointed so the plan stays short."""
    from pyspark.sql import functions as F

    def sym(e: Any) -> Any:
        return e.union(e.select(F.col("v").alias("u"), F.col("u").alias("v"))).distinct()

    e = sym(edges.select(F.col("a").alias("u"), F.col("b").alias("v")).filter("u != v"))
    e = e.localCheckpoint()
    n_e = e.count()
    for _ in range(max_rounds):
        # large star: every neighbour bigger than u hangs from u's smallest neighbour
        m = e.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
        large = e.join(m, "u").filter("v > u").select(F.col("v").alias("u"), F.col("m").alias("v"))
        large = sym(large.filter("u != v"))
        # small star: u and its smaller neighbours hang from the smallest of them
        low = large.filter("v < u")
        m2 = low.groupBy("u").agg(F.min("v").alias("m"))
        small = low.join(m2, "u").select(F.col("v").alias("u"), "m").union(m2.select("u", "m"))
        new = sym(small.toDF("u", "v").filter("u != v")).localCheckpoint()
        n_new = new.count()
        same = n_new == n_e and new.exceptAll(e).isEmpty()
        e, n_e = new, n_new
        if same:
            break
    else:  # pragma: no cover - log^2 n rounds for any real graph
        raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")
    return (
        e.groupBy("u")
        .agg(F.least(F.min("v"), F.col("u")).alias("comp"))
        .withColumnRenamed("u", "node")
    )


def family_rows(links: Any, comp: Any, arts: Any, min_size: int) -> Any:
    """Per component, its links (and the same-event links leaving it) with the refs of
    both ends, grouped and handed to ``families.build_families``."""
    from pyspark.sql import functions as F

    # each article's text, for the parent tie-break (families.word_set)
    text = F.concat_ws(" ", "sents.text").alias("text")
    published = F.get_json_object("doc", "$.meta.published").alias("published")
    ref = arts.select("rowid", F.to_json(F.struct("ref", text, published)))
    ca, cb = comp.toDF("a", "comp_a"), comp.toDF("b", "comp_b")
    lk = links.select("a", "b", "relation", "link").join(ca, "a", "left").join(cb, "b", "left")
    same_event = F.col("relation") == "same_event"
    inside = lk.filter(
        F.col("comp_a").isNotNull() & ((F.col("comp_a") == F.col("comp_b")) | same_event)
    )
    outside = lk.filter(
        F.col("comp_b").isNotNull()
        & same_event
        & (F.col("comp_a").isNull() | (F.col("comp_a") != F.col("comp_b")))
    )
    rows = inside.select(F.col("comp_a").alias("comp"), "a", "b", "link").unionByName(
        outside.select(F.col("comp_b").alias("comp"), "a", "b", "link")
    )
    rows = rows.join(ref.toDF("a", "ref_a"), "a").join(ref.toDF("b", "ref_b"), "b")
    return rows.groupBy("comp").applyInPandas(
        lambda pdf: build_component(pdf, min_size), "comp long, family string"
    )


def close_pairs(comp: Any, links: Any) -> Any:
    """All member pairs of families of at most CLOSE_FAMILY members not judged yet."""
    from pyspark.sql import functions as F

    small = comp.groupBy("comp").count().filter(F.col("count") <= CLOSE_FAMILY).select("comp")
    members = comp.join(small, "comp").select(F.col("node").alias("rowid"), "comp")
    pairs = pairs_on(members, "comp").join(links.select("a", "b"), ["a", "b"], "left_anti")
    return pairs.withColumn("shared", F.lit(0))
