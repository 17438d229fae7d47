"""The floor plan holds: packages by layer, no import cycles (imports inside functions counted),
small modules and functions, a thin command line. import-linter (make lint) checks which layer
may import which; this checks what it does not: cycles inside a layer, sizes."""

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "briefing"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 350
# none so far: each language's record (text/languages/) is a module of its own, under the limit
TRANSLATION_TABLES: set[str] = set()
MAX_TOP_LEVEL_MODULES = 10
LAYERS = ("io", "read", "text", "summarize", "digest", "render", "run", "cluster", "web", "options")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of briefing that ``name`` imports, anywhere in it (type-checking blocks aside)."""
    tree = ast.parse(path.read_text())
    type_checking = {id(node) for block in ast.walk(tree)
                     if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
                     for node in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                      for alias in node.names}
    return {module for module in found if module in modules and module != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return components


def test_no_module_imports_itself_back_even_from_inside_a_function():
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert _cycles(graph) == []


def test_the_package_is_cut_by_layer_with_few_modules_at_the_top():
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top
    for layer in LAYERS:
        init = PACKAGE / layer / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text())), f"{layer}/ says what it turns into what"


def test_modules_and_functions_are_small_and_the_command_line_thin():
    too_long = []
    for path in PACKAGE.rglob("*.py"):
        relative = str(path.relative_to(PACKAGE))
        lines = len(path.read_text().splitlines())
        if lines > MAX_MODULE_LINES and relative not in TRANSLATION_TABLES:
            too_long.append(f"{relative}: {lines} lines")
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{relative}: {node.name}() {length} lines")
    assert too_long == []
    assert len((PACKAGE / "cli.py").read_text().splitlines()) <= 250
