"""``wiretrace eval``: wiretrace and two baselines on real labelled corpora, same items, same run.

Protocol (docs/evaluation.md): every data set is cut into a *tuning* part and a *reported*
part. The reported part is the official test file when the data dir has one, otherwise a
seeded, stratified half of the training file. Baseline thresholds (and n-gram size or
embedding variant) are chosen on the tuning part only; wiretrace runs with its built-in
decisions. Figures carry a seeded bootstrap 95% interval (1000 resamples of the items).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import numpy as np

from . import baselines as bl
from .article import Article
from .datasets import (
    DATASETS,
    DOC_TASKS,
    RELATION_TO_LABEL,
    DocPair,
    Loaded,
    PassagePair,
    SentPair,
    load,
    sample,
    stratified_split,
)
from .embed import Embedder, default_embedder
from .errors import InputError
from .pairmodel import PairModel
from .regions import reused_regions
from .sentences import split

SCHEMA = "wiretrace.eval/1"
SENT_SAMPLE = 1000  # sentence-pair sets: tune on / report at most this many pairs by default
PAN13_TUNE = 20  # pan13: document pairs used to tune the baselines (embedding cost: long documents)
PAN13_REPORT = 60  # pan13: reported pairs by default (a seeded sample of the held-out half)
METHODS = ("wiretrace", "lexical", "embedding")

IntArray = bl.IntArray
T = TypeVar("T")


@dataclass(slots=True)
class Result:
    dataset: str
    task: str
    split: str
    method: str
    n: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    ci95: dict[str, list[float]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        d: dict[str, Any] = {
            "dataset": self.dataset,
            "task": self.task,
            "split": self.split,
            "method": self.method,
            "n": self.n,
            "precision": r(self.precision),
            "recall": r(self.recall),
            "f1": r(self.f1),
            "accuracy": r(self.accuracy),
            "ci95": {k: [round(v[0], 4), round(v[1], 4)] for k, v in self.ci95.items()},
        }
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Run:
    """Results of one data set, plus per-item records for error analysis (not in the JSON)."""

    results: list[Result] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)


def classification_result(
    dataset: str, task: str, split_name: str, method: str, gold: IntArray, pred: IntArray, names: list[str], headline: str
) -> Result:  # fmt: skip
    """Scores of one method on one task; P, R and F1 are macro averages beyond two classes."""
    k = len(names)

    def stat(ix: IntArray) -> dict[str, float]:
        m = bl.binary_prf(gold[ix], pred[ix]) if k == 2 else bl.multiclass(gold[ix], pred[ix], k)
        return m | {"f1": m.get("macro_f1", m.get("f1", 0.0))}

    m = stat(np.arange(len(gold)))
    ci = bl.bootstrap(len(gold), stat, ["f1", "accuracy"] if k == 2 else ["macro_f1", "accuracy"])
    res = Result(dataset, task, split_name, method, len(gold), m["precision"], m["recall"], m["f1"], m["accuracy"], ci)  # fmt: skip
    if k > 2:
        res.extra["macro_f1"] = round(m["macro_f1"], 4)
    res.extra["headline"] = headline
    res.extra["confusion"] = bl.confusion(gold, pred, names)
    return res


# -- wiretrace hooks (looked up at run time: the pipeline modules evolve independently) ---------


def _optional(module: str, name: str) -> Any:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def make_article(
    ident: str, body: str, *, title: str | None = None, path: str | None = None
) -> Article:
    """A prepared Article: via ``wiretrace.ingest.parse_record`` when it exists, else split here."""
    parse_record = _optional("wiretrace.ingest", "parse_record")
    if parse_record is not None:
        art: Article = parse_record(body, path=path, title=title, date=None)
        art.id = ident
        return art
    return Article(id=ident, body=body, title=title, path=path, sentences=split(body))


def wiretrace_compare() -> Callable[..., Any] | None:
    """``wiretrace.compare.compare`` with the options the eval wants (relation and
    alignment only: no quote/fact analysis), or None while it does not exist."""
    fn: Callable[..., Any] | None = _optional("wiretrace.compare", "compare")
    if fn is None:
        return None
    params = inspect.signature(fn).parameters
    extra = {k: False for k in ("quotes", "facts") if k in params}
    if not extra:
        return fn
    base = fn

    def call(a: Any, b: Any, **kw: Any) -> Any:
        return base(a, b, **extra, **kw)

    return call


def _progress(it: Iterable[T], desc: str, total: int | None = None) -> Iterable[T]:
    if not sys.stderr.isatty():
        return it
    from tqdm import tqdm

    out: Iterable[T] = tqdm(it, desc=desc, total=total, file=sys.stderr, leave=False)
    return out


def _unavailable(dataset: str, task: str, split_name: str, n: int, why: str) -> Result:
    return Result(
        dataset, task, split_name, "wiretrace", n, extra={"status": "unavailable", "note": why}
    )


def _doc_verdict(compare: Callable[..., Any], x: DocPair) -> dict[str, Any]:
    """wiretrace's verdict on one pair; a crash counts as ``unrelated`` and is recorded."""
    a = make_article(f"{x.id}-source", x.source, title=x.source_title, path=x.source_path)
    b = make_article(f"{x.id}-copy", x.copy, title=x.copy_title, path=x.copy_path)
    try:
        c = compare(a, b, source="first")
    except Exception as exc:  # the pipeline is under development: report, do not abort
        return {"relation": "unrelated", "error": f"{type(exc).__name__}: {exc}"}
    feats = {k: float(v) for k, v in c.features.items()}
    cov = {k: float(v) for k, v in c.coverage.items()}
    kinds = [al.kind for al in c.alignments]
    return {
        "relation": c.relation,
        "confidence": float(c.confidence),
        "features": feats,
        "coverage": cov,
        "kinds": kinds,
    }


