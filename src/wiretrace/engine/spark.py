"""The Spark engine: the corpus pipeline (read, index, candidates, verdicts, families)
over a cluster, with the same pair code as the embedded engine. docs/spark.md.

    wiretrace families crawl/ s3a://bucket/news.jsonl --engine spark --out fam/

Stages (each a DataFrame; executor code in ``spark_jobs``, DataFrame joins and
components in ``spark_graph``, inputs and outputs in ``spark_fs``):

1. read: JSONL through the text source (split by Spark, one line per record), every
   other file through ``binaryFile``; ``ingest`` parses inside the executors; a bad
   record becomes a ``rejects`` row with its reason.
2. articles: dedupe by content hash, URL versions and unique ids as the SQLite store
   assigns them; the record's ordinal stands in for the store's rowid (same order).
3. candidates: MinHash band keys exploded and self-joined on the key (buckets of 2..50),
   rare terms the same way, article vectors by exact blockwise products.
4. verdicts: ``judge.judge_articles`` (the embedded engine's pair code) per pair in
   ``mapPartitions``.
5. families: connected components by large-star/small-star iterations in DataFrames;
   small families closed (all member pairs judged); the tree per component by
   ``families.build_families`` in ``applyInPandas``. Only the families are collected.

The output directory is written whole to ``DIR.tmp-XXXX`` and renamed into place.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError, WiretraceError
from . import embedded as emb
from . import spark_fs as sfs
from . import spark_graph as graph
from . import spark_jobs as jobs
from .base import FAMILIES_SCHEMA, AddResult, Input

SUMMARY_SCHEMA = "wiretrace.spark-summary/1"
JAVA_HINT = (
    "the Spark engine needs a Java 17 (or 21) runtime: install one "
    "(Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME"
)
VECTOR_BLOCK = 2048  # articles per block in the all-pairs vector products
VECTOR_K = 10  # neighbours kept per article (VectorIndex.all_pairs default)

_SENT = "array<struct<i:int,text:string,start:int,end:int>>"
PARSED_SCHEMA = (
    "kind string, ordinal long, id string, hash string, url string, path string,"
    " title string, date string, outlet string, doc string, sents " + _SENT + ","
    " n_shingles int, signature binary, bands array<long>, terms array<long>,"
    " vector binary, r_source string, r_where string, r_problem string, r_hint string"
)
LINK_SCHEMA = (
    "a long, b long, shared int, relation string, derived boolean, source long,"
    " confidence double, copy_derived double, similarity double, link string,"
    " alignments array<struct<copy_sentences:array<int>,source_sentences:array<int>,kind:string,score:double>>"
)
_LOG4J = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


def find_java() -> str:
    """The ``java`` Spark will start, or a WiretraceError saying what to install."""
    home = os.environ.get("JAVA_HOME")
    if home:
        java = Path(home) / "bin" / "java"
        if java.is_file() and os.access(java, os.X_OK):
            return str(java)
        raise WiretraceError(f"JAVA_HOME={home} holds no bin/java; {JAVA_HINT}")
    found = shutil.which("java")
    if not found:
        raise WiretraceError(f"no `java` on PATH; {JAVA_HINT}")
    return found


def session(
    master: str = "local[2]",
    *,
    shuffle_partitions: int = 4,
    driver_memory: str = "2g",
    conf: dict[str, str] | None = None,
) -> Any:
    """A SparkSession with settings for a small machine (2 cores) and quiet logs."""
    find_java()
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise WiretraceError(
            f"pyspark is not installed ({exc}); run `pip install 'wiretrace[spark]'`"
        ) from exc
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log4j = Path(tempfile.gettempdir()) / "wiretrace-spark-log4j2.properties"
    if not log4j.exists():
        log4j.write_text(_LOG4J, encoding="utf-8")
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": str(shuffle_partitions),
        "spark.default.parallelism": str(shuffle_partitions),
        "spark.driver.memory": driver_memory,
        "spark.driver.extraJavaOptions": f"-Dlog4j.configurationFile=file:{log4j}",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.python.worker.reuse": "true",
        "spark.sql.adaptive.enabled": "true",
        "spark.sql.files.maxPartitionBytes": str(32 * 2**20),
        "spark.sql.files.openCostInBytes": str(256 * 2**10),  # small inputs split too
        **(conf or {}),
    }
    builder = SparkSession.builder.master(master).appName("wiretrace")
    for k, v in settings.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: say so in one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise WiretraceError(f"Spark did not start ({first}); {JAVA_HINT}") from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# -- the engine --------------------------------------------------------------------------


class SparkEngine:
    """The Engine protocol over Spark: ``add`` names inputs, ``families`` runs the job
    (writing ``out`` when given) and returns ``wiretrace.families/1`` JSON. ``trace``
    is a store lookup and stays with the embedded engine."""

    def __init__(
        self,
        *,
        master: str = "local[2]",
        out: str | Path | None = None,
        embeddings: bool = False,
        judge: emb.Judge = "auto",
        spark: Any = None,
        shuffle_partitions: int = 4,
        driver_memory: str = "2g",
        conf: dict[str, str] | None = None,
    ) -> None:
        self.master = master
        self.out = str(out) if out is not None else None
        self.embeddings = embeddings
        self.judge = "compare" if judge == "auto" else judge
        self._spark = spark
        self._own = spark is None
        self._settings = (shuffle_partitions, driver_memory, conf)
        self.inputs: list[str] = []
        self.summary: dict[str, Any] = {}

    @property
    def spark(self) -> Any:
        if self._spark is None:
            parts, mem, conf = self._settings
            self._spark = session(
                self.master, shuffle_partitions=parts, driver_memory=mem, conf=conf
            )
        return self._spark

    def add(self, items: Iterable[Input], *, progress: bool = False) -> AddResult:
        """Name inputs (paths or URIs) for the next run; they are read by the executors."""
        result = AddResult()
        for item in items:
            if isinstance(item, InputError):
                result.failed.append(item)
            elif isinstance(item, (str, Path)):
                if str(item) == "-":
                    raise WiretraceError("the spark engine reads files, not standard input")
                self.inputs.append(str(item))
            else:
                raise WiretraceError(
                    "the spark engine reads files; store Article objects with Store"
                )
        return result

    def trace(self, article: Any, top: int = 10) -> dict[str, Any]:
        raise WiretraceError(
            "trace needs an indexed store: use the embedded engine (wiretrace add)"
        )

    def families(self, min_size: int = 2) -> dict[str, Any]:
        """Run the job over the inputs added; the output goes to ``out`` (or nowhere)."""
        tmp = None
        out = self.out
        if out is None:
            tmp = tempfile.mkdtemp(prefix="wiretrace-spark-")
            out = str(Path(tmp) / "out")
        try:
            result, self.summary = run(self, self.inputs, out, min_size=min_size)
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
        return result

    def close(self) -> None:
        if self._spark is not None and self._own:
            try:
                self._spark.stop()
            except (ConnectionError, OSError) as exc:
                # The JVM is already gone (killed, or out of memory): stopping cannot reach
                # it. Say so, rather than let a socket error hide the job's own failure.
                print(
                    "wiretrace: the Spark JVM had already exited (out of memory? raise "
                    f"spark.driver.memory with SparkEngine(conf=...)): {exc}",
                    file=sys.stderr,
                )
        self._spark = None

    def __enter__(self) -> SparkEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- the pipeline -------------------------------------------------------------------------


def _read(eng: SparkEngine, files: list[tuple[str, str | None]]) -> Any:
    """Parse every input inside the executors: one row per article or reject."""
    from pyspark.sql import functions as F

    spark, emb_on = eng.spark, eng.embeddings
    index = {uri: k for k, (uri, _) in enumerate(files, 1)}
    b_index = spark.sparkContext.broadcast(index)
    parts = []
    whole = [uri for uri, kind in files if kind != "jsonl"]
    if whole:
        raw = spark.read.format("binaryFile").load(whole).select("path", "content")
        parts.append(
            raw.rdd.mapPartitions(lambda rows: jobs.parse_files(rows, b_index.value, emb_on))
        )
    lines = [uri for uri, kind in files if kind == "jsonl"]
    if lines:
        text = spark.read.text(lines).select(
            "value",
            F.col("_metadata.file_path").alias("f"),
            F.col("_metadata.file_block_start").alias("s"),
        )
        # the number of each split's first line: a count per split, summed on the driver
        counts = sorted(
            (urllib.parse.unquote(r["f"]), int(r["s"]), int(r["n"]))
            for r in text.groupBy("f", "s").agg(F.count("*").alias("n")).collect()
        )
        base: dict[tuple[str, int], int] = {}
        line, last = 1, ""
        for f, start, n in counts:
            line = line if f == last else 1
            base[(f, start)], line, last = line, line + n, f
        b_base = spark.sparkContext.broadcast(base)
        parts.append(
            text.rdd.mapPartitions(
                lambda rows: jobs.parse_jsonl_lines(rows, b_index.value, b_base.value, emb_on)
            )
        )
    rdd = parts[0] if len(parts) == 1 else spark.sparkContext.union(parts)
    return spark.createDataFrame(rdd, PARSED_SCHEMA)


def _articles(parsed: Any) -> Any:
    """Kept articles with the ids the SQLite store would give them: the first of each
    content hash, ``~vN`` for a new text at a known URL, ``~N`` for a taken id."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = F.row_number().over(Window.partitionBy("hash").orderBy("ordinal"))
    arts = parsed.filter(F.col("kind") == "article").withColumn("k", first).filter("k = 1")
    by_url = Window.partitionBy("url").orderBy("ordinal")
    arts = (
        arts.filter(F.col("url").isNotNull())
        .withColumn("version", F.row_number().over(by_url))
        .unionByName(arts.filter(F.col("url").isNull()).withColumn("version", F.lit(1)))
    )
    base = F.when(F.col("version") <= 1, F.col("id")).otherwise(
        F.concat("id", F.lit("~v"), "version")
    )
    arts = arts.withColumn("base", base)
    n = F.row_number().over(Window.partitionBy("base").orderBy("ordinal"))
    arts = arts.withColumn("n", n).withColumn(
        "id", F.when(F.col("n") == 1, F.col("base")).otherwise(F.concat("base", F.lit("~"), "n"))
    )
    ref = F.struct("id", "path", "title", "date", "outlet")
    return arts.select(
        F.col("ordinal").alias("rowid"),
        "id", "hash", "url", "version", "path", "title", "date", "outlet", "doc", "sents",
        F.size("sents").alias("n_sentences"), "n_shingles", "signature", "bands", "terms", "vector",
        F.to_json(ref, {"ignoreNullFields": "false"}).alias("ref"),
    )  # fmt: skip


