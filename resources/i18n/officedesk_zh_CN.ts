<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../officedesk/ui/application.py" line="55"/>
        <source>The data file cannot be opened:
{path}

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/application.py" line="56"/>
        <location filename="../../officedesk/ui/application.py" line="70"/>
        <source>OfficeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/application.py" line="63"/>
        <source>This register is new and empty.

Load {count} sample visits to try the program? They are marked as demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="26"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="39"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="40"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="57"/>
        <source>Tick the columns to show. Drag to change their order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="84"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="84"/>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="87"/>
        <source>Acceptance notice (§23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="88"/>
        <source>Objection, matter outside remit (§23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="89"/>
        <source>Handling (§34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="90"/>
        <source>Longest extension (§34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="91"/>
        <source>Review request (§35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="92"/>
        <source>Review answer (§35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="93"/>
        <source>Re-check request (§36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="94"/>
        <source>Re-check answer (§36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="97"/>
        <source>Periods of the Regulations on Letters and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="106"/>
        <source>Move a last day on a rest day to the next working day (民法典 §203)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="108"/>
        <source>Restore the national periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="111"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="119"/>
        <source> people or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="120"/>
        <source>Due soon within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="121"/>
        <source>Group visit at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="122"/>
        <source>Changed periods are applied to every open visit when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="131"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="32"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="36"/>
        <source>No deadline applies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="56"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="68"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="50"/>
        <source>Received on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="51"/>
        <source>Received on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="52"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="53"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="54"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="55"/>
        <source>Handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="57"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="58"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="59"/>
        <source>Show the whole register again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="64"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="66"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="93"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="94"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="95"/>
        <source>All handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="96"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="97"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDateEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="26"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="49"/>
        <source>The built-in official calendar covers the years up to %1. When the State Council (国务院) publishes the holiday notice for a later year, enter its holidays and make-up working days here. Entries here take precedence over the built-in calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="70"/>
        <source>e.g. 元旦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="72"/>
        <source>e.g. the notice&apos;s document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="73"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="74"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="90"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="32"/>
        <source>Import visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="35"/>
        <source>File: {file} (sheet {sheet})
Visits to add: {new}. Already in the register, skipped: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="42"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="42"/>
        <source>Register column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="52"/>
        <source>How the columns were understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="55"/>
        <source>Not imported: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="59"/>
        <source>Please check afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="40"/>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="41"/>
        <source>Add subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="42"/>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="46"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="43"/>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="47"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="45"/>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="49"/>
        <source>Categories (two levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="56"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="62"/>
        <source>Renaming or removing an entry changes what the form offers; visits already registered keep the name they were saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="79"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="127"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="137"/>
        <source>New subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="159"/>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="41"/>
        <source>OfficeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="41"/>
        <location filename="../../officedesk/ui/main_window.py" line="185"/>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="48"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="49"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="49"/>
        <source>Risk ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="50"/>
        <source>Disputes and safety hazards with their owners and deadlines. Coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="51"/>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="51"/>
        <source>Duty table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="52"/>
        <source>Who is on duty each day, with holidays marked. Coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="53"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="54"/>
        <source>Counts by category, channel and month. Coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="119"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="120"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="121"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="123"/>
        <source>Print list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="125"/>
        <source>Print visit form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="126"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="127"/>
        <source>Edit visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="128"/>
        <source>Edit visit (Enter, Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="129"/>
        <source>Void visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="130"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="131"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="132"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="133"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="134"/>
        <source>Show full phone and ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="137"/>
        <location filename="../../officedesk/ui/main_window.py" line="183"/>
        <source>About OfficeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="140"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="155"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="184"/>
        <source>OfficeDesk {version}
Petition register, risk ledger and duty table for a county office.

Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="199"/>
        <source>{total} visits · {overdue} overdue · {due_soon} due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="201"/>
        <source>{shown} of {total} visits shown · {overdue} overdue · {due_soon} due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="211"/>
        <source>The official holiday calendar for {years} is not known yet; deadlines count weekends only. Add the holidays in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="51"/>
        <source>Printed at the top of forms and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="53"/>
        <source>empty: the computer&apos;s login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="54"/>
        <source>Recorded as the author of every change in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="56"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="57"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="60"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="75"/>
        <source>Enter the office name: it heads every printed form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/optional_date_edit.py" line="59"/>
        <source>Set this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/optional_date_edit.py" line="64"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="117"/>
        <source>The saved file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="140"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="146"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="148"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="159"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="74"/>
        <source>Void failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="77"/>
        <source>Visit voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="96"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="96"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="97"/>
        <source>PDF list (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="99"/>
        <location filename="../../officedesk/ui/register_actions.py" line="125"/>
        <source>Export register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="113"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="119"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="121"/>
        <source>Exported {rows} visits to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="126"/>
        <source>Phone and ID numbers are masked in exports. Export them in full?
Full exports are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="129"/>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="130"/>
        <source>In full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="142"/>
        <source>Preparing the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="148"/>
        <location filename="../../officedesk/ui/register_actions.py" line="159"/>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="150"/>
        <source>Register list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="161"/>
        <source>Visit form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="171"/>
        <source>Import visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="172"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="181"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="192"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="195"/>
        <source>Imported {count} visits from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="199"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="150"/>
        <source>No visits yet — press Ctrl+N to register the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="152"/>
        <source>Nothing matches — clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="80"/>
        <source>Possibly related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="84"/>
        <source>Earlier visits with the same phone, ID number or a similar request show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="87"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="88"/>
        <source>Record the selected visit as related to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="92"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="124"/>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../officedesk/ui/widgets/search_box.py" line="19"/>
        <source>Search name, phone, request, number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/search_box.py" line="20"/>
        <source>Search all text of the register (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="62"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="63"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="64"/>
        <source>Progress &amp;&amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="67"/>
        <source>Print registration form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="68"/>
        <source>Prints the visit as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="70"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="71"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="176"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="178"/>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="222"/>
        <source>Registration form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="229"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="230"/>
        <source>Discard the changes made to this visit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHandlingPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="59"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="75"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="80"/>
        <source>Acceptance (§23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="81"/>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="81"/>
        <source>Handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="82"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="82"/>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="83"/>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="85"/>
        <source>Reply (§32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="86"/>
        <source>Replied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="86"/>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="87"/>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="87"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="89"/>
        <source>Extension (§34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="90"/>
        <source>Extended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="90"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="91"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="91"/>
        <source>Petitioner told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="93"/>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="94"/>
        <source>Followed up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="94"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="95"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="95"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="96"/>
        <source>Why no follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="98"/>
        <source>Review (§35) and re-check (§36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="99"/>
        <source>Review requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="99"/>
        <source>Review result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="100"/>
        <source>Re-check requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="101"/>
        <source>Re-check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="103"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="104"/>
        <source>Petitioner settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="104"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="105"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="105"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitIntakePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="62"/>
        <source>Group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="66"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="67"/>
        <source>The petitioner does not give a name: records %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="70"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="81"/>
        <source>petition system no., 12345 ticket, transfer document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="111"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="112"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="113"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="114"/>
        <source>Petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="115"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="116"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="117"/>
        <source>Address or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="118"/>
        <source>Issue locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="119"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="121"/>
        <source>Matter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="122"/>
        <source>Main facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="123"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="124"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="125"/>
        <source>Receiving leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="126"/>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitProgressPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="36"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="36"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>What was done, e.g. visited the site with the handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="64"/>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="69"/>
        <source>Save the visit first; then progress notes can be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="74"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../officedesk/ui/models/visit_table_model.py" line="176"/>
        <source>{count} group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="19"/>
        <source>Void visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="19"/>
        <source>Void visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="20"/>
        <source>A voided visit stays in the register, marked void, with this reason. Why is it void?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="24"/>
        <source>e.g. registered twice, see XF-2026-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="27"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
