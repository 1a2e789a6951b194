"""The transformers backend's batched generation path on the tiny T5: order, batching, beam cache.

The tiny T5 is trained, so its outputs are real, varied tokens ending in EOS:
each comparison first checks that (`assert_varied`), then compares.
"""
from __future__ import annotations

import pytest
from tiny_t5 import assert_varied

from tomtat.summarize import vit5

TEXTS = [
    "Năm 2022, Đảng bộ tỉnh được giao chỉ tiêu kết nạp 170 đảng viên và đã kết nạp được 173 đảng viên mới.",
    "Hội nghị diễn ra ngày 14/5/2019.",
    "Huyện Yên Sơn có 43 đảng viên mới, trong đó 36 đảng viên chính thức và 7 đảng viên dự bị, "
    "tăng so với năm trước.",
]


@pytest.fixture
def engine(tiny_engine):
    saved = (tiny_engine.batch_size, tiny_engine.num_beams)
    yield tiny_engine
    tiny_engine.batch_size, tiny_engine.num_beams = saved


@pytest.mark.parametrize("beams", [1, 3])
def test_batched_equals_one_at_a_time_in_input_order(engine, beams):
    engine.num_beams = beams
    ids = [engine._encode(t) for t in TEXTS]
    engine.batch_size = 1
    alone = engine.generate_token_ids(ids, beams)
    engine.batch_size = 8
    batched = engine.generate_token_ids(ids, beams)
    assert_varied(alone)
    assert batched == alone
    assert all(len(c) == beams for c in batched)
    assert engine.generate_texts(TEXTS, beams)[0][0] == engine._tokenizer.decode(alone[0][0])


def test_beam_cache_without_cross_attention_reorder_changes_nothing(engine, monkeypatch):
    engine.num_beams = 4
    engine.batch_size = 8
    ids = [engine._encode(t) for t in TEXTS]
    assert vit5._beam_cache(engine.generator.model, 4)       # the shortcut is in use here
    fast = engine.generate_token_ids(ids, 4)
    assert_varied(fast)
    monkeypatch.setattr(vit5, "_beam_cache", lambda model, beams: {})
    assert engine.generate_token_ids(ids, 4) == fast


def test_the_trained_tiny_model_stops_at_eos(engine):
    engine.num_beams = 1
    outputs = engine.generate_token_ids([engine._encode(t) for t in TEXTS], 1)
    assert_varied(outputs)
    assert all(0 < len(c[0]) < engine.max_new_tokens for c in outputs)   # EOS before the limit


def test_max_sentences_trims_generated_text(engine):
    from tomtat.reading import Article

    gens = engine.generate([Article(body=TEXTS[0])], num_candidates=2, max_sentences=1)
    assert len(gens[0].candidates) == 2 and gens[0].scores == [0.0, -1.0]