def _candidates(eng: SparkEngine, arts: Any) -> tuple[Any, int]:
    """Candidate pairs (a, b, shared rare terms), as ``Store.candidate_pairs`` finds them."""
    from pyspark.sql import functions as F

    bands = arts.select("rowid", F.explode("bands").alias("key")).distinct()
    sizes = bands.groupBy("key").count().filter(F.col("count").between(2, emb.MAX_BUCKET))
    bucket_pairs = graph.pairs_on(bands.join(sizes.select("key"), "key"), "key").distinct()
    sig = arts.select("rowid", "signature", "n_shingles")
    sa = sig.toDF("a", "sig_a", "n_a")
    sb = sig.toDF("b", "sig_b", "n_b")
    lsh = (
        bucket_pairs.join(sa, "a")
        .join(sb, "b")
        .select("a", "b", "sig_a", "sig_b", "n_a", "n_b")
        .mapInPandas(
            lambda it: jobs.lsh_filter(it, emb.MIN_JACCARD, emb.MIN_CONTAINMENT), "a long, b long"
        )
    )
    terms = arts.select("rowid", F.explode("terms").alias("term")).distinct()
    rare = terms.groupBy("term").count().filter(F.col("count").between(2, emb.RARE_DF))
    shared = (
        graph.pairs_on(terms.join(rare.select("term"), "term"), "term")
        .groupBy("a", "b")
        .agg(F.count("*").cast("int").alias("shared"))
        .filter(F.col("shared") >= emb.MIN_SHARED_TERMS)
    )
    pairs = lsh.join(shared, ["a", "b"], "full_outer")
    if eng.embeddings:
        pairs = pairs.join(_vector_pairs(eng, arts), ["a", "b"], "full_outer")
    pairs = pairs.select("a", "b", F.coalesce("shared", F.lit(0)).alias("shared"))
    pairs = pairs.localCheckpoint()
    return pairs, pairs.count()


