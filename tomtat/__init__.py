"""tomtat: Vietnamese news summaries whose figures are checked against the article."""
__version__ = "0.1.0"
