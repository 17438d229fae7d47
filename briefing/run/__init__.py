"""Many inputs → many outputs: inputs expanded (expand), outputs planned and named (plan,
writing), the articles briefed in worker processes (batch, workers) and gathered (jsonl), the
whole run with its console (runner, console), and the morning run: what earlier runs briefed
(state, screening, recurring), --since (since), names that keep each morning (placeholders), the
shelf (shelf), briefing's own notes left out (own_notes).

``run_inputs`` (runner.py) is the batch and the digest for the Python API; the command line
only parses its flags and calls it.
"""
