"""ViT5 through CTranslate2: the checkpoint converted once, cached, and run by CTranslate2.

CTranslate2 (MIT, the engine behind faster-whisper) runs the same T5 several
times faster than `transformers` on a CPU: fused int8 kernels, a decoder
written for incremental decoding, its own batching. The Hugging Face checkpoint
is converted with CTranslate2's own converter the first time it is used and
cached under `conversions_dir()`, in a folder named after the checkpoint's
fingerprint (the Hub revision, or a hash of a local directory's files) and the
weight type, so a changed checkpoint is converted again and an unchanged one
never is. Conversion writes into a temporary folder renamed into place at the
end: an interrupted conversion leaves no half-written cache behind.

Nothing here imports torch; the tokenizer stays the Hugging Face one, so token
ids are exactly those the `transformers` backend sees.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from tomtat.errors import OptionError, TomtatError, one_line

from .cache_root import cache_root

#: Moves the converted models alone (TOMTAT_CACHE_DIR moves every cache, these included).
CACHE_ENV = "TOMTAT_CT2_CACHE"
#: Files of a checkpoint that go into its fingerprint (weights, config, tokenizer).
_CHECKPOINT_FILES = re.compile(r".*\.(json|bin|safetensors|model|txt)$")
_HEX = re.compile(r"[0-9a-f]{40,64}")
_HASH_CHUNK = 1 << 22


def import_ctranslate2():
    """The ctranslate2 module, or a one-line OptionError (on `backend`) saying how to get it."""
    try:
        import ctranslate2
    except ImportError:
        raise OptionError("backend", "ct2 needs the ctranslate2 package, which is not installed "
                          "(pip install ctranslate2, or use the transformers backend)") from None
    return ctranslate2


def is_available() -> bool:
    """Whether ctranslate2 can be imported here (the default backend is ct2 when it can)."""
    try:
        import_ctranslate2()
    except TomtatError:
        return False
    return True


def conversions_dir() -> Path:
    """Where converted models live: $TOMTAT_CT2_CACHE, else `ct2/` of tomtat's cache folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    return cache_root() / "ct2"


def compute_type(device: str, quantize: str | None, *, bf16_supported: bool = True) -> str:
    """CTranslate2's compute type for a device and the `quantize` setting.

    `quantize=None` is the backend default: int8 on CPU (the speed this backend
    is for), bf16 (fp16 without bf16) on CUDA. "none" is full float32.
    """
    half = "bfloat16" if bf16_supported else "float16"
    if quantize == "none":
        return "float32"
    if quantize == "int8":
        return "int8" if device == "cpu" else f"int8_{half}"
    return "int8" if device == "cpu" else half