def _vector_pairs(eng: SparkEngine, arts: Any) -> Any:
    """Each article's VECTOR_K nearest neighbours (cosine >= MIN_COSINE), exact: blocks of
    vectors crossed pairwise, the best neighbours kept per article."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    vec = arts.filter(F.col("vector").isNotNull()).select("rowid", "vector")
    n_blocks = max(1, -(-vec.count() // VECTOR_BLOCK))
    blocks = vec.groupBy((F.abs(F.xxhash64("rowid")) % n_blocks).alias("blk")).agg(
        F.collect_list("rowid").alias("ids"), F.collect_list("vector").alias("vecs")
    )
    x, y = blocks.alias("x"), blocks.alias("y")
    crossed = x.join(y, F.col("x.blk") <= F.col("y.blk")).select(
        "x.blk", "x.ids", "x.vecs", "y.blk", "y.ids", "y.vecs"
    )
    near = eng.spark.createDataFrame(
        crossed.rdd.mapPartitions(
            lambda r: jobs.vector_block_pairs(r, VECTOR_K + 1, emb.MIN_COSINE)
        ),
        "p long, q long, cos double",
    )
    best = Window.partitionBy("p").orderBy(F.desc("cos"), "q")
    top = near.withColumn("r", F.row_number().over(best)).filter(F.col("r") <= VECTOR_K)
    return top.select(F.least("p", "q").alias("a"), F.greatest("p", "q").alias("b")).distinct()


def _judge(eng: SparkEngine, pairs: Any, arts: Any) -> Any:
    """One verdict per pair, from the executors (``spark_jobs.judge_pairs``)."""
    from pyspark.sql import functions as F

    side = arts.select("rowid", "id", "doc", "sents")
    rows = (
        pairs.join(side.toDF("a", "id_a", "doc_a", "s_a"), "a")
        .join(side.toDF("b", "id_b", "doc_b", "s_b"), "b")
        .select(
            "a", "b", F.col("shared").cast("int"), "id_a", "doc_a", "s_a", "id_b", "doc_b", "s_b"
        )
        .repartition(max(2, eng.spark.sparkContext.defaultParallelism * 2))
    )
    name, emb_on = eng.judge, eng.embeddings
    rdd = rows.rdd.mapPartitions(lambda it: jobs.judge_pairs(it, name, emb_on))
    return eng.spark.createDataFrame(rdd, LINK_SCHEMA)


def run(
    eng: SparkEngine, inputs: list[str], out: str, *, min_size: int = 2
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The whole job: inputs to ``out`` (Parquet tables, families.json, summary.json),
    replaced atomically. Returns (families/1 JSON, summary)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if not inputs:
        raise WiretraceError("no inputs: name files, directories or URIs to read")
    t_start = time.perf_counter()
    times: dict[str, float] = {}
    clock = [t_start]

    def mark(stage: str) -> None:
        now = time.perf_counter()
        times[stage] = round(now - clock[0], 2)
        clock[0] = now

    spark = eng.spark
    fs = sfs.FS(spark, out)
    target = fs.qualify(out)
    tmp = fs.qualify(f"{out.rstrip('/')}.tmp-{uuid.uuid4().hex[:8]}")
    files: list[tuple[str, str | None]] = []
    missing: list[InputError] = []
    for item in inputs:
        found, err = sfs.FS(spark, item).list_inputs(item)
        files.extend(found)
        if err:
            missing.append(err)
    cached: list[Any] = []

    def keep(df: Any) -> Any:
        df = df.persist(StorageLevel.MEMORY_AND_DISK)
        cached.append(df)
        return df

    try:
        if not files:
            raise WiretraceError("no input could be read: " + "; ".join(map(str, missing)))
        parsed = keep(_read(eng, files))
        counts = parsed.groupBy("kind", "r_problem").count().collect()
        n_read = sum(int(r["count"]) for r in counts if r["kind"] == "article")
        reasons: dict[str, int] = {}
        for problem, n in [
            (r["r_problem"], int(r["count"])) for r in counts if r["kind"] == "reject"
        ] + [(e.problem, 1) for e in missing]:
            reasons[problem] = reasons.get(problem, 0) + n
        listing = spark.createDataFrame(
            [(0, e.source, e.where, e.problem, e.hint) for e in missing],
            "ordinal long, r_source string, r_where string, r_problem string, r_hint string",
        )
        cols = ["ordinal", "r_source", "r_where", "r_problem", "r_hint"]
        rejects = parsed.filter("kind = 'reject'").select(*cols).unionByName(listing)
        rejects.toDF("ordinal", "source", "where", "problem", "hint").orderBy(
            "ordinal"
        ).write.parquet(f"{tmp}/rejects")
        arts = keep(_articles(parsed))
        n_arts = arts.count()
        arts.drop("sents", "bands", "terms", "ref").write.parquet(f"{tmp}/articles")
        arts.select(F.col("rowid").alias("article"), F.inline("sents")).write.parquet(
            f"{tmp}/sentences"
        )
        mark("read")
        pairs, n_pairs = _candidates(eng, arts)
        mark("candidates")
        links1 = keep(_judge(eng, pairs, arts).withColumn("round", F.lit(1)))
        comp = keep(graph.connected_components(links1.filter("derived").select("a", "b")))
        close = graph.close_pairs(comp, links1).localCheckpoint()
        links = _judge(eng, close, arts).withColumn("round", F.lit(2))
        links = keep(links1.unionByName(links))
        tally = links.agg(
            F.count("*").alias("all"),
            F.sum(F.col("derived").cast("int")).alias("derived"),
            F.sum((F.col("round") == 2).cast("int")).alias("close"),
        ).first()
        mark("verdicts")
        links.drop("alignments").write.parquet(f"{tmp}/pairs")
        aligned = links.select("a", "b", F.col("source").alias("source_article"), "alignments")
        aligned.select("a", "b", "source_article", F.inline("alignments")).write.parquet(
            f"{tmp}/alignments"
        )
        rows = graph.family_rows(links, comp, arts, min_size).collect()
        fams = [json.loads(r["family"]) for r in rows]
        # numbered as families.build_families numbers them
        fams.sort(
            key=lambda f: (-len(f["members"]), f["origin"]["date"] or "9999", f["origin"]["id"])
        )
        families = [{"id": f"f{k}", **f} for k, f in enumerate(fams, 1)]
        result = {"schema": FAMILIES_SCHEMA, "families": families}
        sfs.write_families(spark, tmp, families)
        mark("families")
        summary = {
            "schema": SUMMARY_SCHEMA,
            "inputs": inputs,
            "files": len(files),
            "records": n_read + sum(reasons.values()),
            "articles": n_arts,
            "duplicates": n_read - n_arts,
            "rejects": sum(reasons.values()),
            "reject_reasons": reasons,
            "candidate_pairs": n_pairs,
            "close_pairs": int(tally["close"] or 0),
            "pairs_judged": int(tally["all"]),
            "derived_pairs": int(tally["derived"] or 0),
            "families": len(families),
            "articles_in_families": sum(len(f["members"]) for f in families),
            "engine": {"master": eng.master, "judge": eng.judge, "embeddings": eng.embeddings},
            "seconds": {**times, "total": round(time.perf_counter() - t_start, 2)},
        }
        fs.write_text(
            f"{tmp}/families.json", json.dumps(result, indent=2, ensure_ascii=False) + "\n"
        )
        fs.write_text(f"{tmp}/summary.json", json.dumps(summary, indent=2) + "\n")
        sfs.swap(fs, tmp, target)
    except BaseException:
        fs.delete(tmp)
        raise
    finally:
        for df in cached:
            df.unpersist()
    return result, summary
