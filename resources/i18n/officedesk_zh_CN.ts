<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../officedesk/ui/application.py" line="84"/>
        <source>The data file cannot be opened:
{path}

{reason}</source>
        <translation>无法打开数据文件：
{path}

{reason}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/application.py" line="85"/>
        <source>OfficeDesk</source>
        <translation>办公桌</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="40"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="43"/>
        <source>Save a verified copy of the data file now ({shortcut})</source>
        <translation>立即保存一份经校验的数据文件副本（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="45"/>
        <source>&amp;Restore backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="46"/>
        <source>Replace the data with a backup; the current file is kept as a copy</source>
        <translation>用备份替换当前数据；当前文件另存为副本</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="60"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="68"/>
        <source>Backing up and checking the copy…</source>
        <translation>正在备份并校验副本…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="72"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="74"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="122"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="124"/>
        <source>Automatic backup saved: {path}</source>
        <translation>自动备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="132"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="145"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="148"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="175"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="211"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="176"/>
        <source>Replace all current data with the backup of {what}?

Changes made since then are not in the backup. The current data file is first kept as a copy beside it, so this can be undone by restoring that copy.</source>
        <translation>用 {what} 的备份替换当前全部数据吗？

此后所做的修改不在该备份中。当前数据文件会先在同一文件夹中另存为副本，如需撤销，恢复该副本即可。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="190"/>
        <source>The backup was restored:
{backup}</source>
        <translation>备份已恢复：
{backup}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="193"/>
        <source>The backup was restored:
{backup}

The replaced data file was kept as:
{kept}</source>
        <translation>备份已恢复：
{backup}

被替换的数据文件已另存为：
{kept}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="206"/>
        <source>The data file is damaged and cannot be opened:
{path}

{reason}

Restore a backup? The damaged file is kept beside it, renamed, and never deleted.</source>
        <translation>数据文件已损坏，无法打开：
{path}

{reason}