# -- document sets ---------------------------------------------------------------------------

Parts = dict[str, dict[str, bl.FloatArray]]


def _scores(parts: dict[str, list[T]], fns: dict[str, Callable[[T], float]]) -> Parts:
    """``{part: {variant: scores}}`` for the tuning and reported items."""
    return {
        p: {v: np.array([f(x) for x in rows], dtype=np.float64) for v, f in fns.items()}
        for p, rows in parts.items()
    }


def _baselines(
    run: Run, name: str, task: str, split_name: str, variants: dict[str, Parts], gold: dict[str, IntArray],
    names: list[str], headline: str,
) -> None:  # fmt: skip
    """Tune each baseline's variant and cut points on the tuning part; report the other part."""
    k = len(names)
    metric = (
        bl.f1_metric
        if k == 2 and headline == "f1"
        else bl.acc_metric
        if headline == "accuracy"
        else bl.macro_metric(k)
    )
    for method, parts in variants.items():
        choice, cuts, tuned = bl.tune_choice(parts["tune"], gold["tune"], k, metric)
        pred = bl.apply_thresholds(parts["held"][choice], cuts)
        res = classification_result(
            name, task, split_name, method, gold["held"], pred, names, headline
        )
        res.extra["tuned"] = {"variant": choice, "thresholds": [round(c, 4) for c in cuts], "tune_n": len(gold["tune"]), f"tune_{headline}": round(tuned, 4)}  # fmt: skip
        run.results.append(res)


def _doc_containment(n: int) -> Callable[[DocPair], float]:
    return lambda x: bl.containment(x.copy, x.source, n)


def _pair_containment(n: int) -> Callable[[SentPair], float]:
    return lambda x: bl.sym_containment(x.a, x.b, n)


