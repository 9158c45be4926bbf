"""Write ``t2s.tsv``: each traditional-only Chinese character and its simplified form.

usage: python data/language/make_t2s.py TSCharacters.txt STCharacters.txt [TWVariantsRev.txt HKVariantsRev.txt]
       > data/language/t2s.tsv
       python data/language/make_t2s.py --in-traditional TSCharacters.txt STCharacters.txt
       > data/language/t2s_in_traditional.tsv

The two inputs are OpenCC's character dictionaries (Apache-2.0), e.g. from the PyPI package
``opencc-python-reimplemented==0.1.7`` (``opencc/dictionary/``). A character is kept only when it
maps to one single simplified character different from itself and is *not itself a character of
simplified text*: not a key of ``STCharacters.txt`` and not in GB 2312, the mainland's basic
character set (乾 of 乾县, 著, 后, 干 and 么 stay as they are). So folding a simplified text changes
nothing, and the text keeps its length (offsets stay valid).

The optional variant tables (OpenCC's ``TWVariantsRev.txt`` and ``HKVariantsRev.txt``) map the
Taiwan and Hong Kong forms of a character (衞, 敍, 粧, 裏…) to the standard traditional one, which
the first table then simplifies; the same conditions apply to the variant.

With ``--in-traditional`` it writes the characters left out above because simplified text uses
them too (後, 於, 徵, 乾…), each with the first simplified form OpenCC gives it: what OpenCC's own
character-by-character conversion makes of them. They are folded only in a text written in
traditional characters (:func:`geo.documents.fold.fold`), where "建成後" means 建成后.
"""

from __future__ import annotations

import sys


def read_table(path: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, values = line.partition("\t")
            out[key] = values.split(" ")
    return out


def in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def in_traditional(ts_path: str, st_path: str) -> None:
    simplified = set(read_table(st_path))
    print("traditional\tsimplified")
    for trad, forms in sorted(read_table(ts_path).items()):
        first = forms[0]
        if len(trad) == 1 and len(first) == 1 and first != trad and (trad in simplified or in_gb2312(trad)):
            print(f"{trad}\t{first}")


def main(ts_path: str, st_path: str, *variant_paths: str) -> None:
    t2s = read_table(ts_path)
    simplified = set(read_table(st_path))
    pairs = {trad: forms[0] for trad, forms in t2s.items()}
    for path in variant_paths:  # a variant → its standard traditional form → that form's simplified one
        for variant, forms in read_table(path).items():
            standard = forms[0]
            pairs.setdefault(variant, t2s.get(standard, [standard])[0])
    print("traditional\tsimplified")
    for trad, first in sorted(pairs.items()):
        if (len(trad) == 1 and len(first) == 1 and first != trad and trad not in simplified
                and not in_gb2312(trad)):
            print(f"{trad}\t{first}")


if __name__ == "__main__":
    if sys.argv[1] == "--in-traditional":
        in_traditional(*sys.argv[2:])
    else:
        main(*sys.argv[1:])
