"""Write ``function_words.tsv``: Chinese verbs and function words of two to four characters, and the
commonest one-character verbs and prepositions.

usage: python data/language/make_function_words.py JIEBA_DICT.txt > data/language/function_words.tsv

The input is jieba's dictionary (``jieba/dict.txt`` of ``jieba==0.42.1``, MIT licence: one word a
line with its frequency and part of speech), a general lexicon of modern Chinese that shares
nothing with the documents Plan Atlas reads. A word is kept when it is two to four Chinese
characters, has a frequency of at least :data:`MIN_FREQ`, and is tagged as a verb, an adverb, a
preposition, a conjunction, a pronoun, a time word or a set phrase (:data:`TAGS`): the words that
end a clause's lead before a project's name ("增加X站", "出席X高铁开工仪式", "追赶X机场"). The
extraction reads them as left stops only before a place, a route code or a line's initials
(``geo.extract.names.candidates``), so a road named after a verb (迎宾大道) is untouched.
"""

from __future__ import annotations

import sys

#: jieba's part-of-speech tags kept: verb (v, vd, vn: also a verbal noun), adverb (d, ad), preposition (p),
#: conjunction (c), pronoun (r), time word (t), set phrase (l).
TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "r", "t", "l"})
#: The least frequency kept: rarer entries are mostly compounds seen once in jieba's corpus.
MIN_FREQ = 50
#: One character is kept only as a verb or a preposition (v, p) of at least this frequency ("因X站项目施工",
#: "接X高速", "离X站3公里"): a lead glued to a place that opens a name.
ONE_CHAR_TAGS = frozenset({"v", "p"})
ONE_CHAR_MIN_FREQ = 5000


def main(path: str) -> None:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            if 2 <= len(word) <= 4 and tag in TAGS and int(freq) >= MIN_FREQ \
                    and all("\u4e00" <= c <= "\u9fff" for c in word):
                rows.append((word, tag))
            elif len(word) == 1 and tag in ONE_CHAR_TAGS and int(freq) >= ONE_CHAR_MIN_FREQ and "\u4e00" <= word <= "\u9fff":
                rows.append((word, tag))
    print("word\ttag")
    for word, tag in sorted(rows):
        print(f"{word}\t{tag}")


if __name__ == "__main__":
    main(*sys.argv[1:])
