"""What a sync file would bring, counted by kind, in the Receive tab's tree."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from cbe_desktop.sync import conflicts
from cbe_desktop.sync.exchange import ImportSummary
from cbe_desktop.ui.i18n import say, tr_word

COUNT_ROWS = (
    ("new", QT_TRANSLATE_NOOP("Words", "New")),
    ("updated", QT_TRANSLATE_NOOP("Words", "Updated")),
    ("unchanged", QT_TRANSLATE_NOOP("Words", "Unchanged")),
    ("conflicts", QT_TRANSLATE_NOOP("Words", "Conflicts: both versions kept for you to choose")),
    (
        "flagged",
        QT_TRANSLATE_NOOP("Words", "Stamped far in the future (a laptop whose clock is wrong)"),
    ),
)


def fill_counts(tree: QTreeWidget, summary: ImportSummary) -> None:
    """New / updated / unchanged / conflicts, each opening onto its tables in words."""
    tree.clear()
    totals = summary.totals
    for key, words in ((k, tr_word(w)) for k, w in COUNT_ROWS):
        total = getattr(totals, key)
        if key == "flagged" and not total:
            continue
        item = QTreeWidgetItem([words, f"{total:,}"])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for table, counts in summary.tables.items():
            n = getattr(counts, key)
            if n:
                child = QTreeWidgetItem(
                    item, [say(conflicts.table_words(table, plural=True)), f"{n:,}"]
                )
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{words}: {total:,}")
        tree.addTopLevelItem(item)
        if key in ("conflicts", "flagged", "new", "updated") and total:
            item.setExpanded(True)
    carried = summary.tables.get("conflict")
    if carried is not None and carried.new:
        tree.addTopLevelItem(
            QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "SyncPage",
                        "Conflicts recorded on the other laptop (open there, or already settled)",
                    ),
                    f"{carried.new:,}",
                ]
            )
        )
    if summary.attachments_added or summary.attachments_missing:
        files = QTreeWidgetItem(
            [
                QCoreApplication.translate("SyncPage", "Attached files stored"),
                f"{summary.attachments_added:,}",
            ]
        )
        tree.addTopLevelItem(files)
        if summary.attachments_missing:
            tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        QCoreApplication.translate(
                            "SyncPage", "Attached files missing from the file (ask for a new file)"
                        ),
                        f"{summary.attachments_missing:,}",
                    ]
                )
            )
