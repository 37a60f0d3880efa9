"""The two adaptations nlp.load makes to the spaCy pipeline."""

from __future__ import annotations


def test_a_line_break_ends_a_sentence(nlp):
    doc = nlp("Russian Offensive Campaign Assessment, May 10\nKarolina Hird and Mason Clark\n"
              "Ukrainian forces liberated several towns north of Kharkiv City.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Russian Offensive Campaign Assessment, May 10"
    assert sents[1] == "Karolina Hird and Mason Clark"


def test_citation_markers_split_off_as_sentences_of_their_own(nlp):
    # the marker is no word of the sentence before it: parsed inside it, it became the
    # sentence's root and a verb its modifier (read40: a day's shelling lost)
    doc = nlp("Russian forces shelled the border.[5] Ukrainian forces advanced near Izyum.[6]"
              "\n\nRussian forces struck Kupiansk.[7]\n")
    words = [t.text for t in doc]
    assert "border" in words and "[5]" in words and "." in words
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Russian forces shelled the border.", "[5]",
                     "Ukrainian forces advanced near Izyum.", "[6]",
                     "Russian forces struck Kupiansk.", "[7]"], sents
    assert doc.text == "".join(t.text_with_ws for t in doc)  # offsets unchanged
