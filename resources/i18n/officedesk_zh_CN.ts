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
    <name>CrossOffDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="82"/>
        <source>Cross off (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="83"/>
        <source>Who verified the work, and when? A crossed-off line is locked: later changes need a reason.</source>
        <translation>由谁验收、何时验收？销号后事项即锁定，此后修改须说明理由。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="84"/>
        <source>Cross off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="90"/>
        <source>e.g. 经现场复查，整改到位，同意销号</source>
        <translation>如：经现场复查，整改到位，同意销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="91"/>
        <source>Verified by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="92"/>
        <source>Verified on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="93"/>
        <source>Conclusion</source>
        <translation>验收结论</translation>
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
    <name>ExtendDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="106"/>
        <source>none</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="107"/>
        <source>Extend the deadline (延期)</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="108"/>
        <source>The deadline now is {due}. The new one needs an approver and a reason.</source>
        <translation>当前时限：{due}。延期须填写批准人和延期理由。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="109"/>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="116"/>
        <source>New deadline</source>
        <translation>新时限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="117"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="118"/>
        <source>Reason</source>
        <translation>延期理由</translation>
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
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="87"/>
        <source>All channels</source>
        <translation>全部信访形式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="88"/>
        <source>All categories</source>
        <translation>全部问题类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="89"/>
        <source>All handling</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="90"/>
        <source>All units</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/filter_bar.py" line="91"/>
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
    <name>LedgerActions</name>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="50"/>
        <source>New ledger line…</source>
        <translation>新建台账事项…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="51"/>
        <source>Edit line…</source>
        <translation>编辑事项…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="53"/>
        <source>Edit line (Enter, Ctrl+Shift+O)</source>
        <translation>编辑事项（Enter、Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="54"/>
        <source>Void line…</source>
        <translation>作废事项…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="55"/>
        <source>Import a unit&apos;s sheet…</source>
        <translation>导入单位报送台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="57"/>
        <source>Export ledger…</source>
        <translation>导出隐患台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="59"/>
        <source>Print ledger…</source>
        <translation>打印隐患台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="61"/>
        <source>Export layouts…</source>
        <translation>导出列方案…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="62"/>
        <source>Ledger columns…</source>
        <translation>台账显示列…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="63"/>
        <source>Deadline reminder…</source>
        <translation>到期提醒…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="84"/>
        <source>&amp;Ledger</source>
        <translation>隐患台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="96"/>
        <source>Ledger toolbar</source>
        <translation>隐患台账工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="156"/>
        <source>Void ledger line {no}</source>
        <translation>作废台账事项 {no}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="159"/>
        <source>A voided line stays in the ledger, marked void, with this reason. Why is it void?</source>
        <translation>作废后，该事项仍保留在台账中，标记为“作废”并记录此理由。请填写作废理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="160"/>
        <source>e.g. recorded twice, see YH-2026-0012</source>
        <translation>如：重复录入，见 YH-2026-0012</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="169"/>
        <source>Void failed</source>
        <translation>作废失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="172"/>
        <source>Ledger line voided</source>
        <translation>台账事项已作废</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="177"/>
        <source>Import a unit&apos;s ledger sheet</source>
        <translation>导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="178"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="187"/>
        <source>Import refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="205"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="208"/>
        <source>Imported {added} new and {updated} updated lines</source>
        <translation>已导入：新增 {added} 条事项，更新 {updated} 条事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="214"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="214"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="215"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="217"/>
        <source>Export ledger</source>
        <translation>导出隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="234"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出隐患台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="241"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="243"/>
        <source>Exported {rows} lines to {file}</source>
        <translation>已导出 {rows} 条事项到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="250"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="256"/>
        <source>Ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="270"/>
        <source>Nothing is overdue or due soon</source>
        <translation>没有超期或临期的事项</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="38"/>
        <source>Export the ledger</source>
        <translation>导出隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="39"/>
        <source>The lines the ledger now shows (its filters apply) go to {file}.</source>
        <translation>台账当前显示的事项（按当前筛选条件）将导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="43"/>
        <source>Default (the ledgers&apos; standard columns)</source>
        <translation>默认（台账标准列）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="48"/>
        <source>The ledger as it stood that day: lines found by then and not yet crossed off</source>
        <translation>截至该日的台账：该日及以前排查发现、尚未销号的事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="50"/>
        <source>Phone numbers in full</source>
        <translation>导出完整电话号码</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="51"/>
        <source>Masked unless ticked; a full export is recorded in the audit log</source>
        <translation>不勾选则隐藏部分数字；完整导出将记入审计日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="52"/>
        <source>Phone numbers are masked unless you tick this. Full exports are recorded.</source>
        <translation>不勾选此项时，电话号码隐藏部分数字。完整导出将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="56"/>
        <source>Columns</source>
        <translation>列方案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="57"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="58"/>
        <source>Reporting unit (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="62"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="29"/>
        <source>Level (风险等级 / 隐患等级)</source>
        <translation>风险等级 / 隐患等级</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="30"/>
        <source>Responsible unit (责任单位)</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="31"/>
        <source>Lead leader (包案领导)</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="33"/>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="34"/>
        <source>Due within</source>
        <translation>距到期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="35"/>
        <source>Open lines whose deadline falls within this many days from today</source>
        <translation>只显示自今日起指定天数内到期的未销号事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="39"/>
        <source> days</source>
        <translation> 日内</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="41"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="42"/>
        <source>Show the whole ledger again</source>
        <translation>重新显示全部台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="43"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="44"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="68"/>
        <source>All units</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="69"/>
        <source>All leaders</source>
        <translation>全部包案领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_filter_bar.py" line="74"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
</context>
<context>
    <name>LedgerGroupPanel</name>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_group_panel.py" line="21"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_group_panel.py" line="21"/>
        <source>Lines</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_group_panel.py" line="21"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_group_panel.py" line="38"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/ledger_group_panel.py" line="47"/>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="52"/>
        <source>Import a unit&apos;s ledger sheet</source>
        <translation>导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="62"/>
        <source>Lines are matched on the sending unit and its own numbers: importing its updated sheet again updates them</source>
        <translation>按报送单位及其自编序号匹配事项：再次导入该单位更新后的台账，即可更新这些事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="65"/>
        <source>As the sheet says</source>
        <translation>以表格所填为准</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="68"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="71"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="71"/>
        <source>Ledger column</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="87"/>
        <source>Sending unit</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="88"/>
        <source>Kind of ledger</source>
        <translation>台账类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="96"/>
        <source>How the columns were understood:</source>
        <translation>各列的识别结果：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="99"/>
        <source>Please check afterwards:</source>
        <translation>导入后请核对：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="112"/>
        <source>File: {file} (sheet {sheet})
New lines: {new}. Lines already in the ledger, updated: {updated}.</source>
        <translation>文件：{file}（工作表 {sheet}）
新增事项 {new} 条；台账中已有而更新 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="120"/>
        <source>Not imported: {names}</source>
        <translation>未导入的列：{names}</translation>
    </message>
</context>
<context>
    <name>LedgerLayoutsDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="63"/>
        <source>Export layouts</source>
        <translation>导出列方案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="66"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="67"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="69"/>
        <source>e.g. 县应急局 monthly</source>
        <translation>如：县应急局月报</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="74"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="75"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="76"/>
        <source>Standard columns</source>
        <translation>标准列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="77"/>
        <source>Tick the ledger&apos;s standard columns for this kind again</source>
        <translation>重新勾选该类型台账的标准列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="78"/>
        <source>Save layout</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="85"/>
        <source>Layouts</source>
        <translation>列方案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="97"/>
        <source>Name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="99"/>
        <source>Tick the columns for each kind of line; drag to order them.</source>
        <translation>按事项类型分别勾选要导出的列，拖动可调整顺序。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="156"/>
        <source>Give the layout a name first.</source>
        <translation>请先填写方案名称。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="159"/>
        <source>Tick at least one column for each kind.</source>
        <translation>每种类型至少勾选一列。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_layouts_dialog.py" line="167"/>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="43"/>
        <source>Search description, unit, leader, measures, progress…</source>
        <translation>搜索事项、单位、领导、措施、进展…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="44"/>
        <source>Search all text of the ledger</source>
        <translation>在隐患台账全文中查找</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="46"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="47"/>
        <source>By responsible unit (责任单位)</source>
        <translation>按责任单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="48"/>
        <source>By lead leader (包案领导)</source>
        <translation>按包案领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="71"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="150"/>
        <source>Lines: {total}</source>
        <translation>共 {total} 条事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="150"/>
        <source>Lines shown: {shown} of {total}</source>
        <translation>显示 {shown} 条（共 {total} 条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="151"/>
        <source> · overdue: {overdue} · due within {days} days: {soon}</source>
        <translation> · 超期 {overdue} 条 · {days} 日内到期 {soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="173"/>
        <source>No ledger lines yet — press Ctrl+Shift+N to record the first one, or import a unit&apos;s sheet from the Ledger menu</source>
        <translation>尚无台账事项——按 Ctrl+Shift+N 录入第一条，或从“隐患台账”菜单导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="176"/>
        <source>Nothing matches — clear the filters</source>
        <translation>没有符合条件的事项——请清除筛选条件</translation>
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
        <location filename="../../officedesk/ui/main_window.py" line="46"/>
        <source>OfficeDesk</source>
        <translation>办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="46"/>
        <location filename="../../officedesk/ui/main_window.py" line="209"/>
        <source>in memory</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="53"/>
        <source>Register</source>
        <translation>信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="54"/>
        <source>Ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="55"/>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="55"/>
        <source>Duty table</source>
        <translation>值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="56"/>
        <source>Who is on duty each day, with holidays marked. Coming in a later version.</source>
        <translation>每日值班人员安排，并标注节假日。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="57"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="58"/>
        <source>Counts by category, channel and month. Coming in a later version.</source>
        <translation>按问题类别、信访形式和月份统计。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="126"/>
        <source>New visit…</source>
        <translation>新建登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="127"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="128"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="130"/>
        <source>Print list…</source>
        <translation>打印台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="132"/>
        <source>Print visit form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="133"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="134"/>
        <source>Edit visit…</source>
        <translation>编辑登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="135"/>
        <source>Edit visit (Enter, Ctrl+O)</source>
        <translation>编辑登记（Enter、Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="136"/>
        <source>Void visit…</source>
        <translation>作废登记…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="137"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="138"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="139"/>
        <source>Columns…</source>
        <translation>显示列…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="140"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="141"/>
        <source>Show full phone and ID numbers</source>
        <translation>显示完整的电话和身份证号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="146"/>
        <source>Open a ledger line from this visit…</source>
        <translation>由此登记建立台账事项…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="149"/>
        <location filename="../../officedesk/ui/main_window.py" line="207"/>
        <source>About OfficeDesk</source>
        <translation>关于办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="152"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="156"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="171"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="208"/>
        <source>OfficeDesk {version}
Petition register, risk ledger and duty table for a county office.

Data file: {path}</source>
        <translation>办公桌 {version}
县级机关信访登记、隐患台账和值班安排工具。

数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="224"/>
        <source>{total} visits · {overdue} overdue · {due_soon} due soon</source>
        <translation>共 {total} 条登记 · 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="226"/>
        <source>{shown} of {total} visits shown · {overdue} overdue · {due_soon} due soon</source>
        <translation>显示 {shown} 条（共 {total} 条）· 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="236"/>
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
    <name>Progress</name>
    <message>
        <location filename="../../officedesk/ui/widgets/progress_runner.py" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/record_dialog.py" line="62"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="68"/>
        <source>Void failed</source>
        <translation>作废失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="71"/>
        <source>Visit voided</source>
        <translation>登记已作废</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="90"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="90"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="91"/>
        <source>PDF list (*.pdf)</source>
        <translation>PDF 台账 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="92"/>
        <location filename="../../officedesk/ui/register_actions.py" line="118"/>
        <source>Export register</source>
        <translation>导出登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="106"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="112"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="114"/>
        <source>Exported {rows} visits to {file}</source>
        <translation>已导出 {rows} 条登记到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="119"/>
        <source>Phone and ID numbers are masked in exports. Export them in full?
Full exports are recorded in the audit log.</source>
        <translation>导出时电话和身份证号默认隐藏部分数字。是否导出完整号码？
完整导出将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="122"/>
        <source>Masked</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="123"/>
        <source>In full</source>
        <translation>完整导出</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="136"/>
        <source>Preparing the list…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="142"/>
        <location filename="../../officedesk/ui/register_actions.py" line="153"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="144"/>
        <source>Register list</source>
        <translation>信访接待登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="155"/>
        <source>Visit form</source>
        <translation>来访登记表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="165"/>
        <source>Import visits</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="166"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="175"/>
        <source>Import refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="186"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="189"/>
        <source>Imported {count} visits from {file}</source>
        <translation>已从 {file} 导入 {count} 条登记</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="131"/>
        <source>No visits yet — press Ctrl+N to register the first one</source>
        <translation>尚无登记——按 Ctrl+N 登记第一条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/register_view.py" line="133"/>
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
    <name>ReminderDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="48"/>
        <source>Reminder: deadlines</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="52"/>
        <source>Today is {today}. These need attention (due soon: within {days} days). Double-click one to open it.</source>
        <translation>今天是 {today}。以下事项需要关注（临期：{days} 日内到期）。双击可打开。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="56"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="56"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="56"/>
        <source>Who</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="56"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="66"/>
        <source>Overdue ledger lines</source>
        <translation>超期的台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="67"/>
        <source>Ledger lines due soon</source>
        <translation>临期的台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="68"/>
        <source>Overdue visits</source>
        <translation>超期的信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="69"/>
        <source>Visits due soon</source>
        <translation>临期的信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="77"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="58"/>
        <source>Facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="59"/>
        <source>Responsibility &amp;&amp; measures</source>
        <translation>责任与措施</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="60"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="61"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="62"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="63"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="149"/>
        <source>New ledger line</source>
        <translation>新建台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="149"/>
        <source>Ledger line {no}</source>
        <translation>台账事项 {no}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="195"/>
        <source>Change a crossed-off line</source>
        <translation>修改已销号事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="196"/>
        <source>This line is crossed off (销号) and locked. Why is it changed?</source>
        <translation>该事项已销号并锁定。请填写修改理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="238"/>
        <source>Save the line first</source>
        <translation>请先保存该事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="254"/>
        <source>Discard the changes made to this line?</source>
        <translation>放弃对此事项所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>RiskFactsPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="54"/>
        <source>e.g. 应急管理部令第10号 第X条</source>
        <translation>如：应急管理部令第10号 第X条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="57"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="81"/>
        <source>Basic facts (基本情况)</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="83"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="84"/>
        <source>Found on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="85"/>
        <source>Source</source>
        <translation>排查方式</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="86"/>
        <source>Checked by</source>
        <translation>排查人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="87"/>
        <source>Checked unit</source>
        <translation>被检查单位/排查单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="88"/>
        <source>Place</source>
        <translation>属地/部位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="89"/>
        <source>Description</source>
        <translation>事项名称及简要情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="90"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="91"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="92"/>
        <source>Basis of the level</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="93"/>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="94"/>
        <source>Links (关联)</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="124"/>
        <source>Not linked to a visit or a unit&apos;s sheet.</source>
        <translation>未关联信访登记或单位报送台账。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="130"/>
        <source>From visit {no} of {day}: {requests}</source>
        <translation>来自 {day} 的信访登记 {no}：{requests}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_facts_page.py" line="133"/>
        <source>From the sheet of {unit}, their No. {no}</source>
        <translation>来自 {unit} 报送的台账，原序号 {no}</translation>
    </message>
</context>
<context>
    <name>RiskHistoryPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="121"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="121"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>RiskMeasuresPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="37"/>
        <source>in 10,000 yuan (万元), as written</source>
        <translation>单位：万元，按原文填写</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="67"/>
        <source>Responsibility and measures (责任与措施)</source>
        <translation>责任与措施</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="69"/>
        <source>Lead leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="70"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="71"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="72"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="73"/>
        <source>Measures</source>
        <translation>化解/整改措施</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="74"/>
        <source>Funds</source>
        <translation>整改资金（万元）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="75"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="76"/>
        <source>Interim controls / plan</source>
        <translation>临时管控措施/应急预案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="78"/>
        <source>Listed supervision (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="80"/>
        <source>Level</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="81"/>
        <source>Document no.</source>
        <translation>督办文号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="82"/>
        <source>Date</source>
        <translation>督办日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="84"/>
        <source>Outcome</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="86"/>
        <source>Work done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="87"/>
        <source>Result</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_measures_page.py" line="88"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RiskProgressPanel</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="42"/>
        <source>Progress (进展)</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="46"/>
        <source>What was done</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="57"/>
        <source>What was done, e.g. met both parties at the site</source>
        <translation>进展情况，如：到现场约见双方当事人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="58"/>
        <source>Add progress</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="94"/>
        <source>Save the line first; then progress can be logged here.</source>
        <translation>请先保存事项，之后可在此记录进展。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="96"/>
        <source>Nothing logged yet.</source>
        <translation>尚无进展记录。</translation>
    </message>
</context>
<context>
    <name>RiskStateBar</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="35"/>
        <source>Start work</source>
        <translation>开始整改/化解</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="36"/>
        <source>Ready for acceptance</source>
        <translation>提请验收</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="37"/>
        <source>Cross off (销号)…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="38"/>
        <source>Back to work</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="39"/>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="40"/>
        <source>A later deadline (延期), with the approver and the reason</source>
        <translation>延长时限，须填写批准人和延期理由</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="84"/>
        <source>Major hazard — five in place (五到位) still missing: {items}</source>
        <translation>重大隐患——“五到位”尚缺：{items}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="88"/>
        <source>Major hazard — five in place (五到位): complete</source>
        <translation>重大隐患——“五到位”已齐全</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="94"/>
        <source>No deadline set</source>
        <translation>未设定时限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="96"/>
        <source>Deadline {due}</source>
        <translation>时限 {due}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="98"/>
        <source>extended from {due} (approved by {who}: {why})</source>
        <translation>由 {due} 延期（批准人：{who}；理由：{why}）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="102"/>
        <source>crossed off {day}, verified by {who} on {on}</source>
        <translation>{day} 销号，{who} 于 {on} 验收</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_bar.py" line="108"/>
        <source>void: {reason}</source>
        <translation>作废：{reason}</translation>
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
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="55"/>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="56"/>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="57"/>
        <source>Progress &amp;&amp; history</source>
        <translation>进展与修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="60"/>
        <source>Print registration form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="61"/>
        <source>Prints the visit as last saved</source>
        <translation>打印最后一次保存的内容</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="63"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="64"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="163"/>
        <source>New visit</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="165"/>
        <source>Visit %1</source>
        <translation>信访事项 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="207"/>
        <source>Registration form %1</source>
        <translation>来访登记表 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="210"/>
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
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="33"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="38"/>
        <source>What was done, e.g. visited the site with the handling unit</source>
        <translation>办理情况，如：会同承办单位到现场查看</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="39"/>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="45"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="57"/>
        <source>Progress notes</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="62"/>
        <source>Save the visit first; then progress notes can be added here.</source>
        <translation>请先保存登记，之后可在此添加办理进展。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="67"/>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../officedesk/ui/models/visit_table_model.py" line="83"/>
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