def checkpoint_fingerprint(model_dir: Path) -> str:
    """A short hash that changes whenever the checkpoint's files do.

    A snapshot in the Hugging Face cache is named by its revision and its
    files point at blobs named by their content hash, so those names are used
    as they are (no 900 MB read). Other files are hashed by content, each
    hash remembered beside the converted models under the file's path, size
    and modification time, so a local directory is read in full only once.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in model_dir.iterdir() if p.is_file() and _CHECKPOINT_FILES.match(p.name)):
        digest.update(f"{path.name}\0{_content_hash(path)}\n".encode())
    return digest.hexdigest()[:16]


def _content_hash(path: Path) -> str:
    target = path.resolve()
    if path.is_symlink() and _HEX.fullmatch(target.name):   # a Hugging Face cache blob
        return target.name
    stat = target.stat()
    memo_key = f"{target}\0{stat.st_size}\0{stat.st_mtime_ns}"
    memo_path = conversions_dir() / "file-hashes.json"
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    if memo_key in memo:
        return memo[memo_key]
    digest = hashlib.sha256()
    with target.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    memo[memo_key] = digest.hexdigest()
    _write_atomically(memo_path, json.dumps(memo, indent=0))
    return memo[memo_key]


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except OSError:   # a read-only cache only costs a re-hash next time
        pass


def converted_model(model_dir: Path, *, label: str, weights: str,
                    notify: Callable[[str], None] | None = None) -> Path:
    """The CTranslate2 conversion of the checkpoint in `model_dir`, converting it if not cached.

    `weights` is the type the weights are stored in (a CTranslate2 quantisation:
    int8, float16, bfloat16, int8_float16, ... or float32). `notify` gets one
    line before a conversion starts (default: stderr).
    """
    ctranslate2 = import_ctranslate2()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "--", label).strip("-.") or "model"
    target = conversions_dir() / f"{slug}-{checkpoint_fingerprint(model_dir)}-{weights}"
    if (target / "model.bin").is_file():
        return target
    (notify or _to_stderr)(f"tomtat: converting {label} for CTranslate2 ({weights}), once; cached in {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        converter = ctranslate2.converters.TransformersConverter(str(model_dir))
        converter.convert(str(staging / "model"), quantization=None if weights == "float32" else weights)
        try:
            os.rename(staging / "model", target)
        except OSError:   # another process finished the same conversion first: use theirs
            if not (target / "model.bin").is_file():
                raise
    except Exception as exc:  # noqa: BLE001 - any converter failure becomes one line
        raise TomtatError(f"cannot convert {label} for CTranslate2: {one_line(exc)}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def cuda_device_indices() -> list[int]:
    """Every CUDA device CTranslate2 sees: one model replica per GPU, batches spread over them."""
    count = import_ctranslate2().get_cuda_device_count()
    if count < 1:
        raise OptionError("device", "cuda: CTranslate2 sees no CUDA GPU here (use cpu)")
    return list(range(count))


def bf16_supported_on_cuda() -> bool:
    return "bfloat16" in import_ctranslate2().get_supported_compute_types("cuda")


class CT2Generator:
    """Token ids in, beam candidates' token ids out, through a `ctranslate2.Translator`.

    The same contract as `vit5.TransformersGenerator`: inputs are token id lists
    (template and EOS included), results are per input, in input order, the
    candidates best first, each without the decoder start token or EOS.
    """

    def __init__(self, translator, tokenizer, *, compute_type: str, max_input_tokens: int):
        self.translator = translator
        self.compute_type = compute_type
        self.max_input_tokens = max_input_tokens
        self._to_tokens = tokenizer.convert_ids_to_tokens
        self._to_ids = tokenizer.convert_tokens_to_ids

    @classmethod
    def load(cls, model_dir: Path, tokenizer, *, label: str, device: str, quantize: str | None,
             max_input_tokens: int, threads: int = 0) -> "CT2Generator":
        """Convert (once) and load the checkpoint in `model_dir` on `device`."""
        ctranslate2 = import_ctranslate2()
        if device == "cuda":
            devices = cuda_device_indices()
            kind = compute_type(device, quantize, bf16_supported=bf16_supported_on_cuda())
        else:
            devices = [0]
            kind = compute_type(device, quantize)
        path = converted_model(model_dir, label=label, weights=kind)
        translator = ctranslate2.Translator(str(path), device=device, device_index=devices,
                                            compute_type=kind, intra_threads=threads)
        return cls(translator, tokenizer, compute_type=kind, max_input_tokens=max_input_tokens)

    def generate(self, inputs: Sequence[list[int]], *, beams: int, num_candidates: int,
                 max_new_tokens: int, min_new_tokens: int = 0, batch_size: int) -> list[list[list[int]]]:
        """Beam search (greedy at beams=1) for every input; CTranslate2 sorts and batches them.

        `batch_size` is in articles; CTranslate2 splits the inputs into batches of
        that many, sorted by length, and runs them on its replicas (one per GPU)
        in parallel.
        """
        if not inputs:
            return []
        results = self.translator.translate_batch(
            [self._to_tokens(list(ids)) for ids in inputs], max_batch_size=batch_size,
            beam_size=beams, num_hypotheses=num_candidates, max_decoding_length=max_new_tokens,
            min_decoding_length=min_new_tokens, max_input_length=self.max_input_tokens)
        return [[self._to_ids(tokens) for tokens in result.hypotheses] for result in results]
