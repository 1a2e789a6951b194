"""Loading evaluation sets: VietNews .txt.seg folders, JSONL, CSV, Parquet, hf:, limit and shards."""
from __future__ import annotations

import csv
import json

import pytest

from tomtat.errors import InputError, OptionError
from tomtat.eval.data import Malformed, Record, load_records, parse_fields, parse_shard, parse_seg, unsegment

SEG = (
    "Yên_Sơn kết_nạp 173 đảng_viên mới\n"
    "\n"
    "Năm 2022 , huyện Yên_Sơn kết_nạp 173 đảng_viên , đạt 102 % chỉ_tiêu .\n"
    "\n"
    "Huyện_uỷ Yên_Sơn ( Tuyên_Quang ) được giao chỉ_tiêu 170 đảng_viên .\n"
    "Đến ngày 25/12 , toàn huyện kết_nạp được 173 đảng_viên mới .\n"
    "\n"
    "Ảnh : Lễ kết_nạp đảng_viên tại xã Lang_Quán .\n"
)


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


ROWS = [
    {"id": f"a{i}", "article": f"Bài số {i}. Xã A có {i + 10} hộ nghèo.", "summary": f"Xã A có {i + 10} hộ nghèo."}
    for i in range(7)
]


def test_unsegment_joins_syllables_and_removes_space_before_punctuation():
    assert unsegment("Hà_Nội có 25.529 đảng_viên , đạt 77,25 % .") == "Hà Nội có 25.529 đảng viên, đạt 77,25%."
    assert unsegment("Huyện_uỷ ( Tuyên_Quang ) họp") == "Huyện uỷ (Tuyên Quang) họp"


def test_parse_seg_splits_title_abstract_body_and_drops_captions():
    title, abstract, body = parse_seg(SEG)
    assert title == "Yên Sơn kết nạp 173 đảng viên mới"
    assert abstract == "Năm 2022, huyện Yên Sơn kết nạp 173 đảng viên, đạt 102% chỉ tiêu."
    assert body.split("\n") == ["Huyện uỷ Yên Sơn (Tuyên Quang) được giao chỉ tiêu 170 đảng viên.",
                                "Đến ngày 25/12, toàn huyện kết nạp được 173 đảng viên mới."]
    assert "Lang Quán" not in body


def test_seg_folder_in_sorted_order_with_bad_files_reported(tmp_path):
    (tmp_path / "002.txt.seg").write_text(SEG, encoding="utf-8")
    (tmp_path / "001.txt.seg").write_text(SEG.replace("173", "174"), encoding="utf-8")
    (tmp_path / "003.txt.seg").write_bytes("Tiêu đề\n\ntóm tắt\n\nthân bài".encode("utf-16"))
    (tmp_path / "004.txt.seg").write_text("chỉ một khối", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    items = list(load_records(str(tmp_path)))
    assert [it.id for it in items] == ["001", "002", "003", "004"]
    assert isinstance(items[0], Record) and "174" in items[0].summary
    assert items[1].title == "Yên Sơn kết nạp 173 đảng viên mới"
    assert items[1].checker_text.startswith("Yên Sơn kết nạp 173 đảng viên mới\nHuyện uỷ")
    assert isinstance(items[2], Malformed) and "undecodable" in items[2].reason
    assert isinstance(items[3], Malformed) and "block" in items[3].reason


def test_jsonl_with_malformed_lines(tmp_path):
    path = tmp_path / "set.jsonl"
    lines = [json.dumps(ROWS[0], ensure_ascii=False), "{not json", json.dumps({"id": "x", "article": "   ", "summary": "s"}),
             json.dumps({"id": "y", "article": "Bài."}), json.dumps(ROWS[1], ensure_ascii=False),
             json.dumps(ROWS[1], ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(load_records(str(path)))
    kinds = [(type(it).__name__, it.id) for it in items]
    assert kinds == [("Record", "a0"), ("Malformed", "line 2"), ("Malformed", "x"), ("Malformed", "y"),
                     ("Record", "a1"), ("Malformed", "a1")]
    assert items[2].reason == "empty article"
    assert "missing field" in items[3].reason and "summary" in items[3].reason
    assert items[5].reason == "duplicate id"
    assert [it.index for it in items] == [0, 1, 2, 3, 4, 5]


def test_csv_with_custom_fields(tmp_path):
    path = tmp_path / "set.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["doc", "text", "abstract"])
        writer.writeheader()
        for r in ROWS[:3]:
            writer.writerow({"doc": r["id"], "text": r["article"] + "\nDòng hai, có dấu phẩy.", "abstract": r["summary"]})
    fields = parse_fields("id=doc,article=text,summary=abstract")
    items = list(load_records(str(path), fields=fields))
    assert [it.id for it in items] == ["a0", "a1", "a2"]
    assert items[1].article.endswith("Dòng hai, có dấu phẩy.")
    # wrong field names: every record is malformed, reported with its id
    bad = list(load_records(str(path)))
    assert all(isinstance(it, Malformed) and "missing field" in it.reason for it in bad)


def test_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "set.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), path)
    items = list(load_records(str(path), limit=4))
    assert [it.id for it in items] == ["a0", "a1", "a2", "a3"]
    assert items[3].summary == "Xã A có 13 hộ nghèo."


def test_hf_dataset_saved_to_disk(tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    dd = datasets.DatasetDict({"test": datasets.Dataset.from_list(ROWS[:3]),
                               "validation": datasets.Dataset.from_list(ROWS[3:])})
    dd.save_to_disk(str(tmp_path / "ds"))
    items = list(load_records(f"hf:{tmp_path / 'ds'}"))
    assert [it.id for it in items] == ["a0", "a1", "a2"]
    items = list(load_records(f"hf:{tmp_path / 'ds'}:validation"))
    assert [it.id for it in items] == ["a3", "a4", "a5", "a6"]
    with pytest.raises(InputError, match="no split"):
        list(load_records(f"hf:{tmp_path / 'ds'}:train"))


def test_hf_hub_name_offline_is_one_line_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(InputError) as info:
        list(load_records("hf:no-such-owner/no-such-dataset-xyz:test"))
    assert "\n" not in str(info.value)


def test_limit_then_shards_partition_the_limited_set(tmp_path):
    path = tmp_path / "set.jsonl"
    write_jsonl(path, ROWS)
    full = [it.id for it in load_records(str(path), limit=5)]
    assert full == ["a0", "a1", "a2", "a3", "a4"]
    shards = [[it.id for it in load_records(str(path), limit=5, shard=(i, 2))] for i in (1, 2)]
    assert shards == [["a0", "a2", "a4"], ["a1", "a3"]]


@pytest.mark.parametrize("spec", ["0/2", "3/2", "1", "a/b", "1/0"])
def test_bad_shard_spec(spec):
    with pytest.raises(OptionError) as caught:
        parse_shard(spec)
    assert caught.value.option == "shard"


def test_bad_fields_spec():
    with pytest.raises(OptionError, match="NAME=FIELD"):
        parse_fields("article")
    with pytest.raises(OptionError, match="unknown name 'body'"):
        parse_fields("body=text")


def test_missing_and_unknown_sources(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(load_records(str(tmp_path / "nope.jsonl")))
    other = tmp_path / "set.xlsx"
    other.write_text("x")
    with pytest.raises(InputError, match="unknown data format"):
        list(load_records(str(other)))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no .txt.seg"):
        list(load_records(str(empty)))
