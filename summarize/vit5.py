"""The abstractive engine: ViT5 (a T5) through `transformers`.

torch and transformers are imported only when a model is loaded, so that
`tomtat check` and the checker never pay for them.

Generation follows the model card of `VietAI/vit5-base-vietnews-summarization`:
beam search, up to 256 new tokens, early stopping; input at most 1,024 tokens
(longer articles go through `long_input`). Speed on CPU comes from batching
inputs sorted by length (little padding), `torch.inference_mode`, the KV cache,
and optionally dynamic int8 quantisation of the Linear layers; see
docs/BENCHMARKS.md for what each is worth.
"""
from __future__ import annotations

import os
import unicodedata
import warnings
from pathlib import Path
from typing import Sequence

from tomtat.errors import OptionError, TomtatError
from tomtat.prompts import Prompt, load_prompt

from .base import Article, Generation
from .long_input import summarize_long
from .sentences import split_sentences

DEFAULT_MODEL = "VietAI/vit5-base-vietnews-summarization"
MAX_INPUT_TOKENS = 1024
MAX_NEW_TOKENS = 256
DEFAULT_NUM_BEAMS = 4
DEFAULT_BATCH_SIZE = 16
#: Decoder sequences (articles x beams) per batch at most: beyond this, memory for
#: the cross-attention cache (about 75 MB per sequence at 1,024 input tokens)
#: grows while the speed-up per sequence has flattened out (docs/BENCHMARKS.md).
MAX_DECODER_SEQUENCES = 32


class ModelUnavailable(TomtatError):
    """The ViT5 model cannot be loaded; the message says why in one line."""


