"""Bootstrap confidence intervals: contain the mean, seeded, shrink with n, match the normal theory."""
from __future__ import annotations

import numpy as np
import pytest

from tomtat.eval.bootstrap import mean_ci, ratio_ci


def test_constant_data_has_a_zero_width_interval():
    ci = mean_ci([0.5] * 20)
    assert ci == {"mean": 0.5, "low": 0.5, "high": 0.5, "n": 20}


def test_empty_and_single():
    assert mean_ci([])["mean"] is None
    assert mean_ci([3.0]) == {"mean": 3.0, "low": 3.0, "high": 3.0, "n": 1}
    assert mean_ci([1.0, None, float("nan"), 3.0])["n"] == 2


def test_seeded_and_reproducible():
    data = np.random.default_rng(1).random(50)
    assert mean_ci(data) == mean_ci(list(data))
    assert mean_ci(data, seed=1) != mean_ci(data, seed=2)


def test_interval_matches_normal_theory_and_shrinks():
    rng = np.random.default_rng(3)
    small, large = rng.normal(10, 2, 100), rng.normal(10, 2, 2500)
    ci_small, ci_large = mean_ci(small), mean_ci(large)
    assert ci_small["low"] < ci_small["mean"] < ci_small["high"]
    half = 1.96 * small.std(ddof=1) / np.sqrt(small.size)
    assert (ci_small["high"] - ci_small["low"]) / 2 == pytest.approx(half, rel=0.2)
    assert ci_large["high"] - ci_large["low"] < (ci_small["high"] - ci_small["low"]) / 3


def test_ratio_is_pooled():
    # 3 of 4 figures in one article, 0 of 1 in another: pooled share 3/5, not the mean of shares (0.375)
    ci = ratio_ci([3, 0, 0], [4, 1, 0])
    assert ci["mean"] == pytest.approx(0.6) and ci["n"] == 2
    assert 0.0 <= ci["low"] <= ci["mean"] <= ci["high"] <= 1.0
    assert ratio_ci([0], [0])["mean"] is None
