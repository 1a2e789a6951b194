"""Build a tiny T5, trained for a few seconds on our own fixture text, for tests.

The tokenizer is trained on our own Vietnamese fixture text with T5's id
conventions (pad 0, eos 1, unk 2); the model is a 2-layer T5 with d_model 64,
trained (a fixed seed, one thread, a few seconds on a CPU) to write the first
five words of a sentence and then stop. So it writes real, varied tokens and
emits EOS, unlike a random model, which repeats one token to the length limit:
outputs compared across backends or code paths then prove something, and the
model tests finish in seconds. Tests may assert its outputs' structure (and
that they hold many distinct tokens), never their exact wording.
"""
from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

# Our own sentences (figures modelled on provincial party-admission reports).
FIXTURE_TEXT = """\
Năm 2022, Đảng bộ tỉnh được giao chỉ tiêu kết nạp 170 đảng viên và đã kết nạp được 173 đảng viên mới, đạt 102% chỉ tiêu.
Trong số đảng viên mới có 146 người là đoàn viên thanh niên, chiếm hơn 84%.
Từ năm 2010 đến năm 2020, toàn tỉnh kết nạp 25.529 đảng viên, trung bình mỗi năm hơn 2.320 người.
Hội nghị tổng kết diễn ra sáng ngày 14/5/2019 tại hội trường Tỉnh ủy.
Huyện Yên Sơn có 43 đảng viên mới, trong đó 36 đảng viên chính thức và 7 đảng viên dự bị.
Ủy ban kiểm tra đã giám sát 72 tổ chức đảng và thi hành kỷ luật 9 đảng viên vi phạm.
Tổng vốn đầu tư của dự án là 1,1 tỷ đồng, giải ngân được 77,25% kế hoạch.
Các chi bộ thôn bản tiếp tục đổi mới phương thức sinh hoạt, nâng cao chất lượng tạo nguồn phát triển đảng viên.
Ban Thường vụ Huyện ủy chỉ đạo các cơ sở rà soát quần chúng ưu tú để bồi dưỡng lý luận chính trị.
Nhiều đảng viên trẻ phát huy vai trò tiên phong trong phong trào xây dựng nông thôn mới.
vietnews: Tóm tắt tin tức: "Đây là kỷ lục!", ông nói; bà hỏi: có phải không?
"""


TRAIN_STEPS = 200
TRAIN_BATCH = 8


def build_tiny_t5(directory: Path, *, vocab_size: int = 200, seed: int = 0,
                  train_steps: int = TRAIN_STEPS) -> Path:
    """Write a loadable tiny T5 checkpoint (model + tokenizer), trained `train_steps` steps."""
    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines = [line for line in FIXTURE_TEXT.splitlines() if line.strip()] * 20
    model_bytes = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model_bytes, vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, minloglevel=2)
    spiece = directory / "spiece.model"
    spiece.write_bytes(model_bytes.getvalue())
    tokenizer = T5Tokenizer.from_pretrained(str(directory), extra_ids=0)
    assert (tokenizer.pad_token_id, tokenizer.eos_token_id, tokenizer.unk_token_id) == (0, 1, 2)
    tokenizer.save_pretrained(str(directory))

    config = T5Config(
        vocab_size=len(tokenizer), d_model=64, d_kv=16, d_ff=128, num_layers=2, num_decoder_layers=2,
        num_heads=4, feed_forward_proj="relu", tie_word_embeddings=True, dropout_rate=0.0,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)   # a model this small trains fastest (and reproducibly) on one thread
    try:
        torch.manual_seed(seed)
        model = T5ForConditionalGeneration(config)
        train_lead_words(model, tokenizer, steps=train_steps, seed=seed)
    finally:
        torch.set_num_threads(threads)
    model.save_pretrained(str(directory))
    return directory


def train_lead_words(model, tokenizer, *, steps: int, seed: int) -> None:
    """Teach `model` to write the first five words of a fixture sentence, then EOS.

    A fixed length: with a random one, 200 steps leave the model writing one
    memorised sentence whatever the input (tried), which would prove as little
    as a random model.
    """
    import torch

    sentences = [line for line in FIXTURE_TEXT.splitlines() if line.strip()]
    rng = random.Random(seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        sources = [rng.choice(sentences) for _ in range(TRAIN_BATCH)]
        targets = [" ".join(s.split()[:5]) for s in sources]
        batch = tokenizer(sources, return_tensors="pt", padding=True)
        labels = tokenizer(targets, return_tensors="pt", padding=True)["input_ids"]
        labels[labels == tokenizer.pad_token_id] = -100   # padding is not a target
        loss = model(**batch, labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()


def assert_varied(token_ids, *, at_least: int = 8) -> None:
    """Fail unless generated token id lists hold `at_least` distinct ids, not all padding.

    Run before every "same output" comparison: two empty or constant outputs are
    always equal and prove nothing.
    """
    flat = [t for seq in token_ids for t in _flatten(seq)]
    distinct = set(flat) - {0}
    assert len(distinct) >= at_least, f"outputs too uniform to compare: {len(distinct)} distinct ids"


def _flatten(seq):
    for item in seq:
        if isinstance(item, (list, tuple)):
            yield from _flatten(item)
        else:
            yield item


if __name__ == "__main__":  # python tests/tiny_t5.py DIR
    import sys

    target = Path(sys.argv[1])
    shutil.rmtree(target, ignore_errors=True)
    print(build_tiny_t5(target))
