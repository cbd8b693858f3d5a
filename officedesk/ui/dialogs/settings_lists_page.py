"""The Lists page: the two-level 问题类别 list and the units (承办单位) offered in the visit form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.visits import Category
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_pages import SettingsPage

_EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _unique(names: list[str]) -> list[str]:
    """Trimmed, without blanks or repeats (the lists feed combo boxes), in the order given."""
    seen: list[str] = []
    for name in (n.strip() for n in names):
        if name and name not in seen:
            seen.append(name)
    return seen


class ListsPage(SettingsPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.categories = QTreeWidget()
        self.categories.setHeaderHidden(True)
        self.add_category = QPushButton(self.tr("Add category"))
        self.add_subcategory = QPushButton(self.tr("Add subcategory"))
        self.rename_category = QPushButton(self.tr("Rename"))
        self.remove_category = QPushButton(self.tr("Remove"))
        self.units = QListWidget()
        self.add_unit = QPushButton(self.tr("Add unit"))
        self.rename_unit = QPushButton(self.tr("Rename"))
        self.remove_unit = QPushButton(self.tr("Remove"))

        cat_box = QGroupBox(self.tr("Categories (two levels)"))
        cat_grid = QGridLayout(cat_box)
        cat_grid.addWidget(self.categories, 0, 0, 5, 1)
        for row, button in enumerate((self.add_category, self.add_subcategory, self.rename_category,
                                      self.remove_category)):  # fmt: skip
            cat_grid.addWidget(button, row, 1)
        cat_grid.setRowStretch(4, 1)
        unit_box = QGroupBox(self.tr("Units"))
        unit_grid = QGridLayout(unit_box)
        unit_grid.addWidget(self.units, 0, 0, 4, 1)
        for row, button in enumerate((self.add_unit, self.rename_unit, self.remove_unit)):
            unit_grid.addWidget(button, row, 1)
        unit_grid.setRowStretch(3, 1)
        note = QLabel(self.tr("Renaming or removing an entry changes what the form offers; visits already "
                              "registered keep the name they were saved with."))  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(cat_box, 3)
        layout.addWidget(unit_box, 2)
        layout.addWidget(note)

        self.add_category.clicked.connect(self._add_category)
        self.add_subcategory.clicked.connect(self._add_subcategory)
        self.rename_category.clicked.connect(lambda: self._edit_current_category())
        self.remove_category.clicked.connect(self._remove_category)
        self.add_unit.clicked.connect(self._add_unit)
        self.rename_unit.clicked.connect(lambda: self._edit_current_unit())
        self.remove_unit.clicked.connect(lambda: self.units.takeItem(self.units.currentRow()))

    def title(self) -> str:
        return self.tr("Lists")

    # --- load / save --------------------------------------------------------------------------
    def load(self) -> None:
        self.categories.clear()
        for category in self.desk.settings.categories():
            top = self._category_item(category.name)
            self.categories.addTopLevelItem(top)
            for child in category.children:
                top.addChild(self._category_item(child))
        self.categories.expandAll()
        self.units.clear()
        for name in self.desk.settings.units():
            self.units.addItem(self._unit_item(name))

    def category_list(self) -> list[Category]:
        tops = [self.categories.topLevelItem(i) for i in range(self.categories.topLevelItemCount())]
        children: dict[str, list[str]] = {}
        for top in (t for t in tops if t is not None):
            # A name typed twice is one category: the subcategories of both are merged.
            kids = [top.child(j) for j in range(top.childCount())]
            children.setdefault(top.text(0).strip(), []).extend(k.text(0) for k in kids if k is not None)
        return [Category(name, children=tuple(_unique(children[name]))) for name in _unique(list(children))]

    def unit_list(self) -> list[str]:
        return _unique([self.units.item(i).text() for i in range(self.units.count())])

    def save(self) -> None:
        s = self.desk.settings
        categories = self.category_list()
        if categories != s.categories():
            s.set_categories(categories)
        units = self.unit_list()
        if units != s.units():
            s.set_units(units)

    # --- editing ------------------------------------------------------------------------------
    def _category_item(self, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name])
        item.setFlags(_EDITABLE)
        return item

    def _unit_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(_EDITABLE)
        return item

    def _add_category(self) -> None:
        item = self._category_item(self.tr("New category"))
        self.categories.addTopLevelItem(item)
        self.categories.setCurrentItem(item)
        self.categories.editItem(item)

    def _add_subcategory(self) -> None:
        current = self.categories.currentItem()
        if current is None:
            return
        parent = current.parent() or current
        item = self._category_item(self.tr("New subcategory"))
        parent.addChild(item)
        parent.setExpanded(True)
        self.categories.setCurrentItem(item)
        self.categories.editItem(item)

    def _edit_current_category(self) -> None:
        current = self.categories.currentItem()
        if current is not None:
            self.categories.editItem(current)

    def _remove_category(self) -> None:
        current = self.categories.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is not None:
            parent.removeChild(current)
        else:
            self.categories.takeTopLevelItem(self.categories.indexOfTopLevelItem(current))

    def _add_unit(self) -> None:
        item = self._unit_item(self.tr("New unit"))
        self.units.addItem(item)
        self.units.setCurrentItem(item)
        self.units.editItem(item)

    def _edit_current_unit(self) -> None:
        current = self.units.currentItem()
        if current is not None:
            self.units.editItem(current)