def eval_documents(
    name: str, loaded: Loaded, embedder: Embedder, *, limit: int | None, analyse_tune: bool = False
) -> Run:
    items: list[DocPair] = loaded.train  # type: ignore[assignment]
    tune, held = stratified_split(items, key=lambda x: x.label)
    if limit:
        tune, held = sample(tune, limit), sample(held, limit)
    parts, split_name = {"tune": tune, "held": held}, "heldout"
    docs = bl.DocEmbeddings(embedder)
    docs.prefetch([t for it in tune + held for t in (it.source, it.copy)])
    lex_fns = {f"n={n}": _doc_containment(n) for n in bl.NGRAM_SIZES}
    emb_fns: dict[str, Callable[[DocPair], float]] = {
        "mean": lambda x: docs.mean_cosine(x.copy, x.source),
        "best_match": lambda x: docs.best_match(x.copy, x.source),
    }
    variants = {"lexical": _scores(parts, lex_fns), "embedding": _scores(parts, emb_fns)}
    compare = wiretrace_compare()
    rel: dict[str, list[dict[str, Any]]] = {"tune": [], "held": []}
    for part in ("held", "tune") if analyse_tune else ("held",):
        if compare is not None:
            rel[part] = [
                _doc_verdict(compare, x)
                for x in _progress(parts[part], f"{name} wiretrace ({part})")
            ]
    run = Run()
    for task, mapping, names, headline in DOC_TASKS[name]:
        gold = {
            p: np.array([mapping[x.label] for x in rows], dtype=np.int64)
            for p, rows in parts.items()
        }
        if rel["held"]:
            to_label = RELATION_TO_LABEL[name]
            pred = np.array([mapping[to_label[r["relation"]]] for r in rel["held"]], dtype=np.int64)
            res = classification_result(
                name, task, split_name, "wiretrace", gold["held"], pred, names, headline
            )
            res.extra["errors"] = sum(1 for r in rel["held"] if "error" in r)
            run.results.append(res)
        else:
            run.results.append(
                _unavailable(
                    name, task, split_name, len(held), "wiretrace.compare is not available"
                )
            )
        _baselines(run, name, task, split_name, variants, gold, names, headline)
    for part, rows in parts.items():
        for i, x in enumerate(rows):
            rec: dict[str, Any] = {"part": part, "id": x.id, "label": x.label}
            for method, v in variants.items():
                rec.update({f"{method}_{k}": float(sc[i]) for k, sc in v[part].items()})
            rec.update(rel[part][i] if rel[part] else {})
            run.items.append(rec)
    return run


# -- sentence-pair sets ---------------------------------------------------------------------------


