"""95% bootstrap confidence intervals for means (percentile method, seeded).

The seed is fixed so that the same per-article values, in the same canonical
order, always give the same interval: a resumed or merged run reproduces the
`metrics.json` of an uninterrupted one.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

DEFAULT_SEED = 20240601
DEFAULT_RESAMPLES = 1000


def mean_ci(values: Sequence[float], *, confidence: float = 0.95, resamples: int = DEFAULT_RESAMPLES,
            seed: int = DEFAULT_SEED) -> dict:
    """{"mean", "low", "high", "n"} for the mean of `values` (NaN/None skipped).

    With fewer than two values the interval collapses to the mean (or is None
    when there is no value at all).
    """
    data = np.asarray([v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))],
                      dtype=float)
    n = int(data.size)
    if n == 0:
        return {"mean": None, "low": None, "high": None, "n": 0}
    mean = float(data.mean())
    if n == 1:
        return {"mean": mean, "low": mean, "high": mean, "n": 1}
    low, high = _percentile_interval(n, lambda idx: data[idx].mean(axis=1), confidence, resamples, seed)
    return {"mean": mean, "low": low, "high": high, "n": n}


def ratio_ci(numerators: Sequence[float], denominators: Sequence[float], *, confidence: float = 0.95,
             resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> dict:
    """{"mean", "low", "high", "n"} for a pooled ratio sum(num)/sum(den), resampling units.

    Used for shares of figures (supported figures / all figures), where each
    article contributes its own counts: units are articles, so the interval
    reflects the variation between articles. `n` is the number of articles with
    a non-zero denominator; the ratio is None when the denominators sum to 0.
    """
    num = np.asarray(numerators, dtype=float)
    den = np.asarray(denominators, dtype=float)
    if num.shape != den.shape:
        raise ValueError("numerators and denominators differ in length")
    keep = den > 0
    num, den = num[keep], den[keep]
    n = int(den.size)
    if n == 0:
        return {"mean": None, "low": None, "high": None, "n": 0}
    value = float(num.sum() / den.sum())
    if n == 1:
        return {"mean": value, "low": value, "high": value, "n": 1}
    low, high = _percentile_interval(n, lambda idx: num[idx].sum(axis=1) / den[idx].sum(axis=1),
                                     confidence, resamples, seed)
    return {"mean": value, "low": low, "high": high, "n": n}


def _percentile_interval(n: int, statistic, confidence: float, resamples: int, seed: int) -> tuple[float, float]:
    """Percentile bootstrap interval of `statistic` over `resamples` resamplings of n units.

    `statistic` maps an index array of shape (k, n) to k values. Resampling goes in
    blocks so memory stays bounded for large sets.
    """
    rng = np.random.default_rng(seed)
    values = np.empty(resamples, dtype=float)
    block = max(1, min(resamples, 2_000_000 // n))
    for start in range(0, resamples, block):
        stop = min(resamples, start + block)
        values[start:stop] = statistic(rng.integers(0, n, size=(stop - start, n)))
    alpha = (1.0 - confidence) / 2.0
    low, high = np.quantile(values, [alpha, 1.0 - alpha])
    return float(low), float(high)
