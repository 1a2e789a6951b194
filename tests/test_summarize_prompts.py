"""Prompt templates: chosen by model, overridable, and EOS added exactly once."""
from __future__ import annotations

import pytest

from tomtat.errors import InputError
from tomtat.prompts import MODEL_DIR_TEMPLATE, load_prompt, parse_template


def test_base_checkpoint_takes_plain_body_and_eos():
    p = load_prompt("VietAI/vit5-base-vietnews-summarization")
    assert (p.prefix, p.suffix, p.ends_with_eos) == ("", "", True)
    assert p.render("Bài báo.") == "Bài báo."


def test_large_checkpoint_takes_vietnews_prefix():
    p = load_prompt("VietAI/vit5-large-vietnews-summarization")
    assert p.render("Bài báo.") == "vietnews: Bài báo."
    assert p.ends_with_eos


def test_chosen_by_directory_name_including_hf_cache_paths(tmp_path):
    cache = tmp_path / "models--VietAI--vit5-large-vietnews-summarization" / "snapshots" / "abc"
    cache.mkdir(parents=True)
    assert load_prompt(str(cache)).prefix == "vietnews: "
    assert load_prompt(str(tmp_path / "my-own-model")).prefix == ""   # unknown: the base template


def test_model_directory_template_then_user_file_override(tmp_path):
    (tmp_path / MODEL_DIR_TEMPLATE).write_text("tóm tắt: {body}</s>\n", encoding="utf-8")
    assert load_prompt(str(tmp_path)).prefix == "tóm tắt: "
    user = tmp_path / "mine.txt"
    user.write_text("tin: {body}", encoding="utf-8")
    p = load_prompt(str(tmp_path), user)
    assert (p.prefix, p.ends_with_eos, p.source) == ("tin: ", False, str(user))


@pytest.mark.parametrize("template", ["no placeholder", "{body} {body}", ""])
def test_bad_templates_are_input_errors(template):
    with pytest.raises(InputError):
        parse_template(template)


def test_missing_override_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="no such prompt file"):
        load_prompt(None, tmp_path / "absent.txt")


def test_engine_appends_exactly_one_eos(tiny_engine):
    eos = tiny_engine._tokenizer.eos_token_id
    ids = tiny_engine._encode("Năm 2022 kết nạp 173 đảng viên.")
    assert ids[-1] == eos and ids[-2] != eos
    # The tokenizer itself would double it for the model card's `text + "</s>"`;
    # that is why the template's </s> is handled as a marker, not text.
    doubled = tiny_engine._tokenizer("Năm 2022 kết nạp 173 đảng viên.</s>")["input_ids"]
    assert doubled[-2:] == [eos, eos]


def test_engine_applies_prefix_from_prompt(tiny_t5_dir, tmp_path):
    from tomtat.summarize.vit5 import ViT5Engine

    prompt = tmp_path / "p.txt"
    prompt.write_text("vietnews: {body} </s>", encoding="utf-8")
    plain = ViT5Engine.load(str(tiny_t5_dir), max_new_tokens=4)
    prefixed = ViT5Engine.load(str(tiny_t5_dir), prompt_file=str(prompt), max_new_tokens=4)
    body = "Hội nghị diễn ra ngày 14/5/2019."
    a, b = plain._encode(body), prefixed._encode(body)
    tok = plain._tokenizer
    assert tok.decode(b, skip_special_tokens=True).startswith("vietnews:")
    assert not tok.decode(a, skip_special_tokens=True).startswith("vietnews:")
    assert a.count(tok.eos_token_id) == b.count(tok.eos_token_id) == 1
    assert prefixed._overhead > plain._overhead == 1


def test_unreadable_template_in_a_model_directory_is_an_input_error(tmp_path):
    import pytest

    from tomtat.errors import InputError
    from tomtat.prompts import MODEL_DIR_TEMPLATE, load_prompt

    (tmp_path / MODEL_DIR_TEMPLATE).write_bytes(b"\xff\xfe{\x00b\x00")
    with pytest.raises(InputError):
        load_prompt(str(tmp_path))
