#!/usr/bin/env python3
"""Writes english-words.tsv: lowercase English words and the part of speech they most often have,
from the Universal Dependencies English Web Treebank (CC BY-SA 4.0, see NOTICE).

Usage: python3 Sources/Extraction/Data/english-words.py ../shared/corpora/ud-ewt > Sources/Extraction/Data/english-words.tsv

Each word form and each lemma tagged NOUN, VERB, ADJ or ADV in most of its occurrences, written in
lowercase, and a proper noun in under a fifth of them. The entity pass reads it to tell common words
written with capitals (a headline run into the text) from names.
"""
import collections
import gzip
import sys

TAGS = {"NOUN": "N", "VERB": "V", "ADJ": "A", "ADV": "R"}


def main(folder):
    forms = collections.defaultdict(collections.Counter)
    lemmas = collections.defaultdict(collections.Counter)
    for part in ("train", "dev", "test"):
        with gzip.open(f"{folder}/en_ewt-ud-{part}.conllu.gz", "rt", encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                form, lemma, upos = cols[1], cols[2], cols[3]
                if not form.replace("-", "").isalpha() or not form.isascii():
                    continue
                forms[form.lower()][upos] += 1
                if lemma.replace("-", "").isalpha() and lemma.isascii():
                    lemmas[lemma.lower()][upos] += 1
    words = {}
    for table in (forms, lemmas):
        for word, counts in table.items():
            total = sum(counts.values())
            tag, _ = counts.most_common(1)[0]
            if word in words or counts["PROPN"] / total >= 0.2 or tag not in TAGS:
                continue
            words[word] = TAGS[tag]
    sys.stdout.write("# word\tpart of speech (N noun, V verb, A adjective, R adverb); from UD English EWT, CC BY-SA 4.0\n")
    for word in sorted(words):
        sys.stdout.write(f"{word}\t{words[word]}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/ud-ewt")
