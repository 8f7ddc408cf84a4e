"""The eval loaders, on synthetic data dirs with the published layout (texts written here),
and on broken copies of that layout. The real corpora are never copied into the repo."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from wiretrace.datasets import (
    DATASETS,
    DocPair,
    PassagePair,
    SentPair,
    load,
    read_text,
    sample,
    stratified_split,
)
from wiretrace.errors import InputError

# -- synthetic layouts -------------------------------------------------------------------------

EN_SOURCE = (
    "The city council approved a new budget on Tuesday after a long debate. "
    "The plan raises spending on schools by four percent. "
    "Critics said the increase would not cover rising costs. "
    "The mayor called the vote a victory for families. "
    "A final reading is scheduled for next month."
)
EN_COPY = (
    "The city council approved a new budget on Tuesday after a long debate. "
    "The plan raises spending on schools by four percent. "
    "The mayor called the vote a victory for families."
)
EN_OTHER = (
    "Heavy rain flooded several roads in the north of the region overnight. "
    "Emergency crews rescued two drivers from their cars. "
    "Forecasters expect more storms later in the week."
)
UR_SOURCE = "لاہور ۔ یکم دسمبر (اے پی پی) شہر میں نئی سڑک کا افتتاح کیا گیا۔ وزیر نے کہا کہ منصوبہ جلد مکمل ہوگا۔ شہریوں نے خوشی کا اظہار کیا۔"
UR_COPY = "لاہور (نیوز) شہر میں نئی سڑک کا افتتاح کیا گیا۔ وزیر نے کہا کہ منصوبہ جلد مکمل ہوگا۔"
UR_OTHER = (
    "کراچی میں بارش کے بعد کئی علاقوں میں پانی جمع ہو گیا۔ شہری انتظامیہ نے امدادی کام شروع کر دیا۔"
)


def _counter_doc(fname: str, label: str, headline: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<COUNTER_document classification="{label}" domain="national" filename="{fname}" '
        'newsdate="01.12.14" newspaper="APP">\n'
        f"<headline>{headline}</headline>\n<body>{body}</body>\n</COUNTER_document>\n"
    )


def make_counter(root: Path, n: int = 6) -> Path:
    d = root / "counter-urdu"
    (d / "COUNTER").mkdir(parents=True)
    rows = ["source_file\tderived_file\tlabel\tdomain\tsource_agency\tderived_newspaper"]
    labels = ["WD", "PD", "ND"]
    for i in range(1, n + 1):
        label = labels[i % 3]
        src, der = f"{i:04d}.xml", f"{i:04d}p.xml"
        copy = {"WD": UR_SOURCE, "PD": UR_COPY, "ND": UR_OTHER}[label]
        (d / "COUNTER" / src).write_text(
            _counter_doc(src, label, "سرخی", UR_SOURCE), encoding="utf-8"
        )
        name = der.upper().replace(".XML", ".xml") if i == 1 else der  # like the real 0032P.xml
        (d / "COUNTER" / name).write_text(_counter_doc(der, label, "سرخی", copy), encoding="utf-8")
        rows.append(f"{src}\t{der}\t{label}\tnational\tAPP\tdaily_x")
    (d / "pairs.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return d


def make_clough(root: Path) -> Path:
    d = root / "clough-stevenson"
    c = d / "corpus-20090418"
    c.mkdir(parents=True)
    (c / "orig_taska.txt").write_bytes(EN_SOURCE.replace(". ", ".\r\n").encode())
    rows = [
        "file\tgroup\tperson\ttask\tcategory\tnative_english\tknowledge\tdifficulty\tsource_file"
    ]
    for i, (cat, text) in enumerate(
        [
            ("cut", EN_SOURCE),
            ("light", EN_COPY),
            ("heavy", EN_COPY),
            ("non", EN_OTHER),
            ("non", EN_OTHER),
        ]
    ):
        name = f"g0p{'ABCDE'[i]}_taska.txt"
        # one answer in Windows-1252 with a curly apostrophe, as some corpus files are
        data = (text + " It\u2019s done.").encode("cp1252") if i == 2 else text.encode()
        (c / name).write_bytes(data)
        rows.append(f"{name}\t0\t{'ABCDE'[i]}\ta\t{cat}\tnative\t1\t1\torig_taska.txt")
    (d / "file_list.tsv").write_text("\n".join(rows) + "\n")
    return d


SENT_PAIRS = [
    (
        1,
        "The company reported higher profits this quarter.",
        "This quarter the company reported higher profits.",
    ),
    (
        0,
        "The company reported higher profits this quarter.",
        "The company cut jobs in two factories last year.",
    ),
    (
        1,
        "Police arrested two men after the robbery.",
        "Two men were arrested by police after the robbery.",
    ),
    (
        0,
        "Police arrested two men after the robbery.",
        "The robbery took place at a bank on Main Street.",
    ),
    (1, "The minister resigned on Friday.", "On Friday the minister resigned."),
    (0, "The minister resigned on Friday.", "The minister visited a school on Friday."),
]


def _msrp_lines(pairs: list[tuple[int, str, str]], base: int) -> str:
    lines = ["\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String"]
    lines += [
        f"{q}\t{base + 2 * k}\t{base + 2 * k + 1}\t{a}\t{b}" for k, (q, a, b) in enumerate(pairs)
    ]
    return "\n".join(lines) + "\n"


def make_msrp(root: Path, *, test: bool = False) -> Path:
    d = root / "msrp"
    d.mkdir(parents=True)
    (d / "msr_paraphrase_train.txt").write_text(_msrp_lines(SENT_PAIRS, 100), encoding="utf-8")
    if test:
        (d / "msr_paraphrase_test.txt").write_text(
            _msrp_lines(SENT_PAIRS[:4], 900), encoding="utf-8"
        )
    return d


def make_pan10(root: Path, *, test: bool = False) -> Path:
    d = root / "pan10-paraphrase"
    d.mkdir(parents=True)
    for prefix, pairs in [("pan-train", SENT_PAIRS)] + (
        [("pan-test", SENT_PAIRS[:2])] if test else []
    ):
        (d / f"{prefix}_s1.txt").write_text("".join(a + "\n" for _, a, _ in pairs))
        (d / f"{prefix}_s2.txt").write_text("".join(b + "\n" for _, _, b in pairs))
        (d / f"{prefix}.labels").write_text("".join(f"{q}\n" for q, _, _ in pairs))
    return d


def make_pan13(root: Path, n: int = 4) -> Path:
    d = root / "pan13-verbatim"
    sub = d / "02-no-obfuscation"
    for f in (sub, d / "susp", d / "src"):
        f.mkdir(parents=True)
    pairs = []
    for i in range(n):
        susp, src = f"suspicious-document{i:05d}.txt", f"source-document{i:05d}.txt"
        prefix = EN_OTHER + "\n\n"
        (d / "susp" / susp).write_text(prefix + EN_COPY + "\n")
        (d / "src" / src).write_text(EN_SOURCE + "\n")
        feat = (
            f'<feature name="plagiarism" obfuscation="none" source_length="{len(EN_COPY)}" '
            f'source_offset="0" source_reference="{src}" this_length="{len(EN_COPY)}" '
            f'this_offset="{len(prefix)}" type="artificial" />'
        )
        (sub / f"{susp[:-4]}-{src[:-4]}.xml").write_text(
            f'<document reference="{susp}">\n{feat}\n</document>\n'
        )
        pairs.append(f"{susp} {src}")
    (sub / "pairs").write_text("\n".join(pairs) + "\n")
    return d


def make_all(root: Path) -> Path:
    make_counter(root)
    make_clough(root)
    make_msrp(root)
    make_pan10(root)
    make_pan13(root)
    return root


# -- loaders --------------------------------------------------------------------------------------


def test_counter_loader(tmp_path: Path) -> None:
    make_counter(tmp_path)
    got = load("counter-urdu", tmp_path)
    items = got.train
    assert got.test is None
    assert len(items) == 6 and all(isinstance(x, DocPair) for x in items)
    assert Counter(x.label for x in items) == {"WD": 2, "PD": 2, "ND": 2}  # type: ignore[union-attr]
    first = items[0]
    assert isinstance(first, DocPair)
    assert first.source.startswith("لاہور") and first.copy_title == "سرخی"


def test_clough_loader_mixed_encodings(tmp_path: Path) -> None:
    make_clough(tmp_path)
    items = load("clough-stevenson", tmp_path).train
    assert [x.label for x in items] == ["cut", "light", "heavy", "non", "non"]  # type: ignore[union-attr]
    assert "\r" not in items[0].source  # type: ignore[union-attr]
    assert "It\u2019s done." in items[2].copy  # type: ignore[union-attr]


@pytest.mark.parametrize("with_test", [False, True])
def test_sentence_loaders_find_the_official_test_split(tmp_path: Path, with_test: bool) -> None:
    make_msrp(tmp_path, test=with_test)
    make_pan10(tmp_path, test=with_test)
    m = load("msrp", tmp_path)
    p = load("pan10-paraphrase", tmp_path)
    assert len(m.train) == len(p.train) == 6
    assert isinstance(m.train[0], SentPair) and m.train[0].label == 1
    assert m.train[0].a.startswith("The company")  # the BOM is not part of the header
    if with_test:
        assert m.test is not None and len(m.test) == 4
        assert p.test is not None and len(p.test) == 2
    else:
        assert m.test is None and p.test is None


def test_pan13_loader(tmp_path: Path) -> None:
    make_pan13(tmp_path)
    items = load("pan13-verbatim", tmp_path).train
    assert len(items) == 4
    x = items[0]
    assert isinstance(x, PassagePair) and len(x.spans) == 1
    s = x.spans[0]
    assert x.susp[s.this_offset : s.this_offset + s.this_length] == EN_COPY


# -- broken layouts -----------------------------------------------------------------------------


def _expect_error(tmp_path: Path, name: str, fragment: str) -> None:
    with pytest.raises(InputError) as err:
        load(name, tmp_path)
    assert fragment in str(err.value)


def test_missing_dataset_folder(tmp_path: Path) -> None:
    _expect_error(tmp_path, "msrp", "msrp")


def test_unknown_dataset(tmp_path: Path) -> None:
    _expect_error(tmp_path, "nope", "unknown data set")


def test_counter_missing_document(tmp_path: Path) -> None:
    d = make_counter(tmp_path)
    (d / "COUNTER" / "0002p.xml").unlink()
    _expect_error(tmp_path, "counter-urdu", "0002p.xml")


def test_counter_malformed_xml_and_label(tmp_path: Path) -> None:
    d = make_counter(tmp_path)
    (d / "COUNTER" / "0003.xml").write_text("<COUNTER_document><body>broken", encoding="utf-8")
    _expect_error(tmp_path, "counter-urdu", "0003.xml: malformed XML")
    make_counter(tmp_path / "b")
    tsv = tmp_path / "b" / "counter-urdu" / "pairs.tsv"
    tsv.write_text(tsv.read_text().replace("\tPD\t", "\tXX\t", 1))
    with pytest.raises(InputError, match=r"pairs.tsv:\d+: label 'XX'"):
        load("counter-urdu", tmp_path / "b")


def test_clough_bad_header(tmp_path: Path) -> None:
    d = make_clough(tmp_path)
    (d / "file_list.tsv").write_text("file\tgroup\n")
    _expect_error(tmp_path, "clough-stevenson", "file_list.tsv:1: header lacks column(s) category")


def test_msrp_bad_row(tmp_path: Path) -> None:
    d = make_msrp(tmp_path)
    with (d / "msr_paraphrase_train.txt").open("a") as fh:
        fh.write("2\tonly three\tfields\n")
    _expect_error(tmp_path, "msrp", "msr_paraphrase_train.txt:8")


def test_pan10_line_counts_differ(tmp_path: Path) -> None:
    d = make_pan10(tmp_path)
    (d / "pan-train.labels").write_text("1\n0\n")
    _expect_error(tmp_path, "pan10-paraphrase", "line counts differ")


def test_pan13_missing_xml_and_bad_offsets(tmp_path: Path) -> None:
    d = make_pan13(tmp_path)
    xml = next((d / "02-no-obfuscation").glob("*.xml"))
    xml.write_text(xml.read_text().replace('this_offset="', 'this_offset="x'))
    _expect_error(tmp_path, "pan13-verbatim", "lacks numeric offsets")
    xml.unlink()
    _expect_error(tmp_path, "pan13-verbatim", xml.name)


# -- helpers ----------------------------------------------------------------------------------------


def test_read_text_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes("\ufeffa\r\nb\rc".encode())
    assert read_text(p) == "a\nb\nc"


def test_stratified_split_is_deterministic_disjoint_and_balanced() -> None:
    items = [(i, "ab"[i % 2]) for i in range(40)]
    t1, h1 = stratified_split(items, key=lambda x: x[1])
    t2, h2 = stratified_split(items, key=lambda x: x[1])
    assert (t1, h1) == (t2, h2)
    assert not set(t1) & set(h1) and len(t1) + len(h1) == 40
    assert Counter(x[1] for x in t1) == {"a": 10, "b": 10}


def test_sample_keeps_order_and_is_seeded() -> None:
    xs = list(range(100))
    s = sample(xs, 10)
    assert s == sorted(s) and s == sample(xs, 10) and len(s) == 10
    assert sample(xs, None) == xs and sample(xs, 500) == xs


def test_every_dataset_has_a_loader(tmp_path: Path) -> None:
    make_all(tmp_path)
    for name in DATASETS:
        assert load(name, tmp_path).train