class ViT5Engine:
    """A loaded ViT5 model and tokenizer; `generate` follows the `Engine` protocol.

    Build it with `ViT5Engine.load(...)`. `generate_texts` is the batched core
    that `tomtat eval` may call directly on plain texts.
    """

    name = "vit5"

    def __init__(self, model, tokenizer, *, model_id: str, prompt: Prompt, device: str = "cpu",
                 num_beams: int = DEFAULT_NUM_BEAMS, max_new_tokens: int = MAX_NEW_TOKENS,
                 max_input_tokens: int = MAX_INPUT_TOKENS, batch_size: int = DEFAULT_BATCH_SIZE):
        self._model = model
        self._tokenizer = tokenizer
        self.model = model_id
        self.prompt = prompt
        self.device = device
        self.num_beams = num_beams
        self.max_new_tokens = max_new_tokens
        self.max_input_tokens = max_input_tokens
        self.batch_size = batch_size
        self.notes: list[str] = []
        self._eos = tokenizer.eos_token_id
        self._pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        # Tokens the template adds around the body (prefix, suffix, EOS).
        self._overhead = len(self._encode("")) if prompt else 1

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, model: str | None = None, *, device: str = "cpu", quantize: str | None = None,
             allow_download: bool = False, prompt_file: str | None = None,
             num_beams: int = DEFAULT_NUM_BEAMS, **kwargs) -> "ViT5Engine":
        """Load a model from a local directory, the local HF cache, or (if allowed) the Hub.

        Raises ModelUnavailable (one line, why) when it cannot; TomtatError for a
        bad device or quantisation request.
        """
        model = model or DEFAULT_MODEL
        prompt = load_prompt(model, prompt_file)   # bad prompt file: error before the slow part
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise ModelUnavailable(f"torch/transformers not installed ({exc.name})") from None
        _quiet_transformers(transformers)
        if device not in ("cpu", "cuda"):
            raise OptionError("device", f"unknown device {device!r} (use cpu or cuda)")
        if device == "cuda" and not torch.cuda.is_available():
            raise OptionError("device", "cuda: no CUDA GPU is available to torch here (use cpu)")
        if quantize not in (None, "int8"):
            raise OptionError("quantize", f"unknown quantisation {quantize!r} (only int8)")
        if quantize and device != "cpu":
            raise OptionError("quantize", "int8 is dynamic CPU quantisation; use it with the cpu device")

        path = Path(model).expanduser()
        if path.exists() and not path.is_dir():
            raise ModelUnavailable(f"{model} is a file; a model is a directory or a Hub id")
        source = str(path) if path.is_dir() else model
        if not path.is_dir() and (model.startswith((".", "/", "~")) or model.count("/") > 1):
            raise ModelUnavailable(f"no model directory {model}")
        tokenizer, net = None, None
        attempts = [True] if path.is_dir() or not allow_download else [True, False]
        for local_only in attempts:
            try:
                tokenizer = transformers.AutoTokenizer.from_pretrained(source, local_files_only=local_only)
                net = transformers.AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=local_only)
                break
            except Exception as exc:  # noqa: BLE001 - any load failure becomes one line
                reason = _one_line(exc)
                tokenizer, net = None, None
        if net is None:
            if path.is_dir():
                raise ModelUnavailable(f"cannot load the model in {model}: {reason}")
            if not allow_download:  # the usual case offline; the raw error says no more
                raise ModelUnavailable(f"{model} is not in the local Hugging Face cache")
            raise ModelUnavailable(f"cannot load {model} from the Hub: {reason}")

        if device == "cuda":
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
            net = net.to(device="cuda", dtype=dtype)
        net.eval()
        if quantize == "int8":
            net = quantize_int8(net)
        return cls(net, tokenizer, model_id=model, prompt=prompt, device=device, num_beams=num_beams, **kwargs)

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
                    budget=self.max_input_tokens - self._overhead, limit=self.max_input_tokens,
                    summarise=self.generate_texts, num_candidates=num_candidates)
                results[i] = Generation(candidates=long.candidates,
                                        scores=[-float(r) for r in range(len(long.candidates))],
                                        notes=long.notes)
        if max_sentences:
            for gen in results:
                gen.candidates = [_first_sentences(c, max_sentences) for c in gen.candidates]
        return results  # type: ignore[return-value]

    def generate_texts(self, texts: Sequence[str], num_candidates: int = 1) -> list[list[str]]:
        """Summaries of plain bodies (each must fit the limit; longer ones are truncated)."""
        ids = [self._encode(t) for t in texts]
        ids = [x if len(x) <= self.max_input_tokens else x[: self.max_input_tokens - 1] + [self._eos]
               for x in ids]
        return self.generate_ids(ids, num_candidates)

    def generate_ids(self, inputs: Sequence[list[int]], num_candidates: int = 1) -> list[list[str]]:
        """Batched beam search over token id lists; candidates per input, in input order.

        Inputs are sorted by length and cut into batches of `batch_size` articles
        (fewer with many beams: at most MAX_DECODER_SEQUENCES sequences). The
        encoder runs on each input alone, unpadded: on CPU it is compute-bound,
        so batching it gains nothing while padding a short article to a long
        one's length costs real time (attention is quadratic). The decoder,
        which is memory-bound and runs once per generated token, is where
        batching pays: it gets the batch's encoder states, padded and masked.
        """
        import torch
        from transformers.modeling_outputs import BaseModelOutput

        if not inputs:
            return []
        beams = max(self.num_beams, num_candidates)
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))
        per_batch = max(1, min(self.batch_size, MAX_DECODER_SEQUENCES // beams))
        out: list[list[str]] = [[] for _ in inputs]
        device = self._model.device
        encoder = self._model.get_encoder()
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for b in range(0, len(order), per_batch):
                batch = order[b:b + per_batch]
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
                seqs = self._model.generate(
                    encoder_outputs=BaseModelOutput(last_hidden_state=states), attention_mask=mask,
                    num_beams=beams, num_return_sequences=num_candidates,
                    max_new_tokens=self.max_new_tokens, early_stopping=beams > 1,
                    do_sample=False, use_cache=True, **_beam_cache(self._model, beams))
                texts = self._tokenizer.batch_decode(seqs, skip_special_tokens=True)
                for row, i in enumerate(batch):
                    chunk = texts[row * num_candidates:(row + 1) * num_candidates]
                    out[i] = [unicodedata.normalize("NFC", " ".join(t.split())) for t in chunk]
        return out


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


def _first_sentences(text: str, n: int) -> str:
    sentences = split_sentences(text)
    return " ".join(s.text for s in sentences[:n]) if len(sentences) > n else text


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


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
