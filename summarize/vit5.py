"""The abstractive engine: ViT5 (a T5), run by CTranslate2 or by `transformers`.

Two backends do the generation, behind one engine: `ct2` (CTranslate2, the
default where the `ctranslate2` package is installed; see `ct2.py`) and
`transformers` (`TransformersGenerator` below). Both take the same token ids
from the same Hugging Face tokenizer and return beam candidates as token ids;
the engine decodes them, so everything after (the checker choosing among
candidates, long inputs, the JSON) is the same whichever backend ran.

torch, transformers and ctranslate2 are imported only when a model is loaded,
so that `tomtat check` and the checker never pay for them.

Generation follows the model card of `VietAI/vit5-base-vietnews-summarization`:
beam search, up to 256 new tokens, early stopping; input at most 1,024 tokens
(longer articles go through `long_input`). Speed on CPU comes from CTranslate2
(int8 by default); on the `transformers` backend from batching inputs sorted
by length (little padding), `torch.inference_mode`, the KV cache, and
optionally dynamic int8 quantisation of the Linear layers; see
docs/BENCHMARKS.md for what each is worth.
"""
from __future__ import annotations

import os
import unicodedata
import warnings
from pathlib import Path
from typing import Sequence

from tomtat.errors import OptionError, TomtatError, one_line
from tomtat.prompts import Prompt, load_prompt

from .base import Article, Generation
from .long_input import summarize_long
from tomtat.checks.segment import first_sentences

DEFAULT_MODEL = "VietAI/vit5-base-vietnews-summarization"
MAX_INPUT_TOKENS = 1024
MAX_NEW_TOKENS = 256
DEFAULT_NUM_BEAMS = 4
DEFAULT_BATCH_SIZE = 16
#: Decoder sequences (articles x beams) per batch at most: beyond this, memory for
#: the cross-attention cache (about 75 MB per sequence at 1,024 input tokens)
#: grows while the speed-up per sequence has flattened out (docs/BENCHMARKS.md).
MAX_DECODER_SEQUENCES = 32


BACKENDS = ("ct2", "transformers")
#: What `quantize` may say: int8, or none (full float32); not given (None), each backend's default.
QUANTIZE_CHOICES = ("int8", "none")


class ModelUnavailable(TomtatError):
    """The ViT5 model cannot be loaded; the message says why in one line."""


def default_backend() -> str:
    """ct2 where the ctranslate2 package is installed, else transformers."""
    from .ct2 import is_available

    return "ct2" if is_available() else "transformers"


