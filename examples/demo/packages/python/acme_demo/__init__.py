"""The demo system's shared Python library."""

VERSION = "1.0.0"


def hello(name: str) -> str:
    return f"Hello, {name}!"
