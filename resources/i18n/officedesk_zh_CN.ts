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
        <translation>无法打开数据文件：
{path}

{reason}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/application.py" line="56"/>
        <location filename="../../officedesk/ui/application.py" line="70"/>
        <source>OfficeDesk</source>
        <translation>办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/application.py" line="63"/>
        <source>This register is new and empty.

Load {count} sample visits to try the program? They are marked as demo data.</source>
        <translation>这是一个新建的空白登记台账。

是否载入 {count} 条示例登记来试用本程序？这些数据会标记为演示数据。</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="26"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="39"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="40"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="57"/>
        <source>Tick the columns to show. Drag to change their order.</source>
        <translation>勾选要显示的列，拖动可调整顺序。</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="84"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="84"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="87"/>
        <source>Acceptance notice (§23)</source>
        <translation>受理告知（第二十三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="88"/>
        <source>Objection, matter outside remit (§23)</source>
        <translation>不属职权范围的异议（第二十三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="89"/>
        <source>Handling (§34)</source>
        <translation>办理（第三十四条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="90"/>
        <source>Longest extension (§34)</source>
        <translation>最长延期（第三十四条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="91"/>
        <source>Review request (§35)</source>
        <translation>复查申请（第三十五条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="92"/>
        <source>Review answer (§35)</source>
        <translation>复查答复（第三十五条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="93"/>
        <source>Re-check request (§36)</source>
        <translation>复核申请（第三十六条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="94"/>
        <source>Re-check answer (§36)</source>
        <translation>复核答复（第三十六条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="97"/>
        <source>Periods of the Regulations on Letters and Visits</source>
        <translation>《信访工作条例》规定的期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="106"/>
        <source>Move a last day on a rest day to the next working day (民法典 §203)</source>
        <translation>期限最后一日为休息日的，顺延至下一个工作日（民法典第二百零三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="108"/>
        <source>Restore the national periods</source>
        <translation>恢复国家规定的期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="111"/>
        <source>Register</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="119"/>
        <source> people or more</source>
        <translation> 人及以上</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="120"/>
        <source>Due soon within</source>
        <translation>临期提醒提前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="121"/>
        <source>Group visit at</source>
        <translation>集体访标准</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="122"/>
        <source>Changed periods are applied to every open visit when you press OK.</source>
        <translation>点击“确定”后，修改后的期限将应用于所有未办结的登记。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="131"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="32"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="36"/>
        <source>No deadline applies yet.</source>
        <translation>暂无适用的期限。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="56"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="68"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="50"/>
        <source>Received on or after this day</source>
        <translation>登记时间不早于此日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="51"/>
        <source>Received on or before this day</source>
        <translation>登记时间不晚于此日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="52"/>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="53"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="54"/>
        <source>Handling</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="55"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="56"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="57"/>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="58"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="59"/>
        <source>Show the whole register again</source>
        <translation>重新显示全部登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="64"/>
        <source>From</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="66"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="93"/>
        <source>All channels</source>
        <translation>全部信访形式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="94"/>
        <source>All categories</source>
        <translation>全部问题类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="95"/>
        <source>All handling</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="96"/>
        <source>All units</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="97"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>FilterDateEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="26"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="49"/>
        <source>The built-in official calendar covers the years up to %1. When the State Council (国务院) publishes the holiday notice for a later year, enter its holidays and make-up working days here. Entries here take precedence over the built-in calendar.</source>
        <translation>内置的官方节假日日历涵盖至 %1 年。国务院发布以后年份的节假日安排通知后，请在此录入节假日和调休上班日（补班）。此处录入的日期优先于内置日历。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="55"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="70"/>
        <source>e.g. 元旦</source>
        <translation>如：元旦</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="72"/>
        <source>e.g. the notice&apos;s document number</source>
        <translation>如：通知文号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="73"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="74"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="90"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="32"/>
        <source>Import visits</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="35"/>
        <source>File: {file} (sheet {sheet})
Visits to add: {new}. Already in the register, skipped: {skipped}.</source>
        <translation>文件：{file}（工作表 {sheet}）
