"""`tomtat check`: every option, exit codes, JSON contract, bad input, no torch."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tomtat.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt"
EXAMPLE = Path(__file__).parent.parent / "examples" / "ket-nap-dang-vien.txt"


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_clean_summary_exits_0(capsys):
    code, out, _ = run(["check", str(FIXTURE), "--summary-text", "Huyện Yên Sơn kết nạp 173 đảng viên."], capsys)
    assert code == 0
    assert "supported" in out and "OK" in out


def test_flagged_summary_exits_1_and_names_the_verdict(capsys):
    code, out, _ = run(["check", str(FIXTURE), "--summary-text", "Huyện Yên Sơn kết nạp 137 đảng viên."], capsys)
    assert code == 1
    assert "mismatch" in out and "FLAGGED" in out


def test_json_output(capsys):
    code, out, _ = run(["check", str(FIXTURE), "--json", "--summary-text",
                        "Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%."], capsys)
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    first = data["figures"][0]
    assert (first["text"], first["verdict"], first["value"], first["kind"]) == ("137", "mismatch", 137, "count")
    summary = "Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%."
    assert summary[first["start"]:first["end"]] == "137"
    assert {"text", "formula", "computed", "stated", "status"} <= set(data["relations"][0])


def test_json_is_written_as_the_standard_library_indents_it(capsys):
    """--json goes through orjson for speed; what it writes is what json.dumps(indent=2,
    ensure_ascii=False) writes, figure by figure and relation by relation."""
    code, out, _ = run(["check", str(FIXTURE), "--json", "--summary-text",
                        "Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%; tỷ lệ 77,25%."], capsys)
    data = json.loads(out)
    assert data["relations"] and "ơ" in out   # relations with floats, and text unescaped
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_json_of_an_integer_beyond_64_bits_falls_back_to_the_standard_library():
    from tomtat.commands.json_output import json_text

    big = {"value": 10 ** 30, "text": "nghìn tỷ tỷ", "share": 0.1}
    assert json_text(big) == json.dumps(big, ensure_ascii=False, indent=2).encode()


def test_summary_from_file_and_article_from_stdin(tmp_path, capsys, monkeypatch):
    summary = tmp_path / "tomtat.txt"
    summary.write_text("Toàn tỉnh kết nạp 6.311 đảng viên.", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", open(FIXTURE, encoding="utf-8"))
    code, out, _ = run(["check", "-", "--summary", str(summary), "--json"], capsys)
    assert code == 0 and json.loads(out)["figures"][0]["verdict"] == "supported"


def test_article_only_checks_its_relations(capsys):
    code, out, _ = run(["check", str(EXAMPLE)], capsys)
    assert code == 0 and "146 / 212" in out


def test_inconsistent_article_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("đạt 102%", "đạt 112%"), encoding="utf-8")
    code, out, _ = run(["check", str(bad), "--json"], capsys)
    data = json.loads(out)
    assert code == 1 and [r["status"] for r in data["relations"]].count("inconsistent") == 1


def test_no_clean_keeps_offsets_into_the_file(tmp_path, capsys):
    text = "Chia sẻ bài viết lên facebook\nHuyện kết nạp 173 đảng viên.\nHôm nay : 851\n"
    f = tmp_path / "copied.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = run(["check", str(f), "--no-clean", "--json", "--summary-text", "Có 851 đảng viên."], capsys)
    assert json.loads(out)["figures"][0]["verdict"] == "supported"  # the counter was kept
    code, out, _ = run(["check", str(f), "--json", "--summary-text", "Có 851 đảng viên."], capsys)
    assert json.loads(out)["figures"][0]["verdict"] == "unsupported"  # the counter is furniture


@pytest.mark.parametrize("content", [b"", b"   \n\t ", b"\x00\x01\x02binary\x00"])
def test_bad_article_is_one_line_exit_2(tmp_path, capsys, content):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    code, out, err = run(["check", str(f), "--summary-text", "173"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("tomtat: error:")


def test_missing_file_and_usage_errors_exit_2(tmp_path, capsys):
    code, _, err = run(["check", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "no such file" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as exc:
        main(["check", str(FIXTURE), "--summary", "a", "--summary-text", "b"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
    code, _, err = run(["check", "-", "--summary", "-"], capsys)
    assert code == 2


def test_empty_summary_text_is_an_error(capsys):
    code, _, err = run(["check", str(FIXTURE), "--summary-text", "  "], capsys)
    assert code == 2 and "empty" in err


def test_encodings_are_decoded(tmp_path, capsys):
    text = FIXTURE.read_text(encoding="utf-8")
    for name, data in {"utf16": text.encode("utf-16"), "bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
                       "nfd": __import__("unicodedata").normalize("NFD", text).encode("utf-8")}.items():
        f = tmp_path / f"{name}.txt"
        f.write_bytes(data)
        code, out, _ = run(["check", str(f), "--json", "--summary-text", "Huyện Yên Sơn kết nạp 173 đảng viên."], capsys)
        assert code == 0, name


def test_check_does_not_import_torch_or_transformers(tmp_path):
    code = (
        "import sys\n"
        "from tomtat.cli import main\n"
        f"rc = main(['check', {str(FIXTURE)!r}, '--json', '--summary-text', 'Có 173 đảng viên.'])\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'heavy import'\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_console_script_runs(tmp_path):
    # the script this interpreter installed, not whatever `tomtat` comes first on PATH
    script = Path(sys.executable).parent / "tomtat"
    proc = subprocess.run([script, "check", str(FIXTURE), "--summary-text", "Có 137 đảng viên được kết nạp."],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "FLAGGED: 1 flagged figure." in proc.stdout, proc.stderr


def test_a_long_article_is_checked(tmp_path, capsys):
    # ~1 MB of a figure-dense report: every step of the checker is near-linear in length
    big = tmp_path / "big.txt"
    big.write_text(FIXTURE.read_text(encoding="utf-8") * 800, encoding="utf-8")
    code, out, _ = run(["check", str(big), "--json", "--summary-text",
                        "Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%; trung bình mỗi năm 333 đảng viên."], capsys)
    data = json.loads(out)
    assert code == 1 and [f["verdict"] for f in data["figures"]][:2] == ["mismatch", "supported"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_full_disk_on_stdout_is_one_line_not_a_traceback(extra):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "tomtat.cli", "check", str(FIXTURE),
                               "--summary-text", "Có 173 đảng viên.", *extra],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == ["tomtat: error: cannot write the output: No space left on device"]


@pytest.mark.parametrize("command", [
    ["check", str(FIXTURE), "--json", "--summary-text", "Huyện Yên Sơn kết nạp 137 đảng viên."],
    ["check", str(FIXTURE)],
    ["summarize", str(EXAMPLE), "--engine", "extractive", "--json"],
])
def test_the_collector_is_paused_while_checking_and_given_back(command, capsys, monkeypatch):
    """`check` and `summarize` run the checker with the cyclic collector paused (a long article's
    objects hold no cycles; see tomtat.commands.collector) and leave it as they found it."""
    import gc

    from tomtat.checks import verify

    seen = []
    original = verify.check_summary

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(verify, "check_summary", spy)
    monkeypatch.setattr("tomtat.commands.check.check_summary", spy)
    monkeypatch.setattr("tomtat.summarize.select.check_summary", spy, raising=False)
    assert gc.isenabled()
    main(command)
    capsys.readouterr()
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        main(command)
        capsys.readouterr()
        assert not gc.isenabled()   # a caller's paused collector is left paused
    finally:
        gc.enable()


def test_one_line_json_of_an_integer_beyond_64_bits_falls_back_to_the_standard_library():
    from tomtat.commands.json_output import json_line

    big = {"value": 10 ** 30, "text": "nghìn tỷ tỷ", "share": [0.1, 2]}
    assert json_line(big) == json.dumps(big, ensure_ascii=False, separators=(",", ":")).encode()


def test_json_goes_to_a_stdout_without_bytes_underneath_as_text(monkeypatch):
    import io

    from tomtat.commands.json_output import json_line, print_json

    text_only = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text_only)
    print_json(json_line({"text": "đạt 102%", "value": 173}))
    assert text_only.getvalue() == '{"text":"đạt 102%","value":173}\n'
