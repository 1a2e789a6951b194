"""Build a tiny, randomly initialised T5 with a SentencePiece tokenizer, for tests.

The tokenizer is trained on our own Vietnamese fixture text with T5's id
conventions (pad 0, eos 1, unk 2); the model is a 2-layer T5 with d_model 32.
Its output is random text: tests may assert its structure, never its content.
"""
from __future__ import annotations

import io
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


def build_tiny_t5(directory: Path, *, vocab_size: int = 200, seed: int = 0) -> Path:
    """Write a loadable tiny T5 checkpoint (model + tokenizer) into `directory`."""
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

    torch.manual_seed(seed)
    config = T5Config(
        vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2,
        num_heads=4, feed_forward_proj="relu", tie_word_embeddings=True,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    model = T5ForConditionalGeneration(config)
    model.save_pretrained(str(directory))
    return directory


if __name__ == "__main__":  # python tests/tiny_t5.py DIR
    import sys

    target = Path(sys.argv[1])
    shutil.rmtree(target, ignore_errors=True)
    print(build_tiny_t5(target))