def eval_sentences(
    name: str,
    loaded: Loaded,
    embedder: Embedder,
    *,
    limit: int | None,
    pair_model: PairModel | None = None,
) -> Run:
    train: list[SentPair] = loaded.train  # type: ignore[assignment]
    cap = min(limit, SENT_SAMPLE) if limit else SENT_SAMPLE
    if loaded.test is not None:
        split_name, tune = "test", sample(train, cap)
        report: list[SentPair] = sample(loaded.test, limit)  # type: ignore[arg-type]
    else:
        split_name = "heldout"
        t, h = stratified_split(train, key=lambda x: x.label)
        tune, report = sample(t, cap), sample(h, cap)
    parts, names, task = {"tune": tune, "held": report}, ["not", "paraphrase"], "paraphrase"
    gold = {p: np.array([x.label for x in rows], dtype=np.int64) for p, rows in parts.items()}
    lex_fns = {f"n={n}": _pair_containment(n) for n in bl.NGRAM_SIZES}
    emb = {
        p: {"cosine": bl.pair_cosines(embedder, [(x.a, x.b) for x in rows])}
        for p, rows in parts.items()
    }
    run = Run()
    scorer = _optional("wiretrace.paraphrase", "sentence_pair_probabilities")
    if scorer is None:
        why = "wiretrace.paraphrase.sentence_pair_probabilities is not available"
        run.results.append(_unavailable(name, task, split_name, len(report), why))
    else:
        prob = {}
        # The pair model was trained on most of the tuning half, so its scores there are
        # optimistic: no tuned cut is computed on them (and the time is saved).
        scored = {"held": report} if pair_model is not None else parts
        for p, rows in scored.items():
            pairs = [(x.a, x.b) for x in rows]
            prob[p] = np.concatenate(
                [
                    scorer(pairs[s : s + 50], embedder=embedder, pair_model=pair_model)
                    for s in _progress(range(0, len(pairs), 50), f"{name} wiretrace ({p}, x50)")
                ]
                or [np.zeros(0)]
            )
        pred = (prob["held"] >= 0.5).astype(np.int64)
        res = classification_result(
            name, task, split_name, "wiretrace", gold["held"], pred, names, "accuracy"
        )
        # 0.5 on the probability calibrated by paraphrase.PAIR_SLOPE_MODEL (or PAIR_COEF
        # without the pair model), fitted on the tuning halves of MSRP and PAN-10 by
        # bench/fit_pair_calibration.py; tuned_threshold: the cut this set's tuning part
        # would pick, for comparison.
        res.extra["threshold"] = 0.5
        res.extra["calibration"] = (
            "wiretrace.paraphrase.PAIR_SLOPE_MODEL with the pair model"
            if pair_model is not None
            else "wiretrace.paraphrase.PAIR_COEF (no pair model)"
        ) + " (tuning halves of msrp + pan10-paraphrase)"
        if "tune" in prob:
            cuts, _ = bl.tune_ordinal(prob["tune"], gold["tune"], 2, bl.acc_metric)
            alt = bl.binary_prf(gold["held"], bl.apply_thresholds(prob["held"], cuts))
            res.extra["tuned_threshold"] = {"threshold": round(cuts[0], 4), "accuracy": round(alt["accuracy"], 4), "f1": round(alt["f1"], 4)}  # fmt: skip
        run.results.append(res)
        for i, x in enumerate(report):
            run.items.append({"id": x.id, "label": x.label, "wiretrace": float(prob["held"][i]), "cosine": float(emb["held"]["cosine"][i])})  # fmt: skip
    variants = {"lexical": _scores(parts, lex_fns), "embedding": emb}
    _baselines(run, name, task, split_name, variants, gold, names, "accuracy")
    return run


# -- passage alignment (pan13) ---------------------------------------------------------------


def _passage_result(
    method: str, split_name: str, counts: list[tuple[int, int, int, int]]
) -> Result:
    arr = np.array(counts, dtype=np.int64).reshape(-1, 4)
    m = bl.passage_metrics(arr)
    ci = bl.bootstrap(
        len(arr), lambda ix: bl.passage_metrics(arr[ix]), ["f1", "recall", "precision"]
    )
    extra = {"headline": "f1", "passages": int(arr[:, 1].sum()), "predicted": int(arr[:, 3].sum()), "tolerance": bl.TOLERANCE}  # fmt: skip
    return Result("pan13-verbatim", "alignment", split_name, method, len(arr), m["precision"], m["recall"], m["f1"], None, ci, extra)  # fmt: skip


def _gold(x: PassagePair) -> list[tuple[int, int]]:
    return [(s.this_offset, s.this_offset + s.this_length) for s in x.spans]


def wiretrace_regions(compare: Callable[..., Any], x: PassagePair) -> list[tuple[int, int]]:
    """wiretrace's reused regions (:func:`reused_regions`) of the suspicious document."""
    src = make_article(f"{x.id}-src", x.src, path=x.src_path)
    susp = make_article(f"{x.id}-susp", x.susp, path=x.susp_path)
    try:
        c = compare(src, susp, source="first")
    except Exception:  # the pipeline is under development: count as nothing found
        return []
    return reused_regions(c)


