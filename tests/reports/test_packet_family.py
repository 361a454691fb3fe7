"""Packets read as a family reads them (issue 15): the number, the word and the boxes
agree; growth shows; overdue steps are marked; the conference fits twenty minutes; every
script prints; the layout holds; and the PDF itself is sound."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from report_helpers import (
    add_missing,
    add_not_yet,
    add_revision,
    add_scores,
    make_class,
    pdf_pages,
)
from reportlab.graphics.shapes import Group, Rect, String

from cbe_desktop.core.conference import choose_showcase, packet_data, where_am_i_data
from cbe_desktop.reports import build_packet, build_where_am_i
from cbe_desktop.reports.common import DARK
from cbe_desktop.reports.labels import LABELS, Labels
from cbe_desktop.reports.packet import MAX_NEXT_STEPS, _PacketWriter, growth_chart

EN = LABELS["en"]
WORDS = {1: "Beginning", 2: "Developing", 3: "Proficient", 4: "Extending"}
ON = date(2026, 12, 2)


def pdf_bytes(data_list, **options) -> bytes:
    buffer = io.BytesIO()
    build_packet(data_list, buffer, **options)
    return buffer.getvalue()


def packet(store, made, lang="en", on=ON):
    with store.read() as session:
        return packet_data(session, made.class_id, made.student_id, lang=lang, on=on)


def forty_targets(store, **options):
    """A generated 40-target class whose calculated estimates fall between levels."""
    made = make_class(store, competencies=4, targets_each=10, method="average", **options)
    scores = {}
    for i, target in enumerate(made.target_ids):
        pattern = [(1, 2), (2, 3, 3), (3, 4), (2, 3), (1, 1, 2), (3, 3, 4, 4)][i % 6]
        scores[target] = [(f"2026-10-{10 + k:02d}", level) for k, level in enumerate(pattern)]
    add_scores(made, scores)
    return made


# ----- the number, the word and the boxes -------------------------------------------------


def filled_boxes(drawing) -> int:
    return sum(
        1 for shape in drawing.contents if isinstance(shape, Rect) and shape.fillColor == DARK
    )


def test_the_number_the_word_and_the_boxes_agree_on_every_row_of_a_40_target_class(store):
    made = forty_targets(store)
    data = packet(store, made)
    assert any(t.estimate % 1 for t in data.targets)  # 1.5, 2.67, 3.5 ... are in the data
    writer = _PacketWriter(data, Labels("en"), 500)
    for target in data.targets:
        boxes, _gap, words = writer.level_cell(target.estimate)
        number, word = re.match(r"(\d+) · (\w+)", words.text).groups()
        assert WORDS[int(number)] == word, (target.code, target.estimate, words.text)
        assert filled_boxes(boxes.drawing) == int(number), target.code
        # the whole level reached: never more than the estimate, never a level below it
        assert int(number) <= target.estimate < int(number) + 1
    text = " ".join(pdf_pages(pdf_bytes([data])))
    pairs = re.findall(r"(\d+(?:\.\d+)?) · (Beginning|Developing|Proficient|Extending)", text)
    assert len(pairs) >= 40
    assert all(WORDS[int(n)] == w and "." not in n for n, w in pairs), pairs
    assert not re.search(r"\b\d\.\d+\b", text.replace("7.RP", ""))  # no unexplained decimals


def test_the_status_beside_a_level_between_two_levels_agrees_with_the_level(store):
    made = make_class(store, targets_each=1, method="average")
    scores = [("2026-10-01", 3), ("2026-10-08", 3), ("2026-10-09", 2.9)]
    add_scores(made, {made.target_ids[0]: scores})
    (target,) = packet(store, made).targets
    assert 2.9 < target.estimate < 3
    shown = (target.level_value, target.level_label, target.status)
    assert shown == (2, "Developing", "in_progress")


# ----- growth a family can see -------------------------------------------------------------


def test_a_target_that_went_from_1_to_3_after_revision_shows_its_growth(store):
    made = make_class(store, targets_each=3)
    first, second, third = made.target_ids
    not_yet = add_not_yet(made, first, "Redo the ratio table.", on="2026-10-01")
    add_revision(made, not_yet, first, 3, "2026-10-20")
    add_scores(made, {second: [("2026-10-02", 2)], third: [("2026-10-05", 2), ("2026-10-06", 2)]})
    data = packet(store, made)
    moved = {t.id: t for t in data.targets}[first]
    assert [(a.level, a.revision) for a in moved.history] == [(1, False), (3, True)]
    text = " ".join(pdf_pages(pdf_bytes([data])))
    assert (
        "T1: 1 · Beginning on Oct 1; I revised my work and reached 3 · Proficient on Oct 20."
        in text
    )
    chart = growth_chart(moved, data.scale, Labels("en"), 240)
    # the levels' names are in the backdrop every chart of the file shares, the dates on top
    strings = [
        s for g in (*chart.backdrop.contents[0].contents, *chart.contents)
        if isinstance(g, Group) for s in g.contents if isinstance(s, String)
    ]  # fmt: skip
    sizes = [s.fontSize for s in strings]
    assert sizes and min(sizes) >= 8  # axis words a family can read (6.5 pt before)
    words = " ".join(s.text for s in strings)
    assert "3 Proficient" in words and "Oct 20" in words


# ----- next steps, overdue, missing work, twenty minutes -------------------------------------


def test_an_overdue_step_is_marked_with_room_for_a_new_date(store):
    made = make_class(store, targets_each=2)
    add_not_yet(made, made.target_ids[0], "Finish the lab write-up.", due_on="2026-10-31")
    add_not_yet(made, made.target_ids[1], "Redo problem 4.", due_on="2026-12-15")
    data = packet(store, made)
    assert [s.overdue for s in data.next_steps] == [True, False]
    text = " ".join(pdf_pages(pdf_bytes([data])))
    assert "Overdue: it was due Oct 31. New date:" in text
    assert "Dec 15" in text and "it was due Dec 15" not in text
    es = " ".join(pdf_pages(pdf_bytes([packet(store, made, "es")])))
    assert "Atrasado: la fecha límite era el 31 oct." in es and "Nueva fecha:" in es


def test_the_conference_shows_the_few_steps_that_matter_and_counts_the_rest(store):
    made = make_class(store, competencies=2, targets_each=20)
    for n, target in enumerate(made.target_ids[:38]):
        due = "2026-11-05" if n == 30 else f"2026-12-{10 + n % 15:02d}"
        add_not_yet(made, target, f"Next step number {n}.", due_on=due)
    data = packet(store, made)
    text = " ".join(pdf_pages(pdf_bytes([data])))
    shown = re.findall(r"Next step number (\d+)\.", text)
    assert len(shown) == MAX_NEXT_STEPS and shown[0] == "30"  # the overdue one first
    assert "other “not yet” work: 38 in all." in text


def test_missing_work_is_counted(store):
    made = make_class(store, targets_each=3)
    for n in range(6):
        add_missing(made, made.target_ids[n % 3], f"Homework {n + 1}", f"2026-11-{n + 2:02d}")
    data = packet(store, made)
    assert len(data.missing) == 6
    text = " ".join(pdf_pages(pdf_bytes([data])))
    assert "Work I still need to hand in Pieces of work missing: 6" in text
    assert "Homework 1 (Nov 2)" in text and "... and 1 more." in text


def test_habit_questions_only_when_the_class_tracks_habits(store, demo):
    made = make_class(store)
    text = " ".join(pdf_pages(pdf_bytes([packet(store, made)])))
    assert EN["sec_habits"] not in text and EN["question_habit"] not in text
    with demo.store.read() as session:
        data = packet_data(session, demo.class_id, demo.with_photo, lang="en")
    assert data.habits_tracked
    text = " ".join(pdf_pages(pdf_bytes([data])))
    assert EN["sec_habits"] in text and EN["question_habit"] in text


def test_the_cover_has_the_agenda_and_no_section_numbers_that_look_like_pages(store):
    made = make_class(store)
    add_not_yet(made, made.target_ids[0], "Redo problem 4.")
    pages = pdf_pages(pdf_bytes([packet(store, made)]))
    cover = pages[0]
    assert EN["agenda_title"] in cover and "“Where I am”: I show my levels" in cover
    assert "The goal we set today" in " ".join(pages) and "How we will help at home" in " ".join(
        pages
    )
    assert "In these pages" not in cover
    assert not re.search(r"\b[2-7]\. (Where I am|My growth|What I am working on)", cover)
    assert "What Proficient looks like:" in " ".join(pages)


def test_what_proficient_looks_like_is_the_rubrics_words(store):
    from cbe_desktop.core.targets import save_rubric

    made = make_class(store, targets_each=1)
    save_rubric(store, made.target_ids[0], {3: "Explains each step with a labelled diagram."})
    add_not_yet(made, made.target_ids[0], "Redo the diagram.")
    text = " ".join(pdf_pages(pdf_bytes([packet(store, made)])))
    assert "What Proficient looks like: Explains each step with a labelled diagram." in text


# ----- every script ---------------------------------------------------------------------------


def fonts_of(raw: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(raw))
    found = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found.add((str(font["/BaseFont"]).split("+")[-1], embedded))
    return found


def test_a_chinese_name_prints_in_its_order_in_a_font_that_has_it(store):
    from reportlab.pdfbase import pdfmetrics

    from cbe_desktop.reports.scripts import CJK, ensure_font, font_runs

    made = make_class(store, student=("小明", "王", "zh"), name_order="family_first")
    data = packet(store, made, lang=None)
    assert data.student_name == "王小明" and data.lang == "zh"
    raw = pdf_bytes([data])
    pages = pdf_pages(raw)
    assert "王小明" in pages[0] and "我的学习" in pages[0]
    assert "王小明" in pages[1]  # the running header
    assert ("NotoSansCJKsc-Regular", True) in fonts_of(raw)
    # no empty boxes: every character is drawn by a font that has a glyph for it
    face = pdfmetrics.getFont(ensure_font(CJK)).face
    for family, run in font_runs("王小明 学生主持的家长会", "DejaVuSans"):
        assert family == CJK or not run.strip()
        assert all(ord(ch) in face.charToGlyph for ch in run if ch.strip())


def test_an_arabic_name_is_joined_right_to_left_and_copies_out_in_reading_order(store):
    made = make_class(store, student=("فاطمة", "الزهراء", "en"))
    raw = pdf_bytes([packet(store, made)])
    pages = pdf_pages(raw)
    assert "فاطمة الزهراء" in pages[0]  # joined forms read back as the letters, in order
    assert "ءارهزلا" not in pages[0].replace(" ", "")  # not backwards
    assert ("NotoSansArabic-Bold", True) in fonts_of(raw)


def text_positions(raw: bytes, page: int) -> list[tuple[str, float]]:
    reader = PdfReader(io.BytesIO(raw))
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            found.append((unicodedata.normalize("NFKC", text), tm[4] * cm[0] + cm[4]))

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_an_arabic_packet_is_laid_out_right_to_left(store):
    made = make_class(store, student=("فاطمة", "الزهراء", "ar"))
    data = packet(store, made, lang=None)
    raw = pdf_bytes([data])
    reader = PdfReader(io.BytesIO(raw))
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    pages = pdf_pages(raw)
    assert "أين أنا الآن" in " ".join(pages) and "لقاء أولياء الأمور" in pages[0]
    width = float(reader.pages[0].mediabox.width)
    # the section title and the names start on the right of the page
    title = [x for text, x in text_positions(raw, 1) if "أين أنا" in text]
    assert title and title[0] > width / 2
    assert "الصفحة 1 من" in pages[0]


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh", "vi", "pt"])
def test_every_shipped_language_prints_its_frame(demo, lang):
    with demo.store.read() as session:
        data = packet_data(session, demo.class_id, demo.with_photo, lang=lang)
    raw = pdf_bytes([data])
    text = " ".join(pdf_pages(raw))
    words = LABELS[lang]
    for key in ("sec_where", "sec_growth", "sec_working", "sec_family", "goal_today"):
        assert words[key] in text, (lang, key)
    assert PdfReader(io.BytesIO(raw)).trailer["/Root"]["/Lang"] == Labels(lang).info.pdf_lang
    assert all(embedded for _name, embedded in fonts_of(raw))


# ----- layout that holds ----------------------------------------------------------------------


def test_a_long_name_stays_in_the_header_and_an_extreme_one_is_shortened(store):
    made = make_class(store, student=("Guadalupe", "Hernández de la Cruz", "es"))
    raw = pdf_bytes([packet(store, made, "es")])
    pages = pdf_pages(raw)
    assert pages[1].startswith("Guadalupe Hernández de la Cruz Reunión dirigida")
    extreme = make_class(store, name="Other", student=("María " * 12, "de los Santos " * 8, "es"))
    raw = pdf_bytes([packet(store, extreme, "es")])
    reader = PdfReader(io.BytesIO(raw))
    width = float(reader.pages[1].mediabox.width)
    for index in range(len(reader.pages)):
        for text, x in text_positions(raw, index):
            assert 0 <= x < width, text
    assert "..." in pdf_pages(raw)[1]  # "…", as NFKC reads it


def test_two_chosen_works_never_leave_one_alone_on_a_page(store):
    made = make_class(store, targets_each=4)
    ids = add_scores(made, {t: [("2026-10-02", 3)] for t in made.target_ids}, picture=True)
    for evidence in ids[:2]:
        choose_showcase(store, made.student_id, evidence, note="Because I worked on it. " * 6)
    pages = pdf_pages(pdf_bytes([packet(store, made)]))
    for page in pages:
        if page.count("Because I worked on it.") >= 6:
            body = page.replace("Because I worked on it.", "")
            assert "The work I chose to show" in body or "My reflection" in body


def test_a_continued_table_keeps_its_competency_heading(store):
    made = make_class(store, competencies=2, targets_each=30, i_can="I can explain idea Q{n}Z.")
    pages = pdf_pages(pdf_bytes([packet(store, made)]))
    continued = [p for p in pages if "Q45Z" in p and "Where I am" not in p]
    heading = "Competency 2 I can ... My level How I am doing"
    assert continued and all(heading in p for p in continued)


def test_the_class_file_pads_each_packet_to_even_pages_and_has_bookmarks(demo):
    from cbe_desktop.core.conference import class_packets

    with demo.store.read() as session:
        chosen = class_packets(session, demo.class_id, lang="en")[:3]
    raw = pdf_bytes(chosen)
    reader = PdfReader(io.BytesIO(raw))
    pages = pdf_pages(raw)
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(starts) == 3
    assert all(start % 2 == 0 for start in starts)  # each cover on a front side
    assert len(pages) % 2 == 0
    outline = reader.outline
    students = [entry.title for entry in outline if not isinstance(entry, list)]
    assert students == [d.student_name for d in chosen]
    sections = [entry.title for entry in outline[1]]
    assert sections[:3] == ["Where I am", "How I have grown", "My next steps"]


def test_the_where_am_i_sheet_for_40_targets_is_one_page_with_a_key(store):
    made = forty_targets(store)
    add_not_yet(made, made.target_ids[0], "Redo problem 4.", due_on="2026-11-01")
    with store.read() as session:
        data = where_am_i_data(session, made.class_id, made.student_id, lang="en", on=ON)
    out = io.BytesIO()
    build_where_am_i(data, out)
    (page,) = pdf_pages(out.getvalue())
    assert "Key" in page and "Dark boxes, number and word" in page and "✓ Proficient" in page
    for n in range(1, 41):
        assert f"T{n} " in page, n
    assert "Overdue: it was due Nov 1." in page


# ----- the PDF itself -------------------------------------------------------------------------


def test_the_pdf_declares_its_language_embeds_every_font_and_reads_in_order(store):
    made = make_class(store)
    add_scores(made, {made.target_ids[0]: [("2026-10-01", 2), ("2026-10-08", 3)]})
    raw = pdf_bytes([packet(store, made, "es")])
    reader = PdfReader(io.BytesIO(raw))
    assert reader.trailer["/Root"]["/Lang"] == "es-US"
    fonts = fonts_of(raw)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any(name.startswith(("Helvetica", "Times", "Courier")) for name, _ in fonts)
    pages = pdf_pages(raw)
    # the running header comes first, the footer last: the order a reader follows
    assert pages[1].startswith("Ximena Núñez Ibáñez") and pages[1].rstrip().endswith("de 4")
    titles = [entry.title for entry in reader.outline[1]]
    assert "Dónde estoy" in titles and "Para mi familia" in titles
    # each chart has its text alternative: the same story in words
    assert "T1: 2 · En desarrollo el 1 oct, y después 3 · Competente el 8 oct." in " ".join(pages)


def test_a_familys_language_is_printed_where_the_words_exist_else_the_original(store):
    from cbe_desktop.core.conference import class_packets
    from cbe_desktop.core.models import Target
    from cbe_desktop.core.targets import save_wording

    made = make_class(store, competencies=1, targets_each=2)
    first, second = made.target_ids
    with store.read() as session:
        competency = session.get(Target, first).parent_id
    save_wording(store, first, "vi", statement="Giải bài toán.", i_can="Con giải được bài toán.")
    save_wording(store, competency, "vi", statement="Năng lực 1", i_can="")
    add_scores(made, {first: [("2026-10-01", 3)], second: [("2026-10-02", 2)]})
    with store.read() as session:
        (vi,) = class_packets(session, made.class_id, lang="vi", on=ON)
        (en,) = class_packets(session, made.class_id, lang="en", on=ON)
    text = " ".join(pdf_pages(pdf_bytes([vi])))
    assert "Con giải được bài toán." in text and "Năng lực 1" in text
    assert "I can do target 2." in text  # no Vietnamese words for it: the original
    assert "I can do target 1." not in text
    english = " ".join(pdf_pages(pdf_bytes([en])))
    assert "I can do target 1." in english and "Con giải được" not in english
