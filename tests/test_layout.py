"""Architecture rules: one package per stage, public interfaces, no cycles, Streamlit only in web."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GEO_MODULES = sorted((ROOT / "geo").rglob("*.py"))
CODE = sorted([*GEO_MODULES, ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "bench").glob("*.py")])

#: The stages of the README's data flow, each one folder of ``geo/``.
STAGES = ("documents", "extract", "places", "geocode", "store", "maps", "outputs", "web", "evaluation")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def _runtime_geo_imports(path: Path) -> set[str]:
    """Modules of ``geo`` that ``path`` imports when run (``TYPE_CHECKING`` blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    known = {_module_name(p) for p in GEO_MODULES}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("geo"):
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                out.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("geo")}
    return out


@pytest.mark.parametrize("path", GEO_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_web_package_imports_streamlit(path: Path) -> None:
    imported = _imports(path)
    if path.parent.name == "web" and path.name != "__init__.py":
        return
    assert not imported & {"streamlit", "streamlit_folium"}, f"{path.name} imports Streamlit"


def test_each_stage_of_the_data_flow_is_one_package() -> None:
    for stage in STAGES:
        init = ROOT / "geo" / stage / "__init__.py"
        assert init.exists(), stage
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{stage}: say what the stage does"
    # No loose stage modules left beside the packages: only the shared records, the chain and how a
    # command runs (its kept patterns, its forked copies, its reading of files before the database).
    loose = {p.stem for p in (ROOT / "geo").glob("*.py")}
    assert loose <= {"__init__", "__main__", "cli", "errors", "filters", "forked", "i18n", "model", "pipeline", "reading",
                     "regex_cache", "settings"}


def test_readme_names_every_stage_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        assert f"geo/{stage}/" in readme, stage


def test_nothing_imports_a_private_name_from_another_module() -> None:
    found = []
    for path in [*CODE, *sorted((ROOT / "tests").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("geo"):
                found += [f"{path.name}: {a.name}" for a in node.names if re.match(r"_[^_]", a.name)]
        found += [f"{path.name}: {use}" for use in _private_attributes_of_modules(path)]
    assert found == []


def _private_attributes_of_modules(path: Path) -> list[str]:
    """``module._name`` where ``module`` is a geo module imported under a name ("from geo.extract import boundary as
    bd" … ``bd._trimmed``): a private name reached through its module, as good as imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("geo"):
            for a in node.names:
                dotted = f"{node.module}.{a.name}".replace(".", "/")
                if (ROOT / f"{dotted}.py").is_file() or (ROOT / dotted / "__init__.py").is_file():
                    modules[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Import):
            modules.update({a.asname: a.name for a in node.names if a.asname and a.name.startswith("geo")})
    own = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return [f"{modules[n.value.id]}.{n.attr}" for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in modules
            and re.match(r"_[^_]", n.attr) and modules[n.value.id] != own]


def test_outside_a_package_only_its_interface_or_its_modules_are_imported() -> None:
    """``from geo.places.resolving import resolve`` from geocode is a leak: geo.places names it."""
    leaks = []
    for path in CODE:
        rel = path.relative_to(ROOT).parts
        own = rel[1] if rel[0] == "geo" and len(rel) > 2 else None
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.count(".") >= 2:
                pkg = node.module.split(".")[1]
                if pkg != own and pkg in STAGES:
                    leaks.append(f"{'/'.join(rel)}: from {node.module}")
    assert leaks == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the cycles a depth-first walk of ``graph`` (node → the nodes it imports) finds, each closed on its
    first node."""
    state: dict[str, int] = {}  # 1 on the walk's stack, 2 done
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif not state.get(nxt):
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(graph):
        if not state.get(node):
            visit(node, [node])
    return cycles


def test_no_import_cycles() -> None:
    """No module imports itself back through others (a package's ``__init__`` counts as the package)."""
    graph = {_module_name(p): _runtime_geo_imports(p) - {_module_name(p)} for p in GEO_MODULES}
    assert _cycles(graph) == []


CDN = re.compile(r"cdn\.jsdelivr|unpkg\.com|cdnjs\.|bootstrapcdn|code\.jquery\.com|fonts\.googleapis|d3js\.org")


#: The project's own scripts; third-party files (``static/lib``, ``static/vendor``) may name a CDN in comments.
OWN_SCRIPTS = sorted(
    p for p in (ROOT / "static").rglob("*.js") if p.relative_to(ROOT / "static").parts[0] not in ("lib", "vendor")
)


@pytest.mark.parametrize(
    "path",
    [*GEO_MODULES, ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *OWN_SCRIPTS],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_cdn_reference(path: Path) -> None:
    assert not CDN.search(path.read_text(encoding="utf-8"))


def test_bundled_documents_are_the_seeds_unchanged() -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    docs = sorted((ROOT / "data" / "documents").glob("*.txt"))
    assert len(docs) == 5
    if seeds.is_dir():  # beside the checkout on developer and CI machines
        for d in docs:
            assert d.read_bytes() == (seeds / d.name).read_bytes()


def test_tests_follow_the_data_flow() -> None:
    """A test file sits in the folder of the stage it tests (``tests/extract/stages/``, ``tests/places/``…); only the
    helpers and the tests of the whole (layout, settings, CLI, fuzzing, worker pool) stay at the top."""
    tests = ROOT / "tests"
    misplaced = [p.relative_to(ROOT).as_posix() for p in tests.rglob("test_*.py")
                 if "data" not in p.relative_to(tests).parts
                 and len(p.relative_to(tests).parts) > 1 and p.relative_to(tests).parts[0] not in STAGES]
    assert misplaced == []
    top = sorted(p.name for p in tests.glob("test_*.py"))
    assert top == ["test_cli.py", "test_forked.py", "test_fuzz.py", "test_layout.py", "test_regex_cache.py",
                   "test_settings.py"], "put a new test file in the folder of the stage it tests"


#: A session's or a helper part's tag closing a file name (``_s39``, ``_28f``, ``_21``); ``i18n`` is a word, not a tag.
SESSION_TAG = re.compile(r"_[a-z]?[0-9]{2}[a-z]?\.py$")
TAG_LIKE_WORDS = {"test_i18n.py"}


def test_test_files_are_named_by_what_they_test() -> None:
    """A newcomer finds a class of text or a behaviour by its file name, not by the session that wrote its tests."""
    tagged = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py")
                    if SESSION_TAG.search(p.name) and p.name not in TAG_LIKE_WORDS)
    assert tagged == [], ("name a test file by the class of text or behaviour its tests share "
                          "(test_works_steps_and_pace.py), not by a session or part tag")


def test_a_session_tag_is_found() -> None:
    assert SESSION_TAG.search("test_stage_classes_s39.py") and SESSION_TAG.search("test_boundaries_28f.py")
    assert SESSION_TAG.search("test_precision_21.py") and not SESSION_TAG.search("test_works_steps_and_pace.py")


def test_test_file_names_are_unique() -> None:
    """pytest imports test modules by their base name: two files of one name in two folders collide."""
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_every_test_file_the_code_and_docs_name_exists() -> None:
    """A rule's comment, a word list or the README that points to its tests points to a file that is there."""
    texts = [*GEO_MODULES, ROOT / "README.md", *(ROOT / "data").rglob("*.toml"), *(ROOT / "tests").rglob("*.py"),
             *(ROOT / "tests" / "data").rglob("*.md")]
    named = {m for p in texts for m in re.findall(r"tests/[a-z_0-9/]+\.py", p.read_text(encoding="utf-8"))}
    assert sorted(m for m in named if not (ROOT / m).is_file()) == []


def test_extract_rules_sit_in_the_sub_package_of_their_decision() -> None:
    """``geo/extract`` keeps at its top only its interface, the chain, the shared base and the learned models;
    each rule module sits in the sub-package of the decision it makes, whose ``__init__`` says what it decides."""
    extract = ROOT / "geo" / "extract"
    loose = {p.stem for p in extract.glob("*.py")}
    top = {
        "__init__", "boundary", "clauses", "doc_stages", "entities", "learned", "patterns", "register", "stage_model",
        "year_words"
    }
    assert loose <= top, "put a new rule in the sub-package of the decision it makes"
    for sub in ("names", "stages", "linking", "years"):
        init = extract / sub / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{sub}: say what it decides"


#: The shared base of ``geo/extract`` every sub-package may import: word lists (the package ``lexicon``, split by
#: what each list is about), patterns, the year vocabulary.
EXTRACT_BASE = ("lexicon", "patterns", "year_words")


def _extract_group(module: str) -> str:
    """``names``, ``stages``, ``linking``, ``years`` (a sub-package), ``base`` or ``top`` for a module of
    ``geo.extract``."""
    parts = module.split(".")
    if len(parts) > 2 and parts[2] in EXTRACT_BASE:
        return "base"
    if len(parts) > 2 and (ROOT / "geo" / "extract" / parts[2]).is_dir():
        return parts[2]
    return "top"


def test_the_word_lists_are_read_through_the_lexicon_interface() -> None:
    """``geo/extract/lexicon`` keeps its lists in modules by what each is about; every other module reads them through
    the package (``lx.HEADS``), so a list may move between its modules without touching a rule."""
    inside = ROOT / "geo" / "extract" / "lexicon"
    found = [f"{p.relative_to(ROOT)}: {m}" for p in [*CODE, *sorted((ROOT / "tests").rglob("*.py"))]
             if inside not in p.parents for m in _runtime_geo_imports(p) if m.startswith("geo.extract.lexicon.")]
    assert found == []


def test_extract_groups_import_one_way() -> None:
    """The sub-packages of ``geo/extract``, its shared base and its top import each other one way only: no group
    imports back a group that imports it (``years`` builds on ``stages``; the reading of a whole mention, stage
    and years, sits at the top above both)."""
    extract = [p for p in GEO_MODULES if _module_name(p).startswith("geo.extract")]
    graph: dict[str, set[str]] = {}
    for path in extract:
        src = _extract_group(_module_name(path))
        for dst in _runtime_geo_imports(path):
            if dst.startswith("geo.extract") and _extract_group(dst) != src:
                graph.setdefault(src, set()).add(_extract_group(dst))
    back = sorted(f"{a} ⇄ {b}" for a in graph for b in graph[a] if a < b and a in graph.get(b, set()))
    assert (back, _cycles(graph)) == ([], [])


def _bound_twice(source: str) -> list[str]:
    """Module-level names a module's ``source`` binds by two statements of its body, as "line name" (assignments,
    functions, classes; not imports, nor a binding inside ``if``/``try``): the later one silently replaces the first."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        twice += [f"{node.lineno} {n}" for n in names if n in seen and n != "__all__"]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice() -> None:
    """A constant or function defined twice in one module (a pattern redefined further down) keeps only the last;
    in a test file, a test defined twice runs once, and a table of cases bound twice is read by whichever test
    reads it last."""
    files = [*CODE, *sorted((ROOT / "tests").rglob("*.py"))]
    found = [f"{p.relative_to(ROOT)}:{t}" for p in files for t in _bound_twice(p.read_text(encoding="utf-8"))]
    assert found == []


def test_a_name_bound_twice_is_found() -> None:
    source = "A_RE = 1\n\n\ndef f():\n    pass\n\n\nA_RE = 2\nif True:\n    f = 3\n\n\ndef f():\n    pass\n"
    assert _bound_twice(source) == ["8 A_RE", "13 f"]