class ViT5Engine:
    """A loaded ViT5 model and tokenizer; `generate` follows the `Engine` protocol.

    Build it with `ViT5Engine.load(...)`. `generator` is the backend
    (`TransformersGenerator` or `ct2.CT2Generator`): token ids in, candidates'
    token ids out. `generate_texts` is the batched core that `tomtat eval` may
    call directly on plain texts.
    """

    name = "vit5"

    def __init__(self, generator, tokenizer, *, model_id: str, prompt: Prompt, backend: str,
                 device: str = "cpu", num_beams: int = DEFAULT_NUM_BEAMS,
                 max_new_tokens: int = MAX_NEW_TOKENS, max_input_tokens: int = MAX_INPUT_TOKENS,
                 batch_size: int = DEFAULT_BATCH_SIZE, min_new_tokens: int = 0):
        self.generator = generator
        self._tokenizer = tokenizer
        self.model = model_id
        self.backend = backend
        self.prompt = prompt
        self.device = device
        self.num_beams = num_beams
        self.max_new_tokens = max_new_tokens
        self.min_new_tokens = min_new_tokens   # 0 in use; benchmarks force a length with it
        self.max_input_tokens = max_input_tokens
        self.batch_size = batch_size
        self.notes: list[str] = []
        self._eos = tokenizer.eos_token_id
        # Tokens the template adds around the body (prefix, suffix, EOS).
        self._overhead = len(self._encode("")) if prompt else 1

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, model: str | None = None, *, backend: str | None = None, device: str = "cpu",
             quantize: str | None = None, allow_download: bool = False, prompt_file: str | None = None,
             num_beams: int = DEFAULT_NUM_BEAMS, **kwargs) -> "ViT5Engine":
        """Load a model from a local directory, the local HF cache, or (if allowed) the Hub.

        `backend` is ct2 or transformers (None: ct2 where ctranslate2 is
        installed). `quantize` is int8, none (float32) or None (the backend's
        default: int8 for ct2 on CPU, float32 for transformers on CPU, bf16 or
        fp16 on CUDA). Raises ModelUnavailable (one line, why) when the
        checkpoint cannot be found or read; OptionError for a bad backend,
        device or quantisation request.
        """
        model = model or DEFAULT_MODEL
        backend = backend or default_backend()
        _check_request(backend, device, quantize)
        prompt = load_prompt(model, prompt_file)   # bad prompt file: error before the slow part
        if backend == "ct2":
            from .ct2 import import_ctranslate2

            import_ctranslate2()   # missing package: the one-line error before any loading
        try:
            import transformers
        except ImportError as exc:
            raise ModelUnavailable(f"transformers not installed ({exc.name})") from None
        _quiet_transformers(transformers)
        source, is_dir = _checkpoint_source(model)
        attempts = [True] if is_dir or not allow_download else [True, False]
        reason = ""
        for local_only in attempts:
            try:
                tokenizer = transformers.AutoTokenizer.from_pretrained(source, local_files_only=local_only)
                if backend == "ct2":
                    checkpoint = Path(source) if is_dir else _snapshot_dir(source, local_only)
                    generator = _load_ct2(checkpoint, tokenizer, model, device, quantize, kwargs)
                else:
                    generator = TransformersGenerator.load(source, device, quantize, local_only)
                break
            except TomtatError:
                raise
            except Exception as exc:  # noqa: BLE001 - any load failure becomes one line
                reason = one_line(exc)
        else:
            if is_dir:
                raise ModelUnavailable(f"cannot load the model in {model}: {reason}")
            if not allow_download:  # the usual case offline; the raw error says no more
                raise ModelUnavailable(f"{model} is not in the local Hugging Face cache")
            raise ModelUnavailable(f"cannot load {model} from the Hub: {reason}")
        return cls(generator, tokenizer, model_id=model, prompt=prompt, backend=backend, device=device,
                   num_beams=num_beams, **kwargs)

    # -- tokens ----------------------------------------------------------------------------
    def _encode(self, body: str) -> list[int]:
        """Input ids for one body: the template around it, one EOS at the end (never two)."""
        ids = list(self._tokenizer(self.prompt.render(body), add_special_tokens=False)["input_ids"])
        if self.prompt.ends_with_eos and self._eos is not None:
            ids.append(self._eos)
        return ids

    def count_tokens(self, text: str) -> int:
        """Tokens of `text` alone (no template, no EOS)."""
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    # -- generation ------------------------------------------------------------------------
    def generate(self, articles: Sequence[Article], *, num_candidates: int = 1,
                 max_sentences: int | None = None) -> list[Generation]:
        """One Generation per article, in order. Candidates are beams, best first.

        `scores` are minus the beam rank (0, -1, ...): beam search already returns
        candidates best first, and asking `generate` for per-step scores would cost
        far more memory than the ranking is worth.
        """
        num_candidates = max(1, num_candidates)
        results: list[Generation | None] = [None] * len(articles)
        short_idx, short_ids = [], []
        for i, article in enumerate(articles):
            ids = self._encode(article.body)
            if len(ids) <= self.max_input_tokens:
                short_idx.append(i)
                short_ids.append(ids)
        for i, cands in zip(short_idx, self.generate_ids(short_ids, num_candidates)):
            results[i] = Generation(candidates=cands, scores=[-float(r) for r in range(len(cands))])
        for i, article in enumerate(articles):
            if results[i] is None:
                long = summarize_long(
                    article.body, count_tokens=self.count_tokens,
                    budget=self.max_input_tokens - self._overhead,
                    over=f"the model's {self.max_input_tokens:,}-token limit",
                    summarise=self.generate_texts, num_candidates=num_candidates)
                results[i] = Generation(candidates=long.candidates,
                                        scores=[-float(r) for r in range(len(long.candidates))],
                                        notes=long.notes)
        if max_sentences:
            for gen in results:
                gen.candidates = [first_sentences(c, max_sentences) for c in gen.candidates]
        return results  # type: ignore[return-value]

    def generate_texts(self, texts: Sequence[str], num_candidates: int = 1) -> list[list[str]]:
        """Summaries of plain bodies (each must fit the limit; longer ones are truncated)."""
        ids = [self._encode(t) for t in texts]
        ids = [x if len(x) <= self.max_input_tokens else x[: self.max_input_tokens - 1] + [self._eos]
               for x in ids]
        return self.generate_ids(ids, num_candidates)

    def generate_ids(self, inputs: Sequence[list[int]], num_candidates: int = 1) -> list[list[str]]:
        """Candidates' texts (NFC, spaces normalised) for token id lists, in input order."""
        out = []
        for candidates in self.generate_token_ids(inputs, num_candidates):
            texts = self._tokenizer.batch_decode(candidates, skip_special_tokens=True)
            out.append([unicodedata.normalize("NFC", " ".join(t.split())) for t in texts])
        return out

    def generate_token_ids(self, inputs: Sequence[list[int]], num_candidates: int = 1) -> list[list[list[int]]]:
        """Candidates' token ids (no decoder start token, no EOS) for token id lists, in input order.

        Batches hold `batch_size` articles, fewer with many beams: at most
        MAX_DECODER_SEQUENCES sequences.
        """
        beams = max(self.num_beams, num_candidates)
        per_batch = max(1, min(self.batch_size, MAX_DECODER_SEQUENCES // beams))
        return self.generator.generate(
            inputs, beams=beams, num_candidates=num_candidates, max_new_tokens=self.max_new_tokens,
            min_new_tokens=self.min_new_tokens, batch_size=per_batch)


def _check_request(backend: str, device: str, quantize: str | None) -> None:
    """One-line errors for a backend, device or quantisation that cannot be."""
    if backend not in BACKENDS:
        raise OptionError("backend", f"unknown backend {backend!r} (use {' or '.join(BACKENDS)})")
    if device not in ("cpu", "cuda"):
        raise OptionError("device", f"unknown device {device!r} (use cpu or cuda)")
    if quantize not in (None, *QUANTIZE_CHOICES):
        raise OptionError("quantize", f"unknown quantisation {quantize!r} (use {' or '.join(QUANTIZE_CHOICES)})")
    if backend == "transformers" and quantize == "int8" and device != "cpu":
        raise OptionError("quantize", "int8 on the transformers backend is dynamic CPU quantisation; "
                          "use it with the cpu device (or the ct2 backend)")


def _checkpoint_source(model: str) -> tuple[str, bool]:
    """(what to load from, whether it is a local directory); ModelUnavailable for a bad path."""
    path = Path(model).expanduser()
    if path.exists() and not path.is_dir():
        raise ModelUnavailable(f"{model} is a file; a model is a directory or a Hub id")
    if path.is_dir():
        return str(path), True
    if model.startswith((".", "/", "~")) or model.count("/") > 1:
        raise ModelUnavailable(f"no model directory {model}")
    return model, False


def _snapshot_dir(model_id: str, local_only: bool) -> Path:
    """The folder of the Hub checkpoint's files in the HF cache (named by its revision).

    Fetches the config and the weights when `local_only` is false and they are
    not cached; safetensors weights are preferred, as transformers does.
    """
    from transformers.utils import cached_file

    config = cached_file(model_id, "config.json", local_files_only=local_only)
    for weights in ("model.safetensors", "pytorch_model.bin"):
        found = cached_file(model_id, weights, local_files_only=local_only,
                            _raise_exceptions_for_missing_entries=False)
        if found:
            return Path(found).parent
    raise FileNotFoundError(f"no model.safetensors or pytorch_model.bin for {model_id} next to {config}")


def _load_ct2(checkpoint: Path, tokenizer, model_id: str, device: str, quantize: str | None, kwargs: dict):
    from .ct2 import CT2Generator

    return CT2Generator.load(checkpoint, tokenizer, label=model_id, device=device, quantize=quantize,
                             max_input_tokens=kwargs.get("max_input_tokens", MAX_INPUT_TOKENS))


class TransformersGenerator:
    """The `transformers` backend: batched beam search with torch, in tomtat's own batching.

    Inputs are sorted by length and cut into batches. The encoder runs on each
    input alone, unpadded: on CPU it is compute-bound, so batching it gains
    nothing while padding a short article to a long one's length costs real
    time (attention is quadratic). The decoder, which is memory-bound and runs
    once per generated token, is where batching pays: it gets the batch's
    encoder states, padded and masked.
    """

    def __init__(self, model):
        self.model = model

    @classmethod
    def load(cls, source: str, device: str, quantize: str | None, local_only: bool) -> "TransformersGenerator":
        """fp32 on CPU (dynamic int8 with quantize="int8"); bf16 (else fp16) on CUDA unless "none"."""
        try:
            import torch
        except ImportError as exc:
            raise ModelUnavailable(f"torch not installed ({exc.name})") from None
        import transformers

        if device == "cuda" and not torch.cuda.is_available():
            raise OptionError("device", "cuda: no CUDA GPU is available to torch here (use cpu)")
        net = transformers.AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=local_only)
        if device == "cuda":
            dtype = torch.float32 if quantize == "none" else (
                torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16)
            net = net.to(device="cuda", dtype=dtype)
        net.eval()
        if quantize == "int8":
            net = quantize_int8(net)
        return cls(net)

    def generate(self, inputs: Sequence[list[int]], *, beams: int, num_candidates: int,
                 max_new_tokens: int, min_new_tokens: int = 0, batch_size: int) -> list[list[list[int]]]:
        import torch
        from transformers.modeling_outputs import BaseModelOutput

        if not inputs:
            return []
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))
        out: list[list[list[int]]] = [[] for _ in inputs]
        device = self.model.device
        encoder = self.model.get_encoder()
        eos = self.model.generation_config.eos_token_id
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for b in range(0, len(order), batch_size):
                batch = order[b:b + batch_size]
                width = max(len(inputs[i]) for i in batch)
                states = None
                mask = torch.zeros((len(batch), width), dtype=torch.long, device=device)
                for row, i in enumerate(batch):
                    ids = torch.tensor([inputs[i]], dtype=torch.long, device=device)
                    hidden = encoder(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
                    if states is None:
                        states = hidden.new_zeros((len(batch), width, hidden.shape[-1]))
                    states[row, : len(inputs[i])] = hidden[0]
                    mask[row, : len(inputs[i])] = 1
                seqs = self.model.generate(
                    encoder_outputs=BaseModelOutput(last_hidden_state=states), attention_mask=mask,
                    num_beams=beams, num_return_sequences=num_candidates,
                    max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens,
                    early_stopping=beams > 1, do_sample=False, use_cache=True,
                    **_beam_cache(self.model, beams))
                rows = [_until_eos(seq[1:], eos) for seq in seqs.tolist()]   # [1:]: decoder start
                for row, i in enumerate(batch):
                    out[i] = rows[row * num_candidates:(row + 1) * num_candidates]
        return out


def _until_eos(ids: list[int], eos) -> list[int]:
    """The generated tokens before the first EOS (what follows is padding)."""
    stops = set(eos) if isinstance(eos, (list, tuple)) else {eos}
    for n, token in enumerate(ids):
        if token in stops:
            return ids[:n]
    return ids


def _beam_cache(model, beams: int) -> dict:
    """A KV cache for beam search that does not reorder the cross-attention cache.

    At every step beam search reorders the whole cache to follow the surviving
    beams. The cross-attention keys and values are computed from the encoder
    states, which are the same for all beams of one article, and a beam never
    moves to another article, so reordering them copies identical rows: for a
    batch of 8 articles x 4 beams at 1,024 tokens that is about 2.4 GB of copying
    (and fresh memory) per generated token. Skipping it changes no result
    (tests compare outputs with and without it) and is what makes batched beam
    search pay on CPU. Returns generate() keyword arguments; empty where not
    applicable (greedy, or a transformers without these classes).
    """
    if beams <= 1 or not getattr(model.config, "is_encoder_decoder", False):
        return {}
    try:
        from transformers.cache_utils import DynamicCache, EncoderDecoderCache
        from transformers.generation import utils as generation_utils
    except ImportError:  # pragma: no cover - older transformers
        return {}
    names = getattr(generation_utils, "ALL_CACHE_NAMES", ["past_key_values"])
    key = "cache" if "cache" in names else "past_key_values"

    class SharedCrossAttentionCache(EncoderDecoderCache):
        def reorder_cache(self, beam_idx):
            self.self_attention_cache.reorder_cache(beam_idx)

    try:
        cache = SharedCrossAttentionCache(DynamicCache(config=model.config), DynamicCache(config=model.config))
    except TypeError:  # pragma: no cover - DynamicCache without a config argument
        cache = SharedCrossAttentionCache(DynamicCache(), DynamicCache())
    return {key: cache}


def quantize_int8(model):
    """Dynamic int8 quantisation of every nn.Linear (weights int8, activations quantised on the fly)."""
    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization is deprecated in favour of torchao
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def _quiet_transformers(transformers) -> None:
    """No progress bars or advisory warnings on the user's terminal."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    try:
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    except ImportError:  # pragma: no cover
        pass