是否恢复备份？损坏的文件将改名后保留在同一文件夹中，不会被删除。</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="112"/>
        <source>empty: %1</source>
        <translation>留空则使用 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="116"/>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="120"/>
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="121"/>
        <source>&amp;Keep the newest</source>
        <translation>保留最近(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="125"/>
        <source>A folder on another disk or a network drive survives a broken hard disk; the default folder beside the data file does not. Older copies beyond the number kept are deleted.</source>
        <translation>选择其他磁盘或网络驱动器上的文件夹，硬盘损坏时备份仍可保全；数据文件旁的默认文件夹则不能。超出保留份数的较早备份将被删除。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="130"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BackupSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="103"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="104"/>
        <source>Where the copies of the data file are kept.</source>
        <translation>数据文件备份的保存位置。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="106"/>
        <source>empty: %1</source>
        <translation>留空则使用 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="111"/>
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="113"/>
        <source>Leave it empty to keep them in a folder beside the data file. A folder on another disk or a network drive also survives a broken hard disk.</source>
        <translation>留空则保存在数据文件旁的文件夹中。选择其他磁盘或网络驱动器上的文件夹，硬盘损坏时备份也能保全。</translation>
    </message>
</context>
<context>
    <name>ClearRangeDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="117"/>
        <source>Clear days</source>
        <translation>清空值班安排</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="118"/>
        <source>Empties the leader, staff and remarks of every day in the range. Swaps stay in the history. If a day in the range is published and past, nothing is cleared.</source>
        <translation>清空所选范围内每天的带班领导、值班人员和备注。调班记录仍保留在历史中。范围内如有已发布且已过去的日期，则不清空任何内容。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="121"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="124"/>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="125"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="130"/>
        <source>The range ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="28"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="41"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="42"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/column_chooser.py" line="59"/>
        <source>Tick the columns to show. Drag to change their order.</source>
        <translation>勾选要显示的列，拖动可调整顺序。</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="85"/>
        <source>Copy week</source>
        <translation>复制整周</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="87"/>
        <source>Copies the leader, staff and remarks of the week {first} — {last} onto the seven days from the Monday you choose. Days there are replaced; a published past day refuses the copy.</source>
        <translation>将 {first} — {last} 这一周的带班领导、值班人员和备注复制到所选周（自周一起的七天）。目标日期原有安排将被替换；已发布且已过去的日期不能被覆盖。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="90"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="92"/>
        <source>Any day of the target week: the copy starts on its Monday</source>
        <translation>选择目标周中的任意一天，从该周周一开始复制</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="94"/>
        <source>&amp;Target week of:</source>
        <translation>目标周(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_range_dialogs.py" line="104"/>
        <source>{first} — {last}</source>
        <translation>{first} — {last}</translation>
    </message>
</context>
<context>
    <name>CrossOffDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="81"/>
        <source>Cross off (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="82"/>
        <source>Who verified the work, and when? A crossed-off line is locked: later changes need a reason.</source>
        <translation>由谁验收、何时验收？销号后事项即锁定，此后修改须说明理由。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="83"/>
        <source>Cross off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="89"/>
        <source>e.g. 经现场复查，整改到位，同意销号</source>
        <translation>如：经现场复查，整改到位，同意销号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="90"/>
        <source>Verified by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="91"/>
        <source>Verified on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_state_dialogs.py" line="92"/>
        <source>Conclusion</source>
        <translation>验收结论</translation>
    </message>
</context>
<context>
    <name>DeadlineProfiles</name>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="43"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="44"/>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="45"/>
        <source>Shandong</source>
        <translation>山东</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="46"/>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="62"/>
        <source>Shorter than national: %1.</source>
        <translation>比国家规定缩短：%1。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="65"/>
        <source>The periods the desk counts are the national ones.</source>
        <translation>本程序计算的期限与国家规定一致。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="67"/>
        <source>Also in force, not counted by the desk: %1</source>
        <translation>另有规定（本程序不计算）：%1</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="90"/>
        <source>Choosing a profile fills in its periods; each can still be changed</source>
        <translation>选择方案后自动填入其规定的期限，各项仍可修改</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="94"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="96"/>
        <source>&amp;Deadline profile</source>
        <translation>期限方案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="99"/>
        <source>Periods of the Regulations on Letters and Visits</source>
        <translation>信访工作条例规定的期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="102"/>
        <source>count working days</source>
        <translation>按工作日计算</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="103"/>
        <source>浙江省信访条例 第二十条 counts this period in working days</source>
        <translation>《浙江省信访条例》第二十条规定此期限按工作日计算</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="120"/>
        <source>Move a last day on a rest day to the next working day (民法典 §203)</source>
        <translation>期限最后一日为休息日的，顺延至下一个工作日（民法典第二百零三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="122"/>
        <source>&amp;Restore the profile&apos;s periods</source>
        <translation>恢复方案规定的期限(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="136"/>
        <source>A visit by this many people or more is a group visit (集体访)</source>
        <translation>来访人数达到此数及以上的，为集体访</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="137"/>
        <source>Due &amp;soon within</source>
        <translation>临期提醒提前(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="138"/>
        <source>&amp;Group visit at</source>
        <translation>集体访标准(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="194"/>
        <source>The periods below have been changed from the profile&apos;s.</source>
        <translation>以下期限已修改，与所选方案规定的不同。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="126"/>
        <source>Register</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="132"/>
        <source>Items due within this many days are shown as due soon</source>
        <translation>距到期不超过此天数的事项显示为临期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="135"/>
        <source> people or more</source>
        <translation> 人及以上</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="139"/>
        <source>Changed periods are applied to every open visit when you press OK.</source>
        <translation>点击“确定”后，修改后的期限将应用于所有未办结的登记。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="152"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="37"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="36"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="18"/>
        <source>Acceptance notice (§23)</source>
        <translation>受理告知（第二十三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="21"/>
        <source>Objection, matter outside remit (§23)</source>
        <translation>不属职权范围的异议（第二十三条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="25"/>
        <source>Handling (§34)</source>
        <translation>办理（第三十四条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="26"/>
        <source>Longest extension (§34)</source>
        <translation>最长延期（第三十四条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="27"/>
        <source>Review request (§35)</source>
        <translation>复查申请（第三十五条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="28"/>
        <source>Review answer (§35)</source>
        <translation>复查答复（第三十五条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="29"/>
        <source>Re-check request (§36)</source>
        <translation>复核申请（第三十六条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/deadline_periods.py" line="30"/>
        <source>Re-check answer (§36)</source>
        <translation>复核答复（第三十六条）</translation>
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
    <name>DemoSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="123"/>
        <source>Try it out</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="124"/>
        <source>OfficeDesk is ready. Sample data shows what the register, the ledger and the duty table look like in use.</source>
        <translation>办公桌已准备就绪。载入示例数据，即可看到信访登记、隐患台账和值班安排表在实际使用中的样子。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="126"/>
        <source>&amp;Load demo data (invented visits, ledger lines and a duty table)</source>
        <translation>载入演示数据（虚构的信访登记、台账事项和值班安排表）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="130"/>
        <source>Demo data is marked: the window title says &quot;demo data&quot; while it is there, and File → Remove demo data deletes all of it in one step, leaving everything you entered yourself.</source>
        <translation>演示数据带有标记：存在演示数据时，窗口标题会显示“演示数据”；通过“文件 → 清除演示数据”可一次全部删除，您自己录入的内容均会保留。</translation>
    </message>
</context>
<context>
    <name>DutyActions</name>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="46"/>
        <source>&amp;Fill from rotation…</source>
        <translation>轮换排班(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="47"/>
        <source>Fill the period from the rotation order</source>
        <translation>按轮换顺序为本期排班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="48"/>
        <source>&amp;Copy week to…</source>
        <translation>复制本周到(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="49"/>
        <source>Copy the selected day&apos;s week onto another week</source>
        <translation>将所选日期所在周的安排复制到另一周</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="50"/>
        <source>C&amp;lear days…</source>
        <translation>清空安排(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="51"/>
        <source>Empty a range of days</source>
        <translation>清空一段日期的值班安排</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="52"/>
        <source>&amp;Swap shift…</source>
        <translation>调班(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="53"/>
        <source>Swap shift (调班): someone else takes a person&apos;s duty on a day</source>
        <translation>调班：某日由他人替换原值班人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="54"/>
        <source>P&amp;ublish period…</source>
        <translation>发布值班表(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="55"/>
        <source>Mark the period&apos;s table final: past days then change only by a swap</source>
        <translation>将本期值班安排表定稿发布：此后已过去的日期只能通过调班变更</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="57"/>
        <source>P&amp;rint duty table…</source>
        <translation>打印值班安排表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="58"/>
        <source>Preview and print the period&apos;s duty table</source>
        <translation>预览并打印本期值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="59"/>
        <source>Print weekly o&amp;verview…</source>
        <translation>打印按周汇总表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="61"/>
        <source>Preview and print the period&apos;s duty table by week (按周汇总): a row for each leader&apos;s week and one for each holiday, as offices post it</source>
        <translation>预览并打印本期值班安排表（按周汇总）：每位带班领导值班的一周一行，每个节假日一行，与张贴的值班表式样相同</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="63"/>
        <source>E&amp;xport duty table…</source>
        <translation>导出值班安排表(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="64"/>
        <source>Save the period&apos;s duty table as PDF or Excel</source>
        <translation>将本期值班安排表保存为 PDF 或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="65"/>
        <source>St&amp;aff list…</source>
        <translation>人员名单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="66"/>
        <source>Leaders and staff who take duty, their order and leave</source>
        <translation>参加值班的领导和工作人员、轮换顺序及休假</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="67"/>
        <source>Duty ta&amp;ble settings…</source>
        <translation>值班安排表设置(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="68"/>
        <source>Duty phone, hours, footnotes, compiled and reviewed by</source>
        <translation>值班电话、值班时段、表注、制表人和审核领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="94"/>
        <source>Duty ▸ {action}</source>
        <translation>值班 ▸ {action}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="105"/>
        <source>&amp;Duty</source>
        <translation>值班(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="122"/>
        <source>Duty toolbar</source>
        <translation>值班工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="141"/>
        <source>{count} days filled from the rotation</source>
        <translation>已按轮换顺序排班 {count} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="149"/>
        <source>{count} days copied</source>
        <translation>已复制 {count} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="157"/>
        <source>{count} days cleared</source>
        <translation>已清空 {count} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="166"/>
        <source>Swap recorded: {remark}</source>
        <translation>已记录调班：{remark}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="172"/>
        <source>Publish period</source>
        <translation>发布值班表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="173"/>
        <source>Publish the duty table {first} — {last} as final?

Once a published day is past, it changes only through a swap (调班), which is kept in its history.</source>
        <translation>将 {first} — {last} 的值班安排表定稿发布吗？

已发布的日期过去后，只能通过调班变更，调班记录保留在该日的历史中。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="177"/>
        <source>{count} days published</source>
        <translation>已发布 {count} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="187"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="191"/>
        <source>Duty table by week {first} — {last}</source>
        <translation>值班安排表（按周汇总） {first} — {last}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="192"/>
        <source>Duty table {first} — {last}</source>
        <translation>值班安排表 {first} — {last}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="197"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="197"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="198"/>
        <source>Export duty table</source>
        <translation>导出值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="221"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="224"/>
        <source>Duty table saved to {file}</source>
        <translation>值班安排表已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="240"/>
        <source>Duty table settings saved</source>
        <translation>值班安排表设置已保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_actions.py" line="249"/>
        <source>Refused</source>
        <translation>无法执行</translation>
    </message>
</context>
<context>
    <name>DutyConflictsPanel</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_conflicts_panel.py" line="30"/>
        <source>Click a conflict to select its day in the table</source>
        <translation>单击冲突可在表中选中对应日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_conflicts_panel.py" line="31"/>
        <source>No conflicts in this period: every day has a leader and staff who are on the list and not on leave.</source>
        <translation>本期无冲突：每天都有带班领导和值班人员，且均在人员名单中、未休假。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_conflicts_panel.py" line="51"/>
        <source>Conflicts in this period: {count} — click one to select its day in the table</source>
        <translation>本期冲突 {count} 项——单击可在表中选中对应日期</translation>
    </message>
</context>
<context>
    <name>DutyDraftsDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_drafts_dialog.py" line="37"/>
        <source>Drafts for the duty log of {day}</source>
        <translation>{day} 值班日志草稿</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_drafts_dialog.py" line="38"/>
        <source>These visits and ledger changes of the day are not in the log yet. Untick what does not belong in the duty log; you can edit each entry afterwards.</source>
        <translation>以下当日的信访登记和台账变动尚未记入值班日志。请取消勾选不需记入值班日志的条目；加入后仍可逐条修改。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_drafts_dialog.py" line="50"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_drafts_dialog.py" line="51"/>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_drafts_dialog.py" line="55"/>
        <source>Add to the log</source>
        <translation>记入值班日志</translation>
    </message>
</context>
<context>
    <name>DutyExportDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="37"/>
        <source>Export duty table</source>
        <translation>导出值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="38"/>
        <source>The duty table {first} — {last} goes to {file}.</source>
        <translation>{first} — {last} 的值班安排表将导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="41"/>
        <source>A row a &amp;day</source>
        <translation>按日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="42"/>
        <source>日期, 星期, 带班领导, 值班人员, 手机 and 备注 for every day</source>
        <translation>每天一行：日期、星期、带班领导、值班人员、手机和备注</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="43"/>
        <source>A row a &amp;week (按周汇总)</source>
        <translation>按周汇总(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="44"/>
        <source>时间, 带班领导, 值班人员 and 手机: a row for each leader&apos;s week and one for each holiday, as offices post it</source>
        <translation>时间、带班领导、值班人员、手机四栏：每位带班领导值班的一周一行，每个节假日一行，与张贴的值班表式样相同</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="51"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="55"/>
        <source>Unmasked: full mobile numbers (recorded in the audit log)</source>
        <translation>不隐藏：导出完整手机号码（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="56"/>
        <source>Without this tick the mobiles read 138****5678</source>
        <translation>不勾选时，手机号码显示为 138****5678</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="57"/>
        <source>The exported table is the final one: the period is published, and once its days are past they change only through a swap (调班).</source>
        <translation>导出的即为定稿：本期值班安排表将随之发布，日期过去后只能通过调班变更。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_export_dialog.py" line="62"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>DutyFillDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="46"/>
        <source>Fill from rotation</source>
        <translation>轮换排班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="49"/>
        <source>Normal rota</source>
        <translation>日常值班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="50"/>
        <source>Holiday rota (节假日值班)</source>
        <translation>节假日值班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="51"/>
        <source>Holidays may have their own order; without one the normal rules are used</source>
        <translation>节假日可单独设置轮换顺序；未设置的，按日常值班规则排班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="55"/>
        <source>A leader holds a whole week (Monday to Sunday)</source>
        <translation>带班领导按整周轮换（周一至周日）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="56"/>
        <source>The same leader on both weekend days</source>
        <translation>周末两天由同一领导带班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="61"/>
        <source>More days running than this is listed as a conflict</source>
        <translation>连续值班超过此天数的，列为冲突</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="62"/>
        <source>A rest day without a leader is a conflict</source>
        <translation>休息日无带班领导的，列为冲突</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="63"/>
        <source>Replace days that already have people (published past days are never touched)</source>
        <translation>覆盖已有人员的日期（已发布且已过去的日期不受影响）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="65"/>
        <source>Remember this order and these rules for next time</source>
        <translation>保存此顺序和规则，供下次使用</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="79"/>
        <source>Fill</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="104"/>
        <source>From</source>
        <translation>排班日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="104"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="111"/>
        <source>Leaders on duty (带班领导), in order</source>
        <translation>带班领导（按轮换顺序）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="112"/>
        <source>Staff on duty (值班人员), in order</source>
        <translation>值班人员（按轮换顺序）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="120"/>
        <source>Staff on duty per day:</source>
        <translation>每天值班人数：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="121"/>
        <source>Longest run of days for one person:</source>
        <translation>每人最多连续值班天数：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="137"/>
        <source>Passed over by the rotation:</source>
        <translation>轮换中跳过的人员：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="139"/>
        <source>Conflicts left in the period:</source>
        <translation>本期仍存在的冲突：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="153"/>
        <source>{name} ({count} this year)</source>
        <translation>{name}（本年 {count} 天）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="179"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="181"/>
        <source>Tick at least one leader or staff member to rotate.</source>
        <translation>请至少勾选一名参加轮换的带班领导或值班人员。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="195"/>
        <source>{count} days written, {first} — {last}.</source>
        <translation>已排班 {count} 天（{first} — {last}）。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="198"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="200"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_fill_dialog.py" line="204"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DutyGridModel</name>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="40"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="41"/>
        <source>Day type</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="42"/>
        <source>Leader on duty</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="43"/>
        <source>Staff on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="44"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="45"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="46"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="208"/>
        <source>Published and past: it changes only through Swap shift… (调班)</source>
        <translation>已发布且已过去：只能通过“调班…”变更</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/models/duty_grid_model.py" line="210"/>
        <source>Published on {time}</source>
        <translation>发布于 {time}</translation>
    </message>
</context>
<context>
    <name>DutyLogActions</name>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="32"/>
        <source>Add log &amp;entry…</source>
        <translation>添加值班记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="33"/>
        <source>Log what happened on duty</source>
        <translation>记录值班期间发生的情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="34"/>
        <source>Edit entry…</source>
        <translation>编辑记录…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="36"/>
        <source>Edit the selected entry (Enter)</source>
        <translation>编辑所选记录（Enter）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="37"/>
        <source>Delete entry…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="40"/>
        <source>Add &amp;drafts from the day&apos;s register and ledger…</source>
        <translation>从当日登记和台账生成草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="42"/>
        <source>Draft entries for the visits registered and ledger lines changed that day; you choose which to keep</source>
        <translation>根据当日的信访登记和台账事项变动生成记录草稿，由您选择保留哪些</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="44"/>
        <source>Nothing happened — &amp;zero report</source>
        <translation>无事报平安——零报告(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="45"/>
        <source>Mar&amp;k sent…</source>
        <translation>标记已报送(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="46"/>
        <source>Record when, how and to whom the daily report went</source>
        <translation>记录日报告的报送时间、方式和对象</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="48"/>
        <source>Print daily rep&amp;ort…</source>
        <translation>打印值班日报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="50"/>
        <source>Preview, print or save the day&apos;s report</source>
        <translation>预览、打印或保存当日的值班日报告</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="73"/>
        <source>Log entry saved</source>
        <translation>值班记录已保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="83"/>
        <source>Delete log entry</source>
        <translation>删除值班记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="86"/>
        <source>The entry leaves the day&apos;s log; the reason is kept in the audit log. Why is it deleted?</source>
        <translation>该记录将从当日值班日志中删除，删除理由记入审计日志。请填写删除理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="88"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="89"/>
        <source>e.g. logged twice</source>
        <translation>如：重复记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="99"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="101"/>
        <source>Log entry deleted</source>
        <translation>值班记录已删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="109"/>
        <source>Drafts</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="110"/>
        <source>Nothing new on {day}: no visit registered and no ledger line changed that the log does not already hold.</source>
        <translation>{day} 无新增内容：没有尚未记入值班日志的信访登记或台账事项变动。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="125"/>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="163"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="126"/>
        <source>{count} entries added to the log</source>
        <translation>已将 {count} 条记录记入值班日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="136"/>
        <source>No zero report</source>
        <translation>无法报零报告</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="138"/>
        <source>Zero report recorded for {day}</source>
        <translation>已记录 {day} 零报告</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="155"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="157"/>
        <source>Daily report recorded as sent</source>
        <translation>日报告已记为已报送</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="165"/>
        <source>Handover saved</source>
        <translation>交接事项已保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="175"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/duty_log_actions.py" line="179"/>
        <source>Daily report {day}</source>
        <translation>值班日报告 {day}</translation>
    </message>
</context>
<context>
    <name>DutyLogEntryDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="33"/>
        <source>New log entry</source>
        <translation>新建值班记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="33"/>
        <source>Edit log entry</source>
        <translation>编辑值班记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="47"/>
        <source>What happened, who called or came, what they asked</source>
        <translation>发生了什么情况，何人来电或来访，反映了什么问题</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="50"/>
        <source>What was done about it</source>
        <translation>采取了哪些处置措施</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="54"/>
        <source>e.g. 县政府办值班室</source>
        <translation>如：县政府办值班室</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="60"/>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="62"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="63"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="64"/>
        <source>&amp;Matter:</source>
        <translation>事项(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="65"/>
        <source>&amp;Action taken:</source>
        <translation>处置情况(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="66"/>
        <source>&amp;Reported to:</source>
        <translation>已报告对象(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_log_entry_dialog.py" line="82"/>
        <source>Write what happened (the matter).</source>
        <translation>请填写事项内容。</translation>
    </message>
</context>
<context>
    <name>DutyLogPanel</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="29"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="30"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="31"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="32"/>
        <source>Action taken</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="33"/>
        <source>Reported to, at</source>
        <translation>已报告对象及时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="65"/>
        <source>Matters handed over to the next shift (交接事项); saved when you leave the field</source>
        <translation>移交下一班的交接事项；离开此栏时自动保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="103"/>
        <source>Handover:</source>
        <translation>交接事项：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="123"/>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="126"/>
        <source>Select a day in the table above to see its duty log</source>
        <translation>在上方表格中选择日期，查看当日值班日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="131"/>
        <source>Duty log of {day}</source>
        <translation>{day} 值班日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="139"/>
        <source>Nothing logged on this day. Add an entry, add drafts from the day&apos;s register and ledger, or — if nothing happened — send a zero report in one click.</source>
        <translation>当日尚无值班记录。可添加记录，或从当日登记和台账生成草稿；如无事发生，可一键报零报告。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="149"/>
        <source>Daily report: zero report (无事报平安)</source>
        <translation>日报告：零报告（无事报平安）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="151"/>
        <source>Daily report: {count} entries</source>
        <translation>日报告：{count} 条记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="153"/>
        <source> · not sent yet</source>
        <translation> · 尚未报送</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="154"/>
        <source> · sent {time} by {via} to {to}</source>
        <translation> · 已于 {time} 通过 {via} 报送 {to}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="170"/>
        <source>The day has log entries: a zero report is only for a day when nothing happened. Send the report with its entries (Mark sent…).</source>
        <translation>当日已有值班记录：零报告仅用于无事发生的日期。请连同记录报送日报告（标记已报送…）。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="173"/>
        <source>The zero report of this day is recorded</source>
        <translation>当日零报告已记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_log_panel.py" line="175"/>
        <source>Nothing happened on this day: record the zero report (本时段内无异常情况) in one click</source>
        <translation>当日无事发生：一键记录零报告（本时段内无异常情况）</translation>
    </message>
</context>
<context>
    <name>DutyPeriodBar</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="52"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="53"/>
        <source>Show one week, Monday to Sunday</source>
        <translation>显示一周（周一至周日）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="54"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="55"/>
        <source>Show a whole month</source>
        <translation>显示整月</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="61"/>
        <source>&amp;Previous</source>
        <translation>上一期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="62"/>
        <source>Previous week or month</source>
        <translation>上一周或上一月</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="63"/>
        <source>&amp;Next</source>
        <translation>下一期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="64"/>
        <source>Next week or month</source>
        <translation>下一周或下一月</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="65"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="66"/>
        <source>Back to the week or month of today</source>
        <translation>回到今天所在的周或月</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="68"/>
        <source>&amp;Go to date…</source>
        <translation>转到日期(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="69"/>
        <source>Type or pick a date to show its week or month</source>
        <translation>输入或选择日期，显示其所在的周或月</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="158"/>
        <source>{first} — {last} · week {week} of {year}</source>
        <translation>{first} — {last} · {year} 年第 {week} 周</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_period_bar.py" line="161"/>
        <source>{first} — {last} · {year}-{month:02d}</source>
        <translation>{first} — {last} · {year} 年 {month:02d} 月</translation>
    </message>
</context>
<context>
    <name>DutyReceptionPanel</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="33"/>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="34"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="35"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="36"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="37"/>
        <source>Leader receiving</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="38"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="39"/>
        <source>Stand-in leader</source>
        <translation>补位领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="40"/>
        <source>Appointment phone</source>
        <translation>预约电话</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="41"/>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="42"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="56"/>
        <source>Add recept&amp;ion slot…</source>
        <translation>添加接访安排(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="57"/>
        <source>Edit slot…</source>
        <translation>编辑接访安排…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="59"/>
        <source>Delete slot…</source>
        <translation>删除接访安排…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="61"/>
        <source>Draft from dut&amp;y leaders</source>
        <translation>按带班领导生成(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="62"/>
        <source>One slot per working day of the month, the duty leader receiving and the next leader standing in; holidays are skipped</source>
        <translation>本月每个工作日生成一条接访安排：由当日带班领导接访，下一位领导补位；节假日跳过</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="64"/>
        <source>Print reception sc&amp;hedule…</source>
        <translation>打印领导接访日程安排表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="98"/>
        <source>Leader reception schedule, {first} — {last}</source>
        <translation>领导接访日程安排表，{first} — {last}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="103"/>
        <source>No reception slots in this month — press Draft from duty leaders to fill the working days, or add a slot.</source>
        <translation>本月尚无接访安排——点击“按带班领导生成”填充各工作日，或逐条添加。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="130"/>
        <source>Reception slot saved</source>
        <translation>接访安排已保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="138"/>
        <source>Delete reception slot</source>
        <translation>删除接访安排</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="139"/>
        <source>Delete the reception slot {what}?</source>
        <translation>删除接访安排“{what}”吗？</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="142"/>
        <source>Reception slot deleted</source>
        <translation>接访安排已删除</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="148"/>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="151"/>
        <source>Draft from duty leaders</source>
        <translation>按带班领导生成</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="149"/>
        <source>Every working day of this month already has a slot, or no duty leaders are set for it yet.</source>
        <translation>本月每个工作日都已有接访安排，或尚未安排带班领导。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="152"/>
        <source>Add {count} slots, one per working day without a slot, with the duty leader receiving?</source>
        <translation>为尚无安排的工作日各添加一条接访安排（共 {count} 条），由当日带班领导接访吗？</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="161"/>
        <source>{count} reception slots drafted — check them before printing</source>
        <translation>已生成 {count} 条接访安排——打印前请核对</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="169"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="173"/>
        <source>Leader reception schedule</source>
        <translation>领导接访日程安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_reception_panel.py" line="180"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>DutyReportSentDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="22"/>
        <source>Daily report of {day} sent</source>
        <translation>{day} 日报告已报送</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="24"/>
        <source>Records that the report went out now, by you. How and to whom?</source>
        <translation>记录由您于此刻报送了日报告。请填写报送方式和报送对象：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="39"/>
        <source>e.g. 县政府总值班室</source>
        <translation>如：县政府总值班室</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="42"/>
        <source>&amp;Via:</source>
        <translation>报送方式(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="43"/>
        <source>&amp;To:</source>
        <translation>报送对象(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_report_sent_dialog.py" line="45"/>
        <source>Record as sent</source>
        <translation>记为已报送</translation>
    </message>
</context>
<context>
    <name>DutySwapDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="37"/>
        <source>Swap shift (调班)</source>
        <translation>调班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="38"/>
        <source>Someone else takes the duty of a person on this day. The swap is kept in the day&apos;s history and printed in the remarks.</source>
        <translation>当日由他人替换原值班人。调班记录保留在当日历史中，并打印在备注栏。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="50"/>
        <source>Choose from the staff list, or type a name</source>
        <translation>从人员名单中选择，或直接输入姓名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="53"/>
        <source>The leader who approved the swap (批准人)</source>
        <translation>批准调班的领导（批准人）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="55"/>
        <source>e.g. 出差, 家中有事</source>
        <translation>如：出差、家中有事</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="57"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="58"/>
        <source>&amp;Role:</source>
        <translation>值班角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="59"/>
        <source>Re&amp;place:</source>
        <translation>原值班人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="60"/>
        <source>&amp;By:</source>
        <translation>替班人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="61"/>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="62"/>
        <source>R&amp;eason:</source>
        <translation>调班理由(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="65"/>
        <source>Swap</source>
        <translation>调班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="101"/>
        <source>(nobody on duty in this role)</source>
        <translation>（当日无此角色的值班人员）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_swap_dialog.py" line="106"/>
        <source>{name} ({count} this year)</source>
        <translation>{name}（本年 {count} 天）</translation>
    </message>
</context>
<context>
    <name>DutySwapsPanel</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="17"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="18"/>
        <source>Role</source>
        <translation>值班角色</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="19"/>
        <source>From</source>
        <translation>原值班人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="20"/>
        <source>To</source>
        <translation>替班人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="21"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="22"/>
        <source>Reason</source>
        <translation>调班理由</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="37"/>
        <source>No swaps (调班) on this day.</source>
        <translation>当日无调班。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="53"/>
        <source>No swaps (调班) on this day. To replace someone on duty, use {action}.</source>
        <translation>当日无调班。如需替换值班人员，请使用“{action}”。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_swaps_panel.py" line="66"/>
        <source>Swaps on {day}: {count}</source>
        <translation>{day} 调班 {count} 次</translation>
    </message>
</context>
<context>
    <name>DutyTableSettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="32"/>
        <source>Duty table settings</source>
        <translation>值班安排表设置</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="48"/>
        <source>Duty &amp;phone (值班电话):</source>
        <translation>值班电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="49"/>
        <source>Duty &amp;hours (值班时段):</source>
        <translation>值班时段(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="50"/>
        <source>Daily report &amp;due by (报送时间):</source>
        <translation>日报告报送时间(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="51"/>
        <source>Report per&amp;iod (报告时段):</source>
        <translation>报告时段(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="52"/>
        <source>&amp;Compiled by (制表人):</source>
        <translation>制表人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="53"/>
        <source>&amp;Reviewed by (审核领导):</source>
        <translation>审核领导(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="54"/>
        <source>&amp;Footnotes, one per line:</source>
        <translation>表注，每行一条(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="55"/>
        <source>Reception schedule &amp;notes:</source>
        <translation>接访日程安排表注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/duty_table_settings_dialog.py" line="56"/>
        <source>Printed on every duty table and reception schedule; the numbering 1、2、3、 is added when printed.</source>
        <translation>打印在每份值班安排表和领导接访日程安排表上；打印时自动加编号“1、2、3、”。</translation>
    </message>
</context>
<context>
    <name>DutyView</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="41"/>
        <source>Fill from rotation…</source>
        <translation>轮换排班…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="41"/>
        <source>Staff list…</source>
        <translation>人员名单…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="42"/>
        <source>Swap shift…</source>
        <translation>调班…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="57"/>
        <source>Duty log &amp;&amp; daily report</source>
        <translation>值班日志与日报告</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="58"/>
        <source>Swaps (调班)</source>
        <translation>调班记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="109"/>
        <source>Duty table</source>
        <translation>值班安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="110"/>
        <source>Leader reception schedule</source>
        <translation>领导接访日程安排表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="179"/>
        <source>Conflicts in this period ({count})</source>
        <translation>本期冲突（{count}）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="183"/>
        <source>{filled} of {total} days filled · {conflicts} conflicts · {published} published</source>
        <translation>已排班 {filled}/{total} 天 · 冲突 {conflicts} 项 · 已发布 {published} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="191"/>
        <source>No staff list yet. Add the leaders and staff who take duty with {staff}, then fill the period with {fill}.</source>
        <translation>尚无人员名单。请先通过“{staff}”添加参加值班的领导和工作人员，再通过“{fill}”为本期排班。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="194"/>
        <source>Nobody is on duty in this period yet. Fill it with {fill}, or double-click a day&apos;s leader or staff cell to choose who is on duty.</source>
        <translation>本期尚未安排值班。请通过“{fill}”排班，或双击某日的带班领导或值班人员单元格选择值班人员。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_view.py" line="236"/>
        <source>{day} is published and past, so it is not edited directly. Record the change with {swap}: who replaces whom, approved by whom.</source>
        <translation>{day} 已发布且已过去，不能直接修改。请通过“{swap}”记录变更：由谁替换谁、经谁批准。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="73"/>
        <source>Default (the ledgers&apos; standard columns)</source>
        <translation>默认（台账标准列）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="76"/>
        <source>Mask phone and ID numbers unless I choose otherwise</source>
        <translation>默认隐藏电话和身份证号的部分数字</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="77"/>
        <source>Each export still asks; this is the answer offered first</source>
        <translation>每次导出时仍会询问，此项为预选的答复</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="78"/>
        <source>empty: the first USB stick plugged in, else the home folder</source>
        <translation>留空则使用第一个插入的U盘，没有U盘时使用个人文件夹</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="80"/>
        <source>Ledger &amp;columns</source>
        <translation>台账列方案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="81"/>
        <source>&amp;Masking</source>
        <translation>号码隐藏(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="82"/>
        <source>&amp;Save exports in</source>
        <translation>导出保存位置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="86"/>
        <source>These are the choices an export starts with; each export can change them. Column layouts are made in Ledger → Export layouts.</source>
        <translation>以上为每次导出的初始选项，导出时均可更改。列方案在“隐患台账 → 导出列方案”中设置。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="91"/>
        <source>Export</source>
        <translation>导出</translation>
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
    <name>FolderEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/folder_edit.py" line="22"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/folder_edit.py" line="43"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="53"/>
        <source>The built-in official calendar covers the years up to %1. When the State Council (国务院) publishes the holiday notice for a later year, enter its holidays and make-up working days here. Entries here take precedence over the built-in calendar.</source>
        <translation>内置的官方节假日日历涵盖至 %1 年。国务院发布以后年份的节假日安排通知后，请在此录入节假日和调休上班日（补班）。此处录入的日期优先于内置日历。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="59"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="59"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="74"/>
        <source>e.g. 元旦</source>
        <translation>如：元旦</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="76"/>
        <source>e.g. the notice&apos;s document number</source>
        <translation>如：通知文号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="77"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="78"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_holidays_page.py" line="94"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="33"/>
        <source>Import visits</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="36"/>
        <source>File: {file} (sheet {sheet})
Visits to add: {new}. Already in the register, skipped: {skipped}.</source>
        <translation>文件：{file}（工作表 {sheet}）
将新增登记 {new} 条；台账中已有而跳过 {skipped} 条。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="43"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="43"/>
        <source>Register column</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="53"/>
        <source>How the columns were understood:</source>
        <translation>各列的识别结果：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="56"/>
        <source>Not imported: {names}</source>
        <translation>未导入的列：{names}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="60"/>
        <source>Please check afterwards:</source>
        <translation>导入后请核对：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/import_preview_dialog.py" line="66"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="158"/>
        <source>The language changes the next time OfficeDesk starts. It is kept for this computer, not in the data file. Printed forms and exported sheets are always in Chinese.</source>
        <translation>界面语言在下次启动办公桌时生效。此设置保存在本计算机上，不保存在数据文件中。打印的表格和导出的表格始终为中文。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="163"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
</context>
<context>
    <name>LeaderDelegate</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="91"/>
        <source>The leader on duty (带班领导): active leaders of the staff list, with their duty days this year</source>
        <translation>带班领导：人员名单中在岗的领导，并显示其本年值班天数</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="94"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="55"/>
        <source>Edit line (Enter, Ctrl+Shift+O)</source>
        <translation>编辑事项（Enter、Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="52"/>
        <source>&amp;New ledger line…</source>
        <translation>新建台账事项(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="53"/>
        <source>&amp;Edit line…</source>
        <translation>编辑事项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="56"/>
        <source>&amp;Void line…</source>
        <translation>作废事项(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="57"/>
        <source>&amp;Import a unit&apos;s sheet…</source>
        <translation>导入单位报送台账(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="59"/>
        <source>E&amp;xport ledger…</source>
        <translation>导出隐患台账(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="61"/>
        <source>&amp;Print ledger…</source>
        <translation>打印隐患台账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="63"/>
        <source>Export &amp;layouts…</source>
        <translation>导出列方案(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="64"/>
        <source>Ledger &amp;columns…</source>
        <translation>台账显示列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="65"/>
        <source>Deadline &amp;reminder…</source>
        <translation>到期提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="88"/>
        <source>&amp;Ledger</source>
        <translation>隐患台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="93"/>
        <source>Ledger toolbar</source>
        <translation>隐患台账工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="144"/>
        <source>Void ledger line {no}</source>
        <translation>作废台账事项 {no}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="147"/>
        <source>A voided line stays in the ledger, marked void, with this reason. Why is it void?</source>
        <translation>作废后，该事项仍保留在台账中，标记为“作废”并记录此理由。请填写作废理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="148"/>
        <source>e.g. recorded twice, see YH-2026-0012</source>
        <translation>如：重复录入，见 YH-2026-0012</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="157"/>
        <source>Void failed</source>
        <translation>作废失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="160"/>
        <source>Ledger line voided</source>
        <translation>台账事项已作废</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="165"/>
        <source>Import a unit&apos;s ledger sheet</source>
        <translation>导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="166"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="175"/>
        <source>Import refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="193"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="196"/>
        <source>Imported {added} new and {updated} updated lines</source>
        <translation>已导入：新增 {added} 条事项，更新 {updated} 条事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="202"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="202"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="203"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="206"/>
        <source>Export ledger</source>
        <translation>导出隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="224"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出隐患台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="231"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="233"/>
        <source>Exported {rows} lines to {file}</source>
        <translation>已导出 {rows} 条事项到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="240"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="246"/>
        <source>Ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/ledger_actions.py" line="260"/>
        <source>Nothing is overdue or due soon</source>
        <translation>没有超期或临期的事项</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="40"/>
        <source>Export the ledger</source>
        <translation>导出隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="41"/>
        <source>The lines the ledger now shows (its filters apply) go to {file}.</source>
        <translation>台账当前显示的事项（按当前筛选条件）将导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="45"/>
        <source>Default (the ledgers&apos; standard columns)</source>
        <translation>默认（台账标准列）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="51"/>
        <source>The ledger as it stood that day: lines found by then and not yet crossed off</source>
        <translation>截至该日的台账：该日及以前排查发现、尚未销号的事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="53"/>
        <source>Phone numbers in full</source>
        <translation>导出完整电话号码</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="55"/>
        <source>Masked unless ticked; a full export is recorded in the audit log</source>
        <translation>不勾选则隐藏部分数字；完整导出将记入审计日志</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="56"/>
        <source>Phone numbers are masked unless you tick this. Full exports are recorded.</source>
        <translation>不勾选此项时，电话号码隐藏部分数字。完整导出将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="60"/>
        <source>Columns</source>
        <translation>列方案</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="61"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="62"/>
        <source>Reporting unit (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_export_dialog.py" line="66"/>
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
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="54"/>
        <source>Import a unit&apos;s ledger sheet</source>
        <translation>导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="64"/>
        <source>Lines are matched on the sending unit and its own numbers: importing its updated sheet again updates them</source>
        <translation>按报送单位及其自编序号匹配事项：再次导入该单位更新后的台账，即可更新这些事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="67"/>
        <source>As the sheet says</source>
        <translation>以表格所填为准</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="70"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="73"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="73"/>
        <source>Ledger column</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="86"/>
        <source>Sending unit</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="87"/>
        <source>Kind of ledger</source>
        <translation>台账类型</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="89"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="95"/>
        <source>How the columns were understood:</source>
        <translation>各列的识别结果：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/ledger_import_dialog.py" line="98"/>
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
        <location filename="../../officedesk/ui/views/ledger_view.py" line="44"/>
        <source>Search description, unit, leader, measures, progress…</source>
        <translation>搜索事项、单位、领导、措施、进展…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="45"/>
        <source>Search all text of the ledger</source>
        <translation>在隐患台账全文中查找</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="47"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="48"/>
        <source>By responsible unit (责任单位)</source>
        <translation>按责任单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="49"/>
        <source>By lead leader (包案领导)</source>
        <translation>按包案领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="72"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="152"/>
        <source>Lines: {total}</source>
        <translation>共 {total} 条事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="152"/>
        <source>Lines shown: {shown} of {total}</source>
        <translation>显示 {shown} 条（共 {total} 条）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="153"/>
        <source> · overdue: {overdue} · due within {days} days: {soon}</source>
        <translation> · 超期 {overdue} 条 · {days} 日内到期 {soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="175"/>
        <source>No ledger lines yet — press Ctrl+Shift+N to record the first one, or import a unit&apos;s sheet from the Ledger menu</source>
        <translation>尚无台账事项——按 Ctrl+Shift+N 录入第一条，或从“隐患台账”菜单导入单位报送台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/ledger_view.py" line="178"/>
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
        <location filename="../../officedesk/ui/main_window.py" line="258"/>
        <source>OfficeDesk</source>
        <translation>办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="227"/>
        <location filename="../../officedesk/ui/main_window.py" line="258"/>
        <source>in memory</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="61"/>
        <source>Register</source>
        <translation>信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="62"/>
        <source>Ledger</source>
        <translation>隐患台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="63"/>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="64"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="65"/>
        <source>Counts by category, channel and month. Coming in a later version.</source>
        <translation>按问题类别、信访形式和月份统计。将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="156"/>
        <source>Edit visit (Enter, Ctrl+O)</source>
        <translation>编辑登记（Enter、Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="225"/>
        <source>About OfficeDesk</source>
        <translation>关于办公桌</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="179"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="85"/>
        <source>This data file holds demo data: invented visits, ledger lines and duty for trying OfficeDesk out. File → Remove demo data deletes all of it, and nothing you entered yourself.</source>
        <translation>此数据文件含有演示数据：供试用办公桌的虚构信访登记、台账事项和值班安排。通过“文件 → 清除演示数据”可将其全部删除，不会删除您自己录入的任何内容。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="146"/>
        <source>&amp;New visit…</source>
        <translation>新建登记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="147"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="148"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="150"/>
        <source>&amp;Print list…</source>
        <translation>打印台账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="152"/>
        <source>Print visit &amp;form…</source>
        <translation>打印来访登记表(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="154"/>
        <source>Remove &amp;demo data…</source>
        <translation>清除演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="155"/>
        <source>&amp;Edit visit…</source>
        <translation>编辑登记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="157"/>
        <source>&amp;Void visit…</source>
        <translation>作废登记(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="158"/>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="159"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="160"/>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="161"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="162"/>
        <source>Show full phone and &amp;ID numbers</source>
        <translation>显示完整的电话和身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="168"/>
        <source>Open a &amp;ledger line from this visit…</source>
        <translation>由此登记建立台账事项(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="171"/>
        <source>&amp;About OfficeDesk</source>
        <translation>关于办公桌(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="174"/>
        <source>Go to Re&amp;gister</source>
        <translation>转到信访登记(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="174"/>
        <source>Go to Le&amp;dger</source>
        <translation>转到隐患台账(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="174"/>
        <source>Go to D&amp;uty</source>
        <translation>转到值班(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="175"/>
        <source>Go to Re&amp;ports</source>
        <translation>转到报表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="196"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="226"/>
        <source>OfficeDesk {version}
Petition register, risk ledger and duty table for a county office.

Data file: {path}</source>
        <translation>办公桌 {version}
县级机关信访登记、隐患台账和值班安排工具。

数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="252"/>
        <source>{total} visits · {overdue} overdue · {due_soon} due soon</source>
        <translation>共 {total} 条登记 · 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="254"/>
        <source>{shown} of {total} visits shown · {overdue} overdue · {due_soon} due soon</source>
        <translation>显示 {shown} 条（共 {total} 条）· 超期 {overdue} 条 · 临期 {due_soon} 条</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="260"/>
        <source> (demo data)</source>
        <translation>（演示数据）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="274"/>
        <source>Delete all demo data — {visits} visits and {risks} ledger lines, with the duty data that came with them?

What you entered yourself is kept, even where it refers to a demo visit.</source>
        <translation>删除全部演示数据（{visits} 条登记、{risks} 条台账事项及随附的值班数据）吗？

您自己录入的内容将保留，即使其引用了演示登记。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="278"/>
        <location filename="../../officedesk/ui/main_window.py" line="287"/>
        <source>Remove demo data</source>
        <translation>清除演示数据</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="292"/>
        <source>Demo data removed: {visits} visits, {risks} ledger lines</source>
        <translation>已清除演示数据：{visits} 条登记，{risks} 条台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="302"/>
        <source>The official holiday calendar for {years} is not known yet; deadlines count weekends only. Add the holidays in Settings.</source>
        <translation>尚无 {years} 年的官方节假日安排，期限计算暂只扣除周末。请在“设置”中添加节假日。</translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <location filename="../../officedesk/ui/widgets/name_list_edit.py" line="42"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/name_list_edit.py" line="44"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/name_list_edit.py" line="45"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/name_list_edit.py" line="46"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="53"/>
        <source>Printed at the top of forms and lists</source>
        <translation>打印在登记表和台账的抬头</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="55"/>
        <source>empty: the computer&apos;s login name</source>
        <translation>留空则使用计算机登录名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="56"/>
        <source>Recorded as the author of every change in the history</source>
        <translation>作为每项修改的操作人记入修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="58"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="59"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="62"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_pages.py" line="77"/>
        <source>Enter the office name: it heads every printed form.</source>
        <translation>请填写单位名称：它将印在每份打印表格的抬头。</translation>
    </message>
</context>
<context>
    <name>OfficeSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="25"/>
        <source>Your office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="26"/>
        <source>The office name heads every printed form and list.</source>
        <translation>单位名称将印在每份打印的表格和台账的抬头。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="28"/>
        <source>e.g. 平阳县商务局</source>
        <translation>如：平阳县商务局</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="33"/>
        <source>Office &amp;name</source>
        <translation>单位名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="34"/>
        <source>Leave it empty to enter it later in Settings → Office.</source>
        <translation>可先留空，以后在“设置 → 单位”中填写。</translation>
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
    <name>OrderList</name>
    <message>
        <location filename="../../officedesk/ui/widgets/order_list.py" line="35"/>
        <source>Drag a name, or use Up and Down, to set the order; untick who is left out</source>
        <translation>拖动姓名或使用“上移”“下移”调整顺序；取消勾选的人员不参加轮换</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/order_list.py" line="37"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/order_list.py" line="38"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/order_list.py" line="39"/>
        <source>Move the selected name up (Ctrl+Up)</source>
        <translation>将所选姓名上移（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/order_list.py" line="40"/>
        <source>Move the selected name down (Ctrl+Down)</source>
        <translation>将所选姓名下移（Ctrl+Down）</translation>
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
    <name>PrintingPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="38"/>
        <source>Automatic (宋体, 仿宋, 黑体 and 楷体 of this PC, else the bundled font)</source>
        <translation>自动（使用本机的宋体、仿宋、黑体和楷体，缺少时使用内置字体）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="42"/>
        <source>&amp;Font for printed forms</source>
        <translation>打印字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="46"/>
        <source>Automatic prints body text in 仿宋 and tables in 宋体 as the national standard for official documents asks, when this PC has them. A chosen font prints all text of every form, and is always embedded in the PDF, so the printout looks the same on any computer.</source>
        <translation>选择“自动”时，如本机装有相应字体，则按党政机关公文格式国家标准，正文用仿宋、表格用宋体打印。选定某一字体后，所有表格的全部文字均用该字体打印，并始终嵌入 PDF，在任何计算机上打印效果都相同。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="52"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/settings_output_pages.py" line="58"/>
        <source>%1 (not found: printed automatically)</source>
        <translation>%1（未找到该字体：将按“自动”打印）</translation>
    </message>
</context>
<context>
    <name>ProfileSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="64"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="65"/>
        <source>Some provinces shorten the national periods. Choose the regulation your office follows.</source>
        <translation>部分省份缩短了国家规定的期限。请选择本单位执行的条例。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="71"/>
        <source>The periods this sets</source>
        <translation>该方案规定的期限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="79"/>
        <source>&amp;Regulation</source>
        <translation>适用条例(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="84"/>
        <source>Each period can be changed later in Settings → Deadlines.</source>
        <translation>各项期限以后可在“设置 → 期限”中修改。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../officedesk/ui/widgets/progress_runner.py" line="22"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReceptionSlotDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="29"/>
        <source>New reception slot</source>
        <translation>新建接访安排</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="29"/>
        <source>Edit reception slot</source>
        <translation>编辑接访安排</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="31"/>
        <source>On a date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="32"/>
        <source>Every week on</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="55"/>
        <source>e.g. 办公室 张敏</source>
        <translation>如：办公室 张敏</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="57"/>
        <source>When:</source>
        <translation>接访日期：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="58"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="59"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="60"/>
        <source>&amp;Leader receiving:</source>
        <translation>接访领导(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="61"/>
        <source>Leader&apos;s p&amp;ost:</source>
        <translation>领导职务(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="62"/>
        <source>&amp;Stand-in leader (补位):</source>
        <translation>补位领导(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="63"/>
        <source>Appointment p&amp;hone:</source>
        <translation>预约电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="64"/>
        <source>&amp;Accompanied by:</source>
        <translation>陪同人员(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="65"/>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reception_slot_dialog.py" line="102"/>
        <source>Choose the leader who receives.</source>
        <translation>请选择接访领导。</translation>
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
        <location filename="../../officedesk/ui/register_actions.py" line="119"/>
        <source>Export register</source>
        <translation>导出登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="107"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="113"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="115"/>
        <source>Exported {rows} visits to {file}</source>
        <translation>已导出 {rows} 条登记到 {file}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="120"/>
        <source>Phone and ID numbers are masked in exports. Export them in full?
Full exports are recorded in the audit log.</source>
        <translation>导出时电话和身份证号默认隐藏部分数字。是否导出完整号码？
完整导出将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="123"/>
        <source>Masked</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="124"/>
        <source>In full</source>
        <translation>完整导出</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="137"/>
        <source>Preparing the list…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="143"/>
        <location filename="../../officedesk/ui/register_actions.py" line="154"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="145"/>
        <source>Register list</source>
        <translation>信访接待登记台账</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="156"/>
        <source>Visit form</source>
        <translation>来访登记表</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="166"/>
        <source>Import visits</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="167"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="176"/>
        <source>Import refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="187"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/register_actions.py" line="190"/>
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
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="49"/>
        <source>Reminder: deadlines</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="53"/>
        <source>Today is {today}. These need attention (due soon: within {days} days). Double-click one to open it.</source>
        <translation>今天是 {today}。以下事项需要关注（临期：{days} 日内到期）。双击可打开。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="57"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="57"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="57"/>
        <source>Who</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="57"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="67"/>
        <source>Overdue ledger lines</source>
        <translation>超期的台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="68"/>
        <source>Ledger lines due soon</source>
        <translation>临期的台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="69"/>
        <source>Overdue visits</source>
        <translation>超期的信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="70"/>
        <source>Visits due soon</source>
        <translation>临期的信访登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/reminder_dialog.py" line="78"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="39"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="50"/>
        <source>Backups in {folder}, newest first. The current data is kept as a copy before it is replaced.</source>
        <translation>{folder} 中的备份（最新的在前）。替换前，当前数据会先另存为副本。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="53"/>
        <source>No backups were found in {folder}. Choose a backup file with “Other file…”.</source>
        <translation>在 {folder} 中未找到备份。请点击“其他文件…”选择备份文件。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="61"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="61"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="81"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="83"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="113"/>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/backup_dialog.py" line="114"/>
        <source>OfficeDesk data files (*.db);;All files (*)</source>
        <translation>办公桌数据文件 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="81"/>
        <source>Retire {name}</source>
        <translation>{name} 离岗</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="82"/>
        <source>{name} stays in every table already made, and is no longer offered for duty after the last day.</source>
        <translation>{name} 仍保留在已制作的各份表格中；离岗日期之后不再安排值班。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="87"/>
        <source>&amp;Last day on the list:</source>
        <translation>离岗日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="88"/>
        <source>Retire</source>
        <translation>离岗</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="59"/>
        <source>Facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="60"/>
        <source>Responsibility &amp;&amp; measures</source>
        <translation>责任与措施</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="61"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="62"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="63"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="64"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="152"/>
        <source>New ledger line</source>
        <translation>新建台账事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="152"/>
        <source>Ledger line {no}</source>
        <translation>台账事项 {no}</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="198"/>
        <source>Change a crossed-off line</source>
        <translation>修改已销号事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="199"/>
        <source>This line is crossed off (销号) and locked. Why is it changed?</source>
        <translation>该事项已销号并锁定。请填写修改理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="241"/>
        <source>Save the line first</source>
        <translation>请先保存该事项</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_dialog.py" line="257"/>
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
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="119"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="119"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="119"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="119"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="120"/>
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
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="44"/>
        <source>Progress (进展)</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="48"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="48"/>
        <source>What was done</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="59"/>
        <source>What was done, e.g. met both parties at the site</source>
        <translation>进展情况，如：到现场约见双方当事人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="60"/>
        <source>Add progress</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="93"/>
        <source>Save the line first; then progress can be logged here.</source>
        <translation>请先保存事项，之后可在此记录进展。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/risk_progress_panel.py" line="95"/>
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
        <location filename="../../officedesk/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_wizard.py" line="26"/>
        <source>Set up OfficeDesk</source>
        <translation>办公桌初始设置</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_wizard.py" line="31"/>
        <source>Skip set-up</source>
        <translation>跳过设置</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_wizard.py" line="60"/>
        <source>Set-up not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../officedesk/ui/single_instance.py" line="36"/>
        <source>OfficeDesk is already open</source>
        <translation>办公桌已经打开</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/single_instance.py" line="42"/>
        <source>This data file is already in use by another OfficeDesk, an open window or a running command:
{path}

Held by {app}, process {pid}, on computer {host}.

Switch to that window, or wait for the command to finish. Only one OfficeDesk may work on a data file at a time, so that no change is lost.</source>
        <translation>此数据文件正被另一个办公桌程序（已打开的窗口或正在运行的命令）使用：
{path}

占用程序：{app}，进程号 {pid}，计算机 {host}。

请切换到该窗口，或等待该命令运行结束。同一数据文件同一时间只能由一个办公桌程序使用，以免修改丢失。</translation>
    </message>
</context>
<context>
    <name>StaffChoices</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="48"/>
        <source>{name} ({count} this year)</source>
        <translation>{name}（本年 {count} 天）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="52"/>
        <source>{name}: {count} duty days in {year}</source>
        <translation>{name}：{year} 年值班 {count} 天</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="56"/>
        <source>{name} (not on the staff list that day)</source>
        <translation>{name}（当日不在人员名单中）</translation>
    </message>
</context>
<context>
    <name>StaffDelegate</name>
    <message>
        <location filename="../../officedesk/ui/views/duty_delegates.py" line="149"/>
        <source>Tick who is on duty (值班人员); Enter or a click elsewhere saves, Esc cancels</source>
        <translation>勾选值班人员；按 Enter 或单击别处保存，按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>StaffLeaveDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="104"/>
        <source>Leave of {name}</source>
        <translation>{name} 的休假</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="109"/>
        <source>e.g. 年休假, 出差</source>
        <translation>如：年休假、出差</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="110"/>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="111"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="118"/>
        <source>The leave ends before it starts.</source>
        <translation>休假结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>StaffListDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="37"/>
        <source>Role</source>
        <translation>值班角色</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="38"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="39"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="40"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="41"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="42"/>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="47"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="43"/>
        <source>Until</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="44"/>
        <source>Order</source>
        <translation>轮换顺序</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="48"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="61"/>
        <source>Staff list for duty</source>
        <translation>值班人员名单</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="62"/>
        <source>Show people who have left</source>
        <translation>显示已离岗人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="71"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="72"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="73"/>
        <source>Retire…</source>
        <translation>离岗…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="74"/>
        <source>Set the last day on the list; people are never deleted, so old tables still print their names</source>
        <translation>设置离岗日期；人员不会被删除，以往的值班表仍会打印其姓名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="76"/>
        <source>Add leave…</source>
        <translation>添加休假…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="77"/>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="203"/>
        <source>Delete leave</source>
        <translation>删除休假</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="78"/>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="155"/>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="140"/>
        <source>Nobody on the list yet — press Add person… for each leader and staff member who takes duty</source>
        <translation>名单中尚无人员——请点击“添加人员…”，逐一添加参加值班的领导和工作人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="158"/>
        <source>Leave of {name}</source>
        <translation>{name} 的休假</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="202"/>
        <source>Delete the leave {first} — {last}?</source>
        <translation>删除 {first} — {last} 的休假吗？</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_list_dialog.py" line="208"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="21"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="21"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="29"/>
        <source>e.g. 副局长</source>
        <translation>如：副局长</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="42"/>
        <source>Place in the rotation: lower goes first (ties by the order people were added)</source>
        <translation>在轮换中的位置：数字小的在前（相同时按添加先后排列）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="44"/>
        <source>&amp;Role:</source>
        <translation>值班角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="45"/>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="46"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="47"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="48"/>
        <source>&amp;Office phone:</source>
        <translation>办公电话(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="49"/>
        <source>On the list &amp;from:</source>
        <translation>到岗日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="50"/>
        <source>On the list un&amp;til:</source>
        <translation>离岗日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="51"/>
        <source>Rotation or&amp;der:</source>
        <translation>轮换顺序(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/staff_member_dialog.py" line="69"/>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
</context>
<context>
    <name>StaffSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="38"/>
        <source>Staff on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="39"/>
        <source>The leaders and staff who take turns on duty, with the phones printed on the duty table.</source>
        <translation>轮流值班的领导和工作人员，以及打印在值班安排表上的电话。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="43"/>
        <source>Role</source>
        <translation>值班角色</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="43"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="43"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="44"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="52"/>
        <source>Leader on duty (带班领导)</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="53"/>
        <source>Staff on duty (值班人员)</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="56"/>
        <source>e.g. 副局长</source>
        <translation>如：副局长</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="58"/>
        <source>11 digits</source>
        <translation>11 位数字</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="60"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="61"/>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="65"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="65"/>
        <source>R&amp;ole</source>
        <translation>值班角色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="65"/>
        <source>&amp;Post</source>
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="66"/>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="66"/>
        <source>O&amp;ffice phone</source>
        <translation>办公电话(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="83"/>
        <source>Skip this page to enter the staff later on the Duty page.</source>
        <translation>可跳过此页，以后在“值班”页面录入人员。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="108"/>
        <source>Type the person&apos;s name first.</source>
        <translation>请先输入姓名。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_staff_page.py" line="112"/>
        <source>%1 is already in the list.</source>
        <translation>%1 已在名单中。</translation>
    </message>
</context>
<context>
    <name>UnitsSetupPage</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="43"/>
        <source>Units and departments</source>
        <translation>单位和股室</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="44"/>
        <source>The office&apos;s own sections and the units under it, offered as handling units.</source>
        <translation>本单位内设股室和局属各单位，登记时可选作承办单位。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="45"/>
        <source>Type a name and press Enter</source>
        <translation>输入名称后按 Enter</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/setup_pages.py" line="50"/>
        <source>The list is a starting point; Settings → Lists changes it at any time.</source>
        <translation>此列表仅作初始设置，可随时在“设置 → 选项列表”中修改。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="56"/>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="57"/>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="58"/>
        <source>Progress &amp;&amp; history</source>
        <translation>进展与修改记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="61"/>
        <source>Print registration form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="62"/>
        <source>Prints the visit as last saved</source>
        <translation>打印最后一次保存的内容</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="64"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="65"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="166"/>
        <source>New visit</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="168"/>
        <source>Visit %1</source>
        <translation>信访事项 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="210"/>
        <source>Registration form %1</source>
        <translation>来访登记表 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_dialog.py" line="213"/>
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
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="34"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="34"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="39"/>
        <source>What was done, e.g. visited the site with the handling unit</source>
        <translation>办理情况，如：会同承办单位到现场查看</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="40"/>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="46"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="58"/>
        <source>Progress notes</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="63"/>
        <source>Save the visit first; then progress notes can be added here.</source>
        <translation>请先保存登记，之后可在此添加办理进展。</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/visit_progress_page.py" line="68"/>
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
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="21"/>
        <source>Void visit %1</source>
        <translation>作废登记 %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="21"/>
        <source>Void visit</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="22"/>
        <source>A voided visit stays in the register, marked void, with this reason. Why is it void?</source>
        <translation>作废后，该登记仍保留在台账中，标记为“作废”并记录此理由。请填写作废理由：</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="26"/>
        <source>e.g. registered twice, see XF-2026-0012</source>
        <translation>如：重复登记，见 XF-2026-0012</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dialogs/void_dialog.py" line="29"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
</TS>