将新增登记 {new} 条；台账中已有而跳过 {skipped} 条。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="42"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="42"/>
        <source>Register column</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="52"/>
        <source>How the columns were understood:</source>
        <translation>各列的识别结果：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="55"/>
        <source>Not imported: {names}</source>
        <translation>未导入的列：{names}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="59"/>
        <source>Please check afterwards:</source>
        <translation>导入后请核对：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="40"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="41"/>
        <source>Add subcategory</source>
        <translation>添加子类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="42"/>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="46"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="43"/>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="47"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="45"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="49"/>
        <source>Categories (two levels)</source>
        <translation>问题类别（两级）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="56"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="62"/>
        <source>Renaming or removing an entry changes what the form offers; visits already registered keep the name they were saved with.</source>
        <translation>重命名或删除条目只改变登记时可选的项目；已登记的信访事项仍保留保存时的名称。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="79"/>
        <source>Lists</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="127"/>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="137"/>
        <source>New subcategory</source>
        <translation>新子类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_lists_page.py" line="159"/>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="41"/>
        <source>OfficeDesk</source>
        <translation>办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="41"/>
        <location filename="../../officedesk/ui/main_window.py" line="185"/>
        <source>in memory</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="48"/>
        <source>Register</source>
        <translation>信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="49"/>
        <source>Ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="49"/>
        <source>Risk ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="50"/>
        <source>Disputes and safety hazards with their owners and deadlines. Coming in a later version.</source>
        <translation>矛盾纠纷和安全隐患，以及各项的责任人和时限。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="51"/>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="51"/>
        <source>Duty table</source>
        <translation>值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="52"/>
        <source>Who is on duty each day, with holidays marked. Coming in a later version.</source>
        <translation>每日值班人员安排，并标注节假日。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="53"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="54"/>
        <source>Counts by category, channel and month. Coming in a later version.</source>
        <translation>按问题类别、信访形式和月份统计。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="119"/>
        <source>New visit…</source>
        <translation>新建登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="120"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="121"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="123"/>
        <source>Print list…</source>
        <translation>打印台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="125"/>
        <source>Print visit form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="126"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="127"/>
        <source>Edit visit…</source>
        <translation>编辑登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="128"/>
        <source>Edit visit (Enter, Ctrl+O)</source>
        <translation>编辑登记（Enter、Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="129"/>
        <source>Void visit…</source>
        <translation>作废登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="130"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="131"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="132"/>
        <source>Columns…</source>
        <translation>显示列…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="133"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="134"/>
        <source>Show full phone and ID numbers</source>
        <translation>显示完整的电话和身份证号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="137"/>
        <location filename="../../officedesk/ui/main_window.py" line="183"/>
        <source>About OfficeDesk</source>
        <translation>关于办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="140"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="155"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="184"/>
        <source>OfficeDesk {version}
Petition register, risk ledger and duty table for a county office.

Data file: {path}</source>
        <translation>办公桌 {version}
县级机关信访登记、隐患台账和值班安排工具。

数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="199"/>
        <source>{total} visits · {overdue} overdue · {due_soon} due soon</source>
        <translation>共 {total} 条登记 · 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="201"/>
        <source>{shown} of {total} visits shown · {overdue} overdue · {due_soon} due soon</source>
        <translation>显示 {shown} 条（共 {total} 条）· 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="211"/>
        <source>The official holiday calendar for {years} is not known yet; deadlines count weekends only. Add the holidays in Settings.</source>
        <translation>尚无 {years} 年的官方节假日安排，期限计算暂只扣除周末。请在“设置”中添加节假日。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="51"/>
        <source>Printed at the top of forms and lists</source>
        <translation>打印在登记表和台账的抬头</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="53"/>
        <source>empty: the computer&apos;s login name</source>
        <translation>留空则使用计算机登录名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="54"/>
        <source>Recorded as the author of every change in the history</source>
        <translation>作为每项修改的操作人记入修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="56"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="57"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="60"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="75"/>
        <source>Enter the office name: it heads every printed form.</source>
        <translation>请填写单位名称：它将印在每份打印表格的抬头。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/optional_date_edit.py" line="59"/>
        <source>Set this date</source>
        <translation>填写此日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/optional_date_edit.py" line="64"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="131"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="137"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="139"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="150"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="74"/>
        <source>Void failed</source>
        <translation>作废失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="77"/>
        <source>Visit voided</source>
        <translation>登记已作废</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="96"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="96"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="97"/>
        <source>PDF list (*.pdf)</source>
        <translation>PDF 台账 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="99"/>
        <location filename="../../officedesk/ui/register_actions.py" line="125"/>
        <source>Export register</source>
        <translation>导出登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="113"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="119"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="121"/>
        <source>Exported {rows} visits to {file}</source>
        <translation>已导出 {rows} 条登记到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="126"/>
        <source>Phone and ID numbers are masked in exports. Export them in full?
Full exports are recorded in the audit log.</source>
        <translation>导出时电话和身份证号默认隐藏部分数字。是否导出完整号码？