def eval_pan13(loaded: Loaded, embedder: Embedder, *, limit: int | None) -> Run:
    items: list[PassagePair] = loaded.train  # type: ignore[assignment]
    tune, held = stratified_split(items, key=lambda x: 0)
    tune = sample(tune, min(limit, PAN13_TUNE) if limit else PAN13_TUNE)
    held = sample(held, limit or PAN13_REPORT)
    split_name = "heldout"
    docs = bl.DocEmbeddings(embedder)
    docs.prefetch([t for x in tune + held for t in (x.susp, x.src)])

    def score(
        rows: list[PassagePair], regions: Callable[[PassagePair], list[tuple[int, int]]]
    ) -> list[tuple[int, int, int, int]]:
        return [bl.passage_counts(regions(x), _gold(x)) for x in rows]

    def tuned(grid: list[T], regions: Callable[[T, PassagePair], list[tuple[int, int]]]) -> T:
        return max(
            grid,
            key=lambda g: bl.passage_metrics(np.array(score(tune, lambda x: regions(g, x))))["f1"],
        )

    run = Run()
    compare = wiretrace_compare()
    if compare is None:
        why = "wiretrace.compare is not available"
        run.results.append(_unavailable("pan13-verbatim", "alignment", split_name, len(held), why))
    else:
        counts = score(
            list(_progress(held, "pan13 wiretrace")), lambda x: wiretrace_regions(compare, x)
        )
        run.results.append(_passage_result("wiretrace", split_name, counts))

    # lexical: word n-gram seeds merged into regions; n and the minimum region length tuned
    def lex(nm: tuple[int, int], x: PassagePair) -> list[tuple[int, int]]:
        return bl.lexical_regions(x.susp, x.src, nm[0], min_chars=nm[1])

    nm = tuned([(n, m) for n in (3, 5, 8) for m in (100, 200, 400)], lex)
    res = _passage_result("lexical", split_name, score(held, lambda x: lex(nm, x)))
    res.extra["tuned"] = {"n": nm[0], "min_chars": nm[1], "tune_n": len(tune)}
    run.results.append(res)

    # embedding: sentences whose best source cosine reaches a tuned threshold
    def emb(t: float, x: PassagePair) -> list[tuple[int, int]]:
        return bl.embedding_regions(docs, x.susp, x.src, t)

    t = tuned([round(0.5 + 0.05 * i, 2) for i in range(10)], emb)
    res = _passage_result("embedding", split_name, score(held, lambda x: emb(t, x)))
    res.extra["tuned"] = {"threshold": t, "tune_n": len(tune)}
    run.results.append(res)
    return run


# -- driver / CLI -----------------------------------------------------------------------------


def default_data_dir() -> Path:
    for cand in (
        Path.cwd().parent / "shared" / "eval",
        Path(__file__).resolve().parents[3] / "shared" / "eval",
    ):
        if cand.is_dir():
            return cand
    raise InputError(
        "../shared/eval",
        "no evaluation data found here or beside the repository",
        hint="pass --data-dir DIR",
    )


# Our own labelled sets, read from the repository's tests/data (no data dir, no baselines):
# ``changes`` is scored by wiretrace.changes_eval.
OWN_DATASETS = {
    "changes": "wiretrace's own pairs, tests/data/changes*.jsonl: P/R per quote status and fact-change kind"
}
EVAL_DATASETS = {**DATASETS, **OWN_DATASETS}  # what ``wiretrace eval`` offers


def evaluate(
    name: str,
    data_dir: Path,
    *,
    limit: int | None = None,
    embedder: Embedder | None = None,
    pair_model: PairModel | Literal["default"] | None = "default",
    analyse_tune: bool = False,
) -> Run:
    """Evaluate one data set; results cover wiretrace and both baselines on the same items.

    The sentence-pair sets are scored with the shipped
    :class:`~wiretrace.pairmodel.PairModel` (``"default"``, on the embedder's device), a
    given one, or, with ``pair_model=None``, by the 12-feature regression alone.
    """
    if limit is not None and limit < 1:
        raise InputError("--limit", "must be at least 1")
    if name in OWN_DATASETS:
        from .changes_eval import eval_run

        return eval_run(limit=limit)
    loaded = load(name, data_dir)
    emb = embedder or default_embedder()
    if name in DOC_TASKS:
        return eval_documents(name, loaded, emb, limit=limit, analyse_tune=analyse_tune)
    if name == "pan13-verbatim":
        return eval_pan13(loaded, emb, limit=limit)
    if pair_model == "default":
        pair_model = PairModel(emb.device)
    return eval_sentences(name, loaded, emb, limit=limit, pair_model=pair_model)