完整导出将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="129"/>
        <source>Masked</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="130"/>
        <source>In full</source>
        <translation>完整导出</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="142"/>
        <source>Preparing the list…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="148"/>
        <location filename="../../officedesk/ui/register_actions.py" line="159"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="150"/>
        <source>Register list</source>
        <translation>信访接待登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="161"/>
        <source>Visit form</source>
        <translation>来访登记表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="171"/>
        <source>Import visits</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="172"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="181"/>
        <source>Import refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="192"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="195"/>
        <source>Imported {count} visits from {file}</source>
        <translation>已从 {file} 导入 {count} 条登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="199"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="150"/>
        <source>No visits yet — press Ctrl+N to register the first one</source>
        <translation>尚无登记——按 Ctrl+N 登记第一条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="152"/>
        <source>Nothing matches — clear the filters</source>
        <translation>没有符合条件的登记——请清除筛选条件</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="80"/>
        <source>Possibly related</source>
        <translation>可能相关</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="84"/>
        <source>Earlier visits with the same phone, ID number or a similar request show here.</source>
        <translation>电话、身份证号相同或诉求相似的以往登记会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="87"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="88"/>
        <source>Record the selected visit as related to this one</source>
        <translation>将所选登记记为与本件相关</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="92"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_side_panels.py" line="124"/>
        <source>Linked to %1</source>
        <translation>已关联 %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../officedesk/ui/widgets/search_box.py" line="19"/>
        <source>Search name, phone, request, number…</source>
        <translation>搜索姓名、电话、诉求、编号…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/search_box.py" line="20"/>
        <source>Search all text of the register (Ctrl+F)</source>
        <translation>在登记台账全文中查找（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="62"/>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="63"/>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="64"/>
        <source>Progress &amp;&amp; history</source>
        <translation>进展与修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="67"/>
        <source>Print registration form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="68"/>
        <source>Prints the visit as last saved</source>
        <translation>打印最后一次保存的内容</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="71"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="176"/>
        <source>New visit</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="178"/>
        <source>Visit %1</source>
        <translation>信访事项 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="222"/>
        <source>Registration form %1</source>
        <translation>来访登记表 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="229"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="230"/>
        <source>Discard the changes made to this visit?</source>
        <translation>放弃对此登记所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>VisitHandlingPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="59"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="60"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="75"/>
        <source>Suspended</source>
        <translation>中止办理</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="80"/>
        <source>Acceptance (§23)</source>
        <translation>受理（第二十三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="81"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="81"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="82"/>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="82"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="83"/>
        <source>Acceptance notice</source>
        <translation>受理告知日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="85"/>
        <source>Reply (§32)</source>
        <translation>答复（第三十二条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="86"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="86"/>
        <source>Reply by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="87"/>
        <source>Document no.</source>
        <translation>文书号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="87"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="89"/>
        <source>Extension (§34)</source>
        <translation>延期（第三十四条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="90"/>
        <source>Extended by</source>
        <translation>延期天数</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="90"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="91"/>
        <source>Reason</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="91"/>
        <source>Petitioner told on</source>
        <translation>告知信访人日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="93"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="94"/>
        <source>Followed up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="94"/>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="95"/>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="95"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="96"/>
        <source>Why no follow-up</source>
        <translation>未回访原因</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="98"/>
        <source>Review (§35) and re-check (§36)</source>
        <translation>复查（第三十五条）与复核（第三十六条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="99"/>
        <source>Review requested</source>
        <translation>复查申请日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="99"/>
        <source>Review result</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="100"/>
        <source>Re-check requested</source>
        <translation>复核申请日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="101"/>
        <source>Re-check result</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="103"/>
        <source>Closing</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="104"/>
        <source>Petitioner settled</source>
        <translation>息诉罢访</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="104"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="105"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_handling_page.py" line="105"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitIntakePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="62"/>
        <source>Group visit</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="66"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="67"/>
        <source>The petitioner does not give a name: records %1</source>
        <translation>信访人不愿留名：记为“%1”</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="70"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="81"/>
        <source>petition system no., 12345 ticket, transfer document no.</source>
        <translation>信访件号、12345 工单号、转送文号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="111"/>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="112"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="113"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="114"/>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="115"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="116"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="117"/>
        <source>Address or employer</source>
        <translation>住址或单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="118"/>
        <source>Issue locality</source>
        <translation>问题属地</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="119"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="121"/>
        <source>Matter type</source>
        <translation>事项性质</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="122"/>
        <source>Main facts</source>
        <translation>主要事实</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="123"/>
        <source>Requests</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="124"/>
        <source>Receiver</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="125"/>
        <source>Receiving leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_intake_page.py" line="126"/>
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
</context>
<context>
    <name>VisitProgressPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="36"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>What was done, e.g. visited the site with the handling unit</source>
        <translation>办理情况，如：会同承办单位到现场查看</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="52"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="64"/>
        <source>Progress notes</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="69"/>
        <source>Save the visit first; then progress notes can be added here.</source>
        <translation>请先保存登记，之后可在此添加办理进展。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="74"/>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../officedesk/ui/models/visit_table_model.py" line="176"/>
        <source>{count} group</source>
        <translation>{count} 集体访</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="19"/>
        <source>Void visit %1</source>
        <translation>作废登记 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="19"/>
        <source>Void visit</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="20"/>
        <source>A voided visit stays in the register, marked void, with this reason. Why is it void?</source>
        <translation>作废后，该登记仍保留在台账中，标记为“作废”并记录此理由。请填写作废理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="24"/>
        <source>e.g. registered twice, see XF-2026-0012</source>
        <translation>如：重复登记，见 XF-2026-0012</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="27"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
</TS>
