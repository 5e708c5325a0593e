<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="84"/>
        <source>Samples are not taken back (A4).</source>
        <translation>样品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="85"/>
        <source>Installed or used products are not taken back (A4).</source>
        <translation>已安装使用过的产品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="87"/>
        <source>Discontinued products are not taken back (A4).</source>
        <translation>淘汰产品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="89"/>
        <source>Special-order products are not taken back (A4).</source>
        <translation>特定产品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="91"/>
        <source>Scrap is not taken back (A4).</source>
        <translation>报废品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="92"/>
        <source>Products assembled with other brands are not taken back (A4).</source>
        <translation>与其它品牌组装的产品不予退换（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="94"/>
        <source>Whole lamps are not taken back, only lamp parts (A4).</source>
        <translation>不受理整灯退货，只受理灯具零部件（A4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="110"/>
        <source>Out of warranty since {end}: such goods should not be sent back; HQ may offer a paid repair (R4).</source>
        <translation>已于 {end} 过保：此类产品请不要退回公司；总部可提供收费维修（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="128"/>
        <source>Goods not matching the order must be unused (A2).</source>
        <translation>不符合订货要求的货物必须未经使用（A2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="131"/>
        <location filename="../../desktop/core/rules/acceptance.py" line="149"/>
        <source>Give the date and time the goods were received (A2).</source>
        <translation>请填写收货日期和时间（A2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="134"/>
        <source>Goods not matching the order must be reported within {hours} hours of receipt (A2, C1); these were received on {received}.</source>
        <translation>不符合订货要求的货物须在收货后 {hours} 小时内反馈（A2、C1）；此批货物收货时间为 {received}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="145"/>
        <source>The company&apos;s mistake is exchanged unconditionally only while the package is unopened (A2).</source>
        <translation>公司操作失误须在包装未打开的情况下才无条件调换（A2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="152"/>
        <source>The company&apos;s mistake must be reported within {days} days of receipt (A2); these were received on {received}.</source>
        <translation>公司操作失误须在收货后 {days} 天内反馈（A2）；此批货物收货日期为 {received}。</translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="38"/>
        <source>Organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="50"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="68"/>
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="40"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="57"/>
        <source>Policy settings</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="107"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="130"/>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="137"/>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="138"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="139"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="140"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="144"/>
        <source>%1 is in the calendar: %2.</source>
        <translation>%1 已记入日历：%2。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="96"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="97"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="99"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="100"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="119"/>
        <source>%1 removed from the calendar.</source>
        <translation>%1 已从日历中删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Holiday (no work)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="113"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="37"/>
        <source>Technician&apos;s login or service point&apos;s code</source>
        <translation>技术员登录名或服务网点代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="38"/>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="39"/>
        <source>Confirm I take it</source>
        <translation>确认接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="41"/>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="42"/>
        <source>Record the work</source>
        <translation>记录处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="44"/>
        <source>The result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="45"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="61"/>
        <source>Confirmed.</source>
        <translation>已确认接单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="63"/>
        <source>Work recorded.</source>
        <translation>处理内容已记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="66"/>
        <source>Completed; the callback is due.</source>
        <translation>已完成，待回访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/actions.py" line="73"/>
        <source>Assigned.</source>
        <translation>已派工。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="87"/>
        <source>Service case %1</source>
        <translation>服务单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="96"/>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="96"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="96"/>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="97"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="97"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="101"/>
        <source>Callbacks</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="105"/>
        <source>The unit&apos;s history</source>
        <translation>该产品的履历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="106"/>
        <source>The customer was reached</source>
        <translation>已联系上客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="108"/>
        <location filename="../../desktop/ui/service/detail.py" line="147"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="115"/>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="132"/>
        <source>Earlier repairs of this unit within the window: %1</source>
        <translation>该产品期限内的先前维修：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="138"/>
        <source>Fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="139"/>
        <source>Warranty: %1</source>
        <translation>保修：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="140"/>
        <source>Assigned to %1</source>
        <translation>已派给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="141"/>
        <source>Work: %1</source>
        <translation>处理：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="142"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="146"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="147"/>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="152"/>
        <source>%1 closed: the customer is satisfied.</source>
        <translation>%1 已关闭：客户满意。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="155"/>
        <source>%1 reopened: the customer is not satisfied.</source>
        <translation>%1 已重新打开：客户不满意。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="157"/>
        <source>Not reached; the next attempt is due %1.</source>
        <translation>未联系上；下次回访时间 %1。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="24"/>
        <source>Lighting product</source>
        <translation>照明电器产品</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="25"/>
        <source>Rigid light strip</source>
        <translation>硬灯条</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="29"/>
        <source>Light source</source>
        <translation>光源</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="30"/>
        <source>Driver</source>
        <translation>驱动电源</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="31"/>
        <source>Electronic part</source>
        <translation>电子件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="32"/>
        <source>Structural part</source>
        <translation>结构件</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="95"/>
        <source>File a part replacement claim</source>
        <translation>填写配件更换核销单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="104"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="105"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="106"/>
        <source>Serial of the unit repaired</source>
        <translation>所修产品序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="107"/>
        <source>What was wrong</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="108"/>
        <source>Photos of the faulty part</source>
        <translation>旧件照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="110"/>
        <source>Keep the faulty part until the write-off note is issued.</source>
        <translation>核销单下发前请保留旧件，不得丢弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="115"/>
        <source>Claim %1 filed; keep the faulty part until it is written off.</source>
        <translation>核销申请 %1 已提交；核销前请保留旧件。</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="33"/>
        <source>Keep the faulty part</source>
        <translation>保留旧件（待核销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="34"/>
        <source>May discard</source>
        <translation>可丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="42"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="43"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="44"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="45"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="46"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="47"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="49"/>
        <source>Faulty part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="64"/>
        <source>Part replacement claims</source>
        <translation>配件更换核销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="71"/>
        <source>File a claim…</source>
        <translation>申请核销…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="72"/>
        <source>Decide…</source>
        <translation>处理…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/failures.py" line="32"/>
        <source>Argument {n} ({shown}) is not valid UTF-8 text; type it again or set the terminal to UTF-8.</source>
        <translation>第 {n} 个参数（{shown}）不是有效的 UTF-8 文本；请重新输入，或把终端设为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/failures.py" line="45"/>
        <source>The password on standard input is not valid UTF-8 text.</source>
        <translation>标准输入中的密码不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/failures.py" line="48"/>
        <source>Give the password on standard input.</source>
        <translation>请在标准输入中给出密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/receiving.py" line="100"/>
        <source>Already received by you on {at}: box {box} of {boxes}, request {number}. Not counted again.</source>
        <translation>您已于 {at} 收货：申请 {number} 的第 {box}/{boxes} 箱。不重复计数。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="33"/>
        <source>Goods not matching the order</source>
        <translation>不符合订货要求</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="34"/>
        <source>Quality exception on receipt</source>
        <translation>收货发现质量异常</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="35"/>
        <source>The company&apos;s mistake (wrong entry or goods, unopened)</source>
        <translation>公司操作失误（输错单、发错货，未开包装）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="39"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="40"/>
        <source>Credit</source>
        <translation>冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="41"/>
        <source>Return request needed</source>
        <translation>需提交退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="42"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="45"/>
        <source>Awaiting the order department</source>
        <translation>待订单部答复</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="46"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="59"/>
        <source>The goods cannot have been received after the sheet is filed.</source>
        <translation>收货时间不能晚于填单时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="63"/>
        <source>The company&apos;s mistake is exchanged unconditionally only while the package is unopened (A2).</source>
        <translation>公司操作失误须在包装未打开的情况下才无条件调换（A2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="67"/>
        <source>The company&apos;s mistake is reported within {days} days of receipt (A2); after that it counts as accepted.</source>
        <translation>公司操作失误须在收货后 {days} 天内反馈（A2），逾期视为默认。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="72"/>
        <source>The complaint sheet is filed within {hours} hours of receipt (C1); these goods were received on {received}.</source>
        <translation>客诉联络单须在收货后 {hours} 小时内填写（C1）；此批货物收货时间为 {received}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/complaints.py" line="77"/>
        <source>Goods not matching the order are taken back only unused (A2).</source>
        <translation>不符合订货要求的货物须未经使用方可退换（A2）。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="31"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="32"/>
        <source>Filed by</source>
        <translation>填单单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="33"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="34"/>
        <source>Received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="37"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="39"/>
        <source>Return request</source>
        <translation>退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="50"/>
        <source>Complaint sheets</source>
        <translation>客诉联络单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="55"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../desktop/ui/widgets/confirm.py" line="21"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="56"/>
        <source>Count of %1</source>
        <translation>清点 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="62"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="62"/>
        <source>Declared</source>
        <translation>申报数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="62"/>
        <source>Counted</source>
        <translation>实点数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="63"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="73"/>
        <source>By model</source>
        <translation>按型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="75"/>
        <source>scan a product barcode: one unit per scan</source>
        <translation>扫描产品条码：每扫一次计一件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="77"/>
        <source>Scan a unit</source>
        <translation>扫描单件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="78"/>
        <source>A model not declared</source>
        <translation>未申报的型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/count.py" line="88"/>
        <source>Add the model</source>
        <translation>添加该型号</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/fields.py" line="115"/>
        <source>%1 is not a date; type it like %2.</source>
        <translation>%1 不是有效的日期，请按 %2 这样的格式输入。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="136"/>
        <source>Part claim %1</source>
        <translation>配件核销 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="144"/>
        <source>Replenish the dealer&apos;s turnover stock</source>
        <translation>补回经销商周转库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="145"/>
        <source>Credit the dealer</source>
        <translation>冲抵经销商货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="149"/>
        <source>Note to the dealer</source>
        <translation>给经销商的说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="151"/>
        <source>Write-off</source>
        <translation>核销方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="154"/>
        <source>Accept on the photos</source>
        <translation>凭照片认可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="155"/>
        <source>Ask for the part back</source>
        <translation>要求寄回旧件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="157"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="158"/>
        <source>Write off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="172"/>
        <source>%1 accepted; write it off next.</source>
        <translation>%1 已认可，下一步核销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="173"/>
        <source>%1: the dealer is asked to send the faulty part back.</source>
        <translation>%1：已要求经销商寄回旧件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="174"/>
        <source>%1 rejected.</source>
        <translation>%1 已驳回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/claims.py" line="175"/>
        <source>%1 written off; the dealer may discard the part.</source>
        <translation>%1 已核销，经销商可丢弃旧件。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="53"/>
        <source>organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="54"/>
        <source>products and spare parts</source>
        <translation>产品和配件</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="55"/>
        <source>working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="56"/>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="57"/>
        <source>return requests and boxes</source>
        <translation>返修退货申请和箱子</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="58"/>
        <source>transport exceptions</source>
        <translation>运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="59"/>
        <source>complaint sheets</source>
        <translation>客诉联络单</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="60"/>
        <source>spare-parts stock and repairs</source>
        <translation>配件库存和维修</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="61"/>
        <source>service cases, callbacks and incidents</source>
        <translation>服务单、回访和重大质量事故</translation>
    </message>
</context>
<context>
    <name>ExceptionDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="33"/>
        <source>Transport exception %1</source>
        <translation>运输异常 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="82"/>
        <source>Received %1, reported %2</source>
        <translation>收货 %1，报告 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="90"/>
        <source>Decision: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="41"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="43"/>
        <source>note or reason (kept in the audit log)</source>
        <translation>备注或原因（记入操作日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="47"/>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="49"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="51"/>
        <source>Save the record as PDF…</source>
        <translation>记录表另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="56"/>
        <source>Signer and responsible party…</source>
        <translation>签字人与责任单位…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="59"/>
        <source>Open a return request</source>
        <translation>提交退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="67"/>
        <source>Accept the late report</source>
        <translation>受理逾期报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="79"/>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="79"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="86"/>
        <source>Carrier&apos;s signer: %1 (%2) · responsible party: %3</source>
        <translation>承运方签字人：%1（%2）· 责任单位：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="88"/>
        <source>not named</source>
        <translation>未指明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="114"/>
        <source>Accept the late report %1 after all? It then waits for your decision. This cannot be undone.</source>
        <translation>确定仍受理逾期报告 %1 吗？受理后等待订单部处理，此操作不可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="118"/>
        <source>Decide %1 for %2: %3? %2 sees the decision at once; it cannot be changed afterwards.</source>
        <translation>确定对 %2 的 %1 作出处理：%3？%2 会立即看到处理结果，之后不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="125"/>
        <source>Late report %1 accepted.</source>
        <translation>逾期报告 %1 已受理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="126"/>
        <source>%1 decided: %2.</source>
        <translation>%1 已处理：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/detail.py" line="146"/>
        <source>Draft return request %1 opened.</source>
        <translation>已生成退货申请草稿 %1。</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="110"/>
        <source>Record a transport exception</source>
        <translation>登记运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="116"/>
        <source>order or return request number</source>
        <translation>订单号或退货申请号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="118"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="126"/>
        <source>what was found, box by box</source>
        <translation>逐箱说明发现的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="129"/>
        <source>The carrier signed the record</source>
        <translation>承运方已在记录表上签字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="131"/>
        <source>who is responsible, once known</source>
        <translation>责任单位（查明后填写）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="134"/>
        <source>Shipment</source>
        <translation>货物方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="135"/>
        <source>Received on</source>
        <translation>收货日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="136"/>
        <source>Order / request</source>
        <translation>订单/申请号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="137"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="138"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="139"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="140"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="141"/>
        <source>What was found</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="142"/>
        <source>Carrier&apos;s signer</source>
        <translation>承运方签字人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="144"/>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="148"/>
        <source>Transport exception %1 recorded.</source>
        <translation>运输异常 %1 已登记。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="39"/>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="41"/>
        <location filename="../../desktop/ui/widgets/export.py" line="103"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="61"/>
        <source>%1 rows written…</source>
        <translation>已写入 %1 行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="78"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="79"/>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出：没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="104"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FigureRecords</name>
    <message>
        <location filename="../../desktop/ui/figures/records.py" line="24"/>
        <source>Records behind the figure</source>
        <translation>该数字所统计的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/records.py" line="30"/>
        <source>%1 records</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/records.py" line="31"/>
        <source>No records: this figure counts none.</source>
        <translation>没有记录：该数字未统计任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/records.py" line="36"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/records.py" line="37"/>
        <source>Copy the numbers</source>
        <translation>复制单号</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../desktop/core/rules/figures.py" line="52"/>
        <source>“{text}” is not a month: write the year and the month, e.g. {example}.</source>
        <translation>“{text}”不是月份：请写年份和月份，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/figures.py" line="57"/>
        <source>{month} is before any record ReturnDesk keeps (from {first}).</source>
        <translation>{month} 早于本系统保存的任何记录（自 {first} 起）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/figures.py" line="61"/>
        <source>{month} has not begun yet: there are figures up to {current}.</source>
        <translation>{month} 尚未开始：数据截至 {current}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/figures.py" line="70"/>
        <source>The first month ({first}) comes after the last ({last}).</source>
        <translation>起始月份（{first}）晚于结束月份（{last}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/figures.py" line="74"/>
        <source>Compare at most {count} months at a time.</source>
        <translation>一次最多比较 {count} 个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="49"/>
        <location filename="../../desktop/core/services/figures/complaints.py" line="99"/>
        <source>Sheets</source>
        <translation>联络单数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="50"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="53"/>
        <source>Answered or past due</source>
        <translation>应答复数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="59"/>
        <source>Answered in time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="67"/>
        <source>Response rate</source>
        <translation>按时答复率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="76"/>
        <source>Complaint sheets by class</source>
        <translation>客诉联络单（按类别）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="79"/>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="105"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="86"/>
        <source>Complaint sheets by dealer</source>
        <translation>客诉联络单（按经销商）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="95"/>
        <source>Complaint sheets by model</source>
        <translation>客诉联络单（按型号）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/complaints.py" line="102"/>
        <location filename="../../desktop/core/services/figures/repairs.py" line="51"/>
        <location filename="../../desktop/core/services/figures/returns.py" line="53"/>
        <location filename="../../desktop/core/services/figures/returns.py" line="197"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="40"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="43"/>
        <source>Finished or past due</source>
        <translation>应完成数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="49"/>
        <source>Finished in time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="55"/>
        <source>Finished late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="61"/>
        <source>Open past due</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="67"/>
        <source>Open within time</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="75"/>
        <source>Completion rate (A8)</source>
        <translation>按时完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="84"/>
        <source>5-working-day completion by dealer</source>
        <translation>5个工作日完成情况（按经销商）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/completion.py" line="93"/>
        <source>5-working-day completion by region</source>
        <translation>5个工作日完成情况（按区域）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="22"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="27"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="32"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="37"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="42"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/dims.py" line="49"/>
        <source>Spare part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/engine.py" line="30"/>
        <source>Average of all dealers</source>
        <translation>全部经销商平均</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/engine.py" line="110"/>
        <location filename="../../desktop/core/services/figures/trend.py" line="103"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/export.py" line="35"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/export.py" line="36"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/export.py" line="37"/>
        <source>After-sales figures {month}</source>
        <translation>{month} 售后数据</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="34"/>
        <source>Freight amount reimbursed (A7)</source>
        <translation>报销运费金额（A7）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="40"/>
        <source>Charged for lacking turnover parts (S2)</source>
        <translation>缺周转配件扣款（S2）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="53"/>
        <source>Penalties and credits by dealer</source>
        <translation>罚款与冲帐（按经销商）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="57"/>
        <source>Returns settled</source>
        <translation>已结算退货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="58"/>
        <source>Credit</source>
        <translation>冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="61"/>
        <source>Units exchanged</source>
        <translation>换货件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="65"/>
        <source>Repair fees</source>
        <translation>维修费</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="67"/>
        <source>Penalties (A6)</source>
        <translation>罚款（A6）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="71"/>
        <source>Penalties waived</source>
        <translation>免罚</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="77"/>
        <source>Freight reimbursed (A7)</source>
        <translation>报销运费</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/money.py" line="84"/>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="50"/>
        <location filename="../../desktop/core/services/figures/repairs.py" line="122"/>
        <source>Repairs</source>
        <translation>维修单数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="52"/>
        <source>Minutes</source>
        <translation>工时（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="53"/>
        <source>Fees</source>
        <translation>维修费</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="56"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="62"/>
        <source>Not repairable</source>
        <translation>不可修</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="67"/>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="71"/>
        <source>Free in warranty</source>
        <translation>保修期内免费</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="79"/>
        <source>Free-repair rate in warranty</source>
        <translation>保内免费率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="89"/>
        <source>Repairs by model</source>
        <translation>维修（按型号）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="97"/>
        <source>Repairs by technician</source>
        <translation>维修（按技术员）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="99"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="105"/>
        <source>Spare parts used</source>
        <translation>配件用量</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="111"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="117"/>
        <source>Of which refurbished</source>
        <translation>其中翻新件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/repairs.py" line="125"/>
        <location filename="../../desktop/core/services/figures/returns.py" line="56"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/results.py" line="21"/>
        <source>Not named</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="52"/>
        <location filename="../../desktop/core/services/figures/returns.py" line="201"/>
        <source>Requests</source>
        <translation>申请数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="62"/>
        <source>Units in warranty</source>
        <translation>保内件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="74"/>
        <source>Units inspected</source>
        <translation>检验件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="77"/>
        <source>With a quality verdict</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="84"/>
        <source>No fault found</source>
        <translation>检测正常</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="91"/>
        <source>Human damage</source>
        <translation>人为破坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="98"/>
        <source>Not covered or not accepted</source>
        <translation>不在范围</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="105"/>
        <source>Out of warranty</source>
        <translation>超出保修期</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="116"/>
        <source>Defect rate (‰ of units returned)</source>
        <translation>不良率‰</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="134"/>
        <source>Returns by dealer</source>
        <translation>返修退货（按经销商）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="142"/>
        <source>Returns by region</source>
        <translation>返修退货（按区域）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="149"/>
        <source>Returns by model</source>
        <translation>返修退货（按型号）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="156"/>
        <source>Returns by category</source>
        <translation>返修退货（按类别）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="163"/>
        <source>Returns by reason</source>
        <translation>返修退货（按原因）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="166"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="177"/>
        <source>Defect rate by model</source>
        <translation>各型号不良率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="185"/>
        <source>Verdicts at inspection</source>
        <translation>检验鉴定结果</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/returns.py" line="189"/>
        <source>Verdict</source>
        <translation>鉴定结果</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="46"/>
        <source>Service cases and callbacks (C3)</source>
        <translation>服务单与回访（C3）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="47"/>
        <source>Not counted yet: service cases, their classes and callbacks are kept by the service desk, which is not installed in this database.</source>
        <translation>尚未统计：服务单、其分类和回访由客服服务台记录，本数据库尚未安装服务台。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="102"/>
        <source>Service cases by class (C3)</source>
        <translation>服务单（按分类，C3）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="107"/>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="120"/>
        <source>Cases</source>
        <translation>服务单数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="111"/>
        <source>Service cases by source (C5)</source>
        <translation>服务单（按来源，C5）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="115"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="131"/>
        <source>Callbacks by dealer (C3)</source>
        <translation>回访（按经销商，C3）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="135"/>
        <source>Services completed</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="136"/>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="139"/>
        <source>Called back in time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="145"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="153"/>
        <source>Callback satisfaction</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/service_cases.py" line="159"/>
        <source>Callbacks in time</source>
        <translation>按时回访率</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/summary.py" line="27"/>
        <source>Every dealer and region</source>
        <translation>全部经销商和区域</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="28"/>
        <source>Loss</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="29"/>
        <source>Shortage</source>
        <translation>少数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="30"/>
        <source>Wrong goods</source>
        <translation>错货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="31"/>
        <source>Damage</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="32"/>
        <source>Mass breakage</source>
        <translation>大规模破碎</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="38"/>
        <source>Exceptions</source>
        <translation>异常数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="41"/>
        <source>Reported late (X1)</source>
        <translation>逾期报告</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="47"/>
        <source>Credited in full</source>
        <translation>全额冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="65"/>
        <source>Transport exceptions by carrier</source>
        <translation>运输异常（按承运商）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="72"/>
        <source>Transport exceptions by kind</source>
        <translation>运输异常（按类型）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/transport.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="31"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="42"/>
        <source>Return requests</source>
        <translation>返修退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="43"/>
        <source>Units returned</source>
        <translation>退回件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="47"/>
        <source>Transport exceptions</source>
        <translation>运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="49"/>
        <source>Complaint sheets</source>
        <translation>客诉联络单</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/trend.py" line="101"/>
        <source>Month by month</source>
        <translation>逐月对比</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../desktop/ui/figures/files.py" line="82"/>
        <source>Save monthly summary PDF</source>
        <translation>保存月度汇总 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/files.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/files.py" line="94"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/files.py" line="103"/>
        <source>Monthly summary</source>
        <translation>月度售后汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/model.py" line="104"/>
        <source>Double-click to see the records this figure counts</source>
        <translation>双击查看该数字所统计的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="89"/>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="94"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="110"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="111"/>
        <source>Save monthly summary PDF…</source>
        <translation>保存月度汇总 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="112"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="129"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="130"/>
        <source>Compare from</source>
        <translation>对比起始月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="137"/>
        <location filename="../../desktop/ui/figures/page.py" line="142"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="138"/>
        <source>Chart of</source>
        <translation>图表指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="143"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="149"/>
        <source>Month by month</source>
        <translation>逐月对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="185"/>
        <source>every dealer and region</source>
        <translation>全部经销商和大区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="186"/>
        <source>Figures of %1 · %2</source>
        <translation>%1 的统计数据 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures/page.py" line="261"/>
        <source>Open a month&apos;s figure to see its records.</source>
        <translation>请打开某个月份的数字查看其记录。</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="102"/>
        <source>This unit reached the repeat-repair threshold: a major quality incident is suggested.</source>
        <translation>该产品已达到重复维修阈值，建议申请重大质量事故处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="106"/>
        <source>Apply for a major quality incident…</source>
        <translation>申请重大质量事故处理…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="117"/>
        <location filename="../../desktop/ui/service/followup.py" line="149"/>
        <source>Answered (%1): %2</source>
        <translation>已答复（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="125"/>
        <source>What the written reply said</source>
        <translation>书面答复的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="126"/>
        <source>Record the reply</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="137"/>
        <source>in writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="137"/>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="148"/>
        <source>Reply recorded.</source>
        <translation>答复已记录。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="62"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="122"/>
        <source>Go ahead</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="124"/>
        <source>Back to the form</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="23"/>
        <source>Approvals waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="25"/>
        <source>Reviews waiting</source>
        <translation>待区域审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="27"/>
        <source>Boxes missing past the policy days</source>
        <translation>超期未到的箱子</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="29"/>
        <source>Past the working-day clock (A8)</source>
        <translation>超过工作日时限（A8）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="32"/>
        <source>Repair quotes to answer</source>
        <translation>待答复的维修报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="34"/>
        <source>Stock gaps</source>
        <translation>周转库存缺口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="35"/>
        <source>Part requests waiting</source>
        <translation>待处理的配件申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="37"/>
        <source>Complaint sheets past 24 h</source>
        <translation>超过 24 小时未答复的客诉单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="39"/>
        <source>Complaint sheets within 24 h</source>
        <translation>24 小时内待答复的客诉单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/tiles.py" line="41"/>
        <source>Transport records to decide</source>
        <translation>待处理的运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="79"/>
        <source>No queue waits for your role; choose a page on the left.</source>
        <translation>您的角色没有待办队列；请在左侧选择页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="87"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="90"/>
        <source>Role: %1 · Organisation: %2 (%3)</source>
        <translation>角色：%1 · 组织：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="93"/>
        <source>Your day&apos;s work: click a count to open what it counts.</source>
        <translation>今日待办：点击数字，打开对应的记录。</translation>
    </message>
</context>
<context>
    <name>IncidentApplyDialog</name>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="46"/>
        <source>Apply for a major quality incident: %1</source>
        <translation>重大质量事故处理申请：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="50"/>
        <source>Fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="60"/>
        <source>Repaired repeatedly within the window: %1</source>
        <translation>期限内多次维修：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="64"/>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="65"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="66"/>
        <source>Justification</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="67"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="71"/>
        <source>Application %1 sent to management.</source>
        <translation>申请 %1 已提交管理层。</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="82"/>
        <source>Major incident application %1</source>
        <translation>重大质量事故处理申请 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="96"/>
        <source>Reason for the decision</source>
        <translation>审批理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="98"/>
        <location filename="../../desktop/ui/service/incidents.py" line="120"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="101"/>
        <location filename="../../desktop/ui/service/incidents.py" line="120"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="105"/>
        <source>Save the application as PDF…</source>
        <translation>将申请表另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="121"/>
        <source>%1 %2 (%3, %4)? The decision cannot be changed afterwards.</source>
        <translation>确定%1 %2（%3，%4）？审批结果之后不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="127"/>
        <source>%1 approved.</source>
        <translation>%1 已批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="127"/>
        <source>%1 rejected.</source>
        <translation>%1 已驳回。</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="39"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="40"/>
        <source>Service case</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="41"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="42"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="43"/>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="44"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="45"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="56"/>
        <source>Major incident approvals</source>
        <translation>重大质量事故审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="61"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="31"/>
        <source>Quality defect in warranty</source>
        <translation>保修期内质量缺陷</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="32"/>
        <source>No fault found (A5)</source>
        <translation>检测正常（A5）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="33"/>
        <source>Human damage (A6)</source>
        <translation>人为破坏（A6）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="34"/>
        <source>Out of warranty (R4)</source>
        <translation>已过保修期（R4）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="35"/>
        <source>Not accepted for return (A4)</source>
        <translation>不予退换（A4）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="36"/>
        <source>Not covered (A3)</source>
        <translation>非保证范围（A3）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="37"/>
        <source>Safety problem / worth analysing (A7)</source>
        <translation>安全问题／有分析价值（A7）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="53"/>
        <source>Wrong installation or use</source>
        <translation>安装、使用不当</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="54"/>
        <source>Unsuitable environment (voltage, overload, short circuit)</source>
        <translation>使用环境不符（电压不稳、超负荷、短路）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="56"/>
        <source>Force majeure (flood, fire, earthquake, lightning)</source>
        <translation>不可抗力（水灾、火灾、地震、雷击）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="58"/>
        <source>Bad storage or handling (dropped, crushed, stacked)</source>
        <translation>仓储或搬运不当（跌落、重压、积压）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="60"/>
        <source>Used with parts not supplied by the company</source>
        <translation>使用非本公司原配套产品</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="62"/>
        <source>Disassembled, modified or certificate altered</source>
        <translation>私自拆卸、改动或涂改合格证</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="78"/>
        <source>Awaiting the dealer</source>
        <translation>待经销商确认</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="79"/>
        <source>Accepted by the dealer</source>
        <translation>经销商已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="80"/>
        <source>Declined by the dealer</source>
        <translation>经销商已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="94"/>
        <source>Credit</source>
        <translation>冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="95"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="96"/>
        <source>Repaired and sent back</source>
        <translation>修复后寄回</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="97"/>
        <source>Sent back as it came</source>
        <translation>原样退回</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="122"/>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="124"/>
        <source>Not covered needs one of the A3 reasons.</source>
        <translation>非保证范围须选择一项 A3 原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="127"/>
        <source>An A3 reason belongs only to a not-covered verdict.</source>
        <translation>A3 原因只用于“非保证范围”的鉴定。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="130"/>
        <source>A repair fee cannot be negative.</source>
        <translation>维修费不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="133"/>
        <source>Out of warranty: first judge whether it can be repaired (R4).</source>
        <translation>已过保修期：请先判定是否可修（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="136"/>
        <source>A repairable unit out of warranty needs the repair fee to quote to the dealer (R4).</source>
        <translation>过保可修的产品须填写维修费，报价给经销商（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="140"/>
        <source>Only an out-of-warranty repair is charged (R4).</source>
        <translation>只有过保维修才收费（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="207"/>
        <source>Nothing has been inspected.</source>
        <translation>尚未鉴定任何产品。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="209"/>
        <source>A repair quote is still waiting for the dealer&apos;s answer (R4).</source>
        <translation>还有维修报价在等经销商答复（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="212"/>
        <source>Choose credit or exchange for the defective units.</source>
        <translation>请为质量缺陷的产品选择冲帐或换货。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="240"/>
        <source>A penalty cannot be negative.</source>
        <translation>罚款不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="243"/>
        <source>A penalty needs a human-damage verdict (A6).</source>
        <translation>只有鉴定为人为破坏才能罚款（A6）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="249"/>
        <source>Human damage: the penalty is at least {minimum} (A6), or waive it with a written reason.</source>
        <translation>人为破坏：罚款至少 {minimum}（A6），或填写书面原因予以免除。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="262"/>
        <source>Type a freight amount in yuan, for example 86.50.</source>
        <translation>运费请填写金额（元），例如 86.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="265"/>
        <source>Freight is reimbursed only for safety problems, defects worth analysing and units recalled for testing (A7); leave the freight empty.</source>
        <translation>只有安全问题、有分析价值的缺陷和召回检测的产品才报销运费（A7）；请将运费留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="269"/>
        <source>Type the freight bill&apos;s amount before the amount reimbursed.</source>
        <translation>请先填写运费单金额，再填写报销金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="272"/>
        <source>A freight amount cannot be negative.</source>
        <translation>运费金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="274"/>
        <source>A freight bill of {bill} is above the policy&apos;s limit of {maximum}; check the amount.</source>
        <translation>运费单金额 {bill} 超过政策上限 {maximum}，请核对金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/inspection.py" line="278"/>
        <source>The amount reimbursed ({paid}) cannot be more than the freight bill ({bill}).</source>
        <translation>报销金额（{paid}）不能超过运费单金额（{bill}）。</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="74"/>
        <source>Inspection %1</source>
        <translation>检验 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="78"/>
        <location filename="../../desktop/ui/inspection/dialog.py" line="80"/>
        <location filename="../../desktop/ui/inspection/dialog.py" line="133"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="78"/>
        <source>Counted</source>
        <translation>清点数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="79"/>
        <source>Judged</source>
        <translation>已鉴定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="80"/>
        <location filename="../../desktop/ui/inspection/dialog.py" line="135"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="80"/>
        <location filename="../../desktop/ui/inspection/dialog.py" line="137"/>
        <source>Verdict</source>
        <translation>鉴定结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="81"/>
        <source>Repair fee</source>
        <translation>维修费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="81"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="81"/>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="82"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="82"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="113"/>
        <source>Verdict on counted units</source>
        <translation>对清点产品的鉴定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="123"/>
        <source>Repairable</source>
        <translation>可修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="125"/>
        <source>fee per unit, e.g. 25.00</source>
        <translation>每件维修费，如 25.00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="127"/>
        <source>what was found</source>
        <translation>检测发现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="128"/>
        <source>Add verdict</source>
        <translation>添加鉴定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="139"/>
        <source>A3 reason</source>
        <translation>A3 原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="150"/>
        <source>Remove verdict</source>
        <translation>删除鉴定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="151"/>
        <source>Finish inspection</source>
        <translation>完成检验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="152"/>
        <source>Repair order…</source>
        <translation>开维修单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="153"/>
        <source>Accept repair quote</source>
        <translation>接受维修报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="154"/>
        <source>Decline repair quote</source>
        <translation>拒绝维修报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="155"/>
        <source>Settle…</source>
        <translation>结算…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="158"/>
        <source>Close the return</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="160"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="209"/>
        <source>Credit %1</source>
        <translation>冲帐 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="210"/>
        <source>exchange %1 units</source>
        <translation>换货 %1 件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="211"/>
        <source>repaired %1</source>
        <translation>修复寄回 %1 件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="212"/>
        <source>sent back %1</source>
        <translation>原样退回 %1 件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="214"/>
        <source>repair fees %1</source>
        <translation>维修费 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="216"/>
        <source>penalty %1 (A6)</source>
        <translation>罚款 %1（A6）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="218"/>
        <source>penalty waived: %1</source>
        <translation>免除罚款：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="222"/>
        <source>charged %1 for lacking turnover parts (S2)</source>
        <translation>缺周转配件扣款 %1（S2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="225"/>
        <source>dealer disqualified: %1</source>
        <translation>取消经销商资格：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="227"/>
        <source>Settled: </source>
        <translation>已结算：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="231"/>
        <source>freight reimbursed on the freight bill (A7), bill not recorded</source>
        <translation>运费凭票据报销（A7），运费单金额未登记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="232"/>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="234"/>
        <source>freight bill %1, reimbursed %2 (A7)</source>
        <translation>运费单 %1，报销 %2（A7）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="329"/>
        <location filename="../../desktop/ui/inspection/dialog.py" line="332"/>
        <source>Finish the inspection</source>
        <translation>完成检验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="330"/>
        <source>Finish the inspection of %1? The verdicts go to the dealer (quotes to answer) and to the order department for settlement, and can no longer change.</source>
        <translation>完成 %1 的检验？鉴定结果将交给经销商（待答复的报价）和订单部结算，之后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/dialog.py" line="377"/>
        <source>Repair order %1 opened.</source>
        <translation>已开维修单 %1。</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="19"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="20"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="21"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="22"/>
        <source>Judged / counted</source>
        <translation>已鉴定／清点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="26"/>
        <source>Quotes awaiting the dealer</source>
        <translation>待经销商确认报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="29"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="40"/>
        <source>Inspection and settlement</source>
        <translation>检验与结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="44"/>
        <source>Filter: request number or dealer</source>
        <translation>筛选：申请单号或经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/page.py" line="46"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="115"/>
        <source>Ledger of %1 at %2</source>
        <translation>%1 在 %2 的库存流水</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="119"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="119"/>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="119"/>
        <source>Grade</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="119"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="120"/>
        <source>Balance after</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="120"/>
        <source>Reference</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="120"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="120"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="46"/>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="51"/>
        <source>e.g. 20240715 or 2407</source>
        <translation>例如 20240715 或 2407</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="54"/>
        <source>what is wrong, as the customer says it</source>
        <translation>按客户描述填写故障现象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="59"/>
        <source>Purchase proof dated</source>
        <translation>购买凭证日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="60"/>
        <source>Sale-date label</source>
        <translation>销售日期标识</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="63"/>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="64"/>
        <source>Installed or used</source>
        <translation>已安装使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="65"/>
        <source>Special order</source>
        <translation>特定产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="66"/>
        <source>Scrap</source>
        <translation>报废品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="67"/>
        <source>Assembled with other brands</source>
        <translation>与其它品牌组装</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="69"/>
        <source>Package opened</source>
        <translation>包装已打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="71"/>
        <source>Goods received at</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="85"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="86"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="87"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="88"/>
        <source>Kind of return</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="89"/>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="90"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="94"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="95"/>
        <source>delivery note</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="96"/>
        <source>From order / delivery</source>
        <translation>订单 / 送货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="97"/>
        <source>Who claims</source>
        <translation>申请方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="100"/>
        <source>Product label</source>
        <translation>产品卷标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/line_editor.py" line="104"/>
        <source>The goods are</source>
        <translation>货物情况</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="53"/>
        <source>Filter: type part of a code or name</source>
        <translation>筛选：输入编码或名称的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="68"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="69"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="76"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="118"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="172"/>
        <source>Showing only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="287"/>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="68"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="66"/>
        <source>The screen is locked. %1, enter your password to go on.</source>
        <translation>屏幕已锁定。%1，请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="70"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="86"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="54"/>
        <source>ReturnDesk — log in</source>
        <translation>ReturnDesk 售后返修管理 — 登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="56"/>
        <source>ReturnDesk after-sales and returns</source>
        <translation>ReturnDesk 售后返修管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="59"/>
        <source>login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="62"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="73"/>
        <location filename="../../desktop/ui/login.py" line="206"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <location filename="../../desktop/ui/login.py" line="136"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="95"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="96"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="82"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="113"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="114"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="131"/>
        <source>Demo logins — the password of each is %1. Double-click one.</source>
        <translation>演示账号 — 密码均为 %1，双击即可登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="136"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="208"/>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="41"/>
        <source>ReturnDesk — %1</source>
        <translation>ReturnDesk 售后返修管理 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>About ReturnDesk</source>
        <translation>关于 ReturnDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Change the language once they are saved.</source>
        <translation>请在它们保存后再切换语言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>ReturnDesk %1 — after-sales and returns.</source>
        <translation>ReturnDesk %1 — 售后返修管理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Close ReturnDesk</source>
        <translation>关闭 ReturnDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>Close anyway?</source>
        <translation>仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/core/services/access/auth.py" line="86"/>
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账号已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access/auth.py" line="134"/>
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>密码错误次数过多，请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="134"/>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="145"/>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="194"/>
        <location filename="../../desktop/core/services/returns/filing.py" line="102"/>
        <source>No product model {code}.</source>
        <translation>没有型号为 {code} 的产品。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="180"/>
        <source>No spare part {part_no}.</source>
        <translation>没有编号为 {part_no} 的配件。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="183"/>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="143"/>
        <source>A quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="201"/>
        <source>Choose a model.</source>
        <translation>请选择型号。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="245"/>
        <source>A model or part number has 1 to 40 letters, digits, - _ . or /.</source>
        <translation>型号或配件编号为 1 至 40 个字母、数字或 - _ . /。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="254"/>
        <location filename="../../desktop/core/services/admin/orgs.py" line="161"/>
        <source>The name is required.</source>
        <translation>名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="264"/>
        <source>The unit price must be a number of yuan, 0 or more.</source>
        <translation>单价须为不小于 0 的金额（元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/catalogue.py" line="270"/>
        <location filename="../../desktop/core/services/admin/orgs.py" line="217"/>
        <source>The code {code} is already in use.</source>
        <translation>编码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/actor.py" line="40"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/lookup.py" line="48"/>
        <source>Somebody else changed this record after you opened it. Close the form, open it again and redo your change.</source>
        <translation>在您打开此记录后，其他人已修改了它。请关闭表单，重新打开后再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/demo/__init__.py" line="77"/>
        <source>This database already holds data; the demo was not loaded. Use an empty database, or --replace to wipe this one first.</source>
        <translation>数据库中已有数据，未载入演示数据。请使用空数据库，或用 --replace 先清空此数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="109"/>
        <location filename="../../desktop/core/services/admin/orgs.py" line="174"/>
        <location filename="../../desktop/core/services/admin/orgs.py" line="189"/>
        <location filename="../../desktop/core/services/admin/users.py" line="125"/>
        <source>No organisation with code {code}.</source>
        <translation>没有编码为 {code} 的组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="116"/>
        <source>Only the administrator may list these organisations.</source>
        <translation>只有系统管理员可以列出这些组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="156"/>
        <source>The code is required.</source>
        <translation>编码必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="158"/>
        <source>A code has at most 32 letters, digits, - or _.</source>
        <translation>编码最多 32 个字母、数字、- 或 _。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="178"/>
        <source>An organisation of this kind cannot belong to that parent.</source>
        <translation>此类型的组织不能隶属于所选的上级。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/orgs.py" line="181"/>
        <source>An organisation cannot belong to itself.</source>
        <translation>组织不能隶属于自身。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access/passwords.py" line="47"/>
        <source>A password has at most {n} characters.</source>
        <translation>密码最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access/passwords.py" line="50"/>
        <source>A password cannot be only spaces.</source>
        <translation>密码不能只由空格组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access/passwords.py" line="59"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/policy.py" line="66"/>
        <source>No policy setting {key}.</source>
        <translation>没有政策参数 {key}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/policy.py" line="104"/>
        <source>{day} is a weekend day already; only weekdays can be holidays.</source>
        <translation>{day} 本身是周末；只有工作日才能设为节假日。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/policy.py" line="108"/>
        <source>{day} is a weekday already; only a Saturday or Sunday can be a make-up working day.</source>
        <translation>{day} 本身是工作日；只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="85"/>
        <source>A new user needs a password.</source>
        <translation>新用户必须设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="99"/>
        <location filename="../../desktop/core/services/admin/users.py" line="155"/>
        <source>The login {login} is already in use.</source>
        <translation>用户名 {login} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="115"/>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>用户名为 1 至 64 个字符，不含空格。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="128"/>
        <source>A user with this role cannot belong to that organisation.</source>
        <translation>此角色的用户不能属于所选组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="136"/>
        <source>No user {login}.</source>
        <translation>没有用户 {login}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/admin/users.py" line="160"/>
        <source>Give the organisation with --org CODE.</source>
        <translation>请用 --org 编码 指定所属组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="160"/>
        <source>The disk holding the database is full; nothing was saved.</source>
        <translation>数据库所在磁盘已满，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="164"/>
        <source>The database is busy with another desk; nothing was saved. Try again.</source>
        <translation>数据库正被其他工作站占用，未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="168"/>
        <source>The database file cannot be written; nothing was saved.</source>
        <translation>数据库文件无法写入，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="172"/>
        <source>The database cannot be reached; nothing was saved. Check the connection and try again.</source>
        <translation>无法连接数据库，未保存任何内容。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="143"/>
        <source>{code} is not a date code; use YYYYMMDD, YYYY-MM-DD, YYYYMM or YYMM.</source>
        <translation>{code} 不是有效的日期码；请用 YYYYMMDD、YYYY-MM-DD、YYYYMM 或 YYMM。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="162"/>
        <source>The production date {date} is in the future; check the date code.</source>
        <translation>生产日期 {date} 晚于今天，请核对日期码。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="164"/>
        <source>The purchase proof is dated {date}, which is in the future; check the date.</source>
        <translation>购买凭证日期 {date} 晚于今天，请核对日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="167"/>
        <source>The sale-date label says {date}, which is in the future; check the date.</source>
        <translation>销售日期标识 {date} 晚于今天，请核对日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="169"/>
        <source>The goods cannot have been received at {date}: that is in the future; check the time.</source>
        <translation>收货时间 {date} 晚于现在，货物不可能在那时收到，请核对时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="46"/>
        <source>Shipping and receiving go by boxes: declare the boxes and print the labels; the depot scans them in.</source>
        <translation>发货与收货按箱进行：请登记箱数并打印箱标，由仓库扫描收货。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="47"/>
        <source>Part requests come from dealers; HQ transfers directly.</source>
        <translation>配件申请由经销商提出；总部直接调拨。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="51"/>
        <source>Add at least one part with a quantity.</source>
        <translation>请至少添加一个配件及数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="109"/>
        <location filename="../../desktop/core/services/service/cases.py" line="218"/>
        <location filename="../../desktop/core/services/service/claims.py" line="67"/>
        <location filename="../../desktop/core/services/stock/ledger.py" line="221"/>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="54"/>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="78"/>
        <source>Customer service answers part requests.</source>
        <translation>配件申请由客户服务部答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="51"/>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="81"/>
        <source>Give a reason: the dealer reads it.</source>
        <translation>请填写原因，经销商会看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="85"/>
        <source>No part request {number}.</source>
        <translation>没有配件申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/part_requests.py" line="88"/>
        <source>Part request {number} has already been answered.</source>
        <translation>配件申请 {number} 已经答复过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="42"/>
        <source>Inspection ends when every counted unit has a verdict; settlement goes through the settlement form.</source>
        <translation>每件清点的产品都有鉴定结果后才能完成检验；结算请使用结算单。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="87"/>
        <source>Request {number} is {state}; that cannot be done now.</source>
        <translation>申请 {number} 当前状态为 {state}，现在不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="91"/>
        <source>Only the dealer who filed request {number} may do that.</source>
        <translation>只有提交申请 {number} 的经销商才能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="99"/>
        <source>A request needs at least one line.</source>
        <translation>申请至少需要一行明细。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/flow.py" line="104"/>
        <source>Lines {lines} are not accepted for return; change or remove them.</source>
        <translation>第 {lines} 行不予受理退货，请修改或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/filing.py" line="144"/>
        <source>Line {line}: the quantity must be at least 1.</source>
        <translation>第 {line} 行：数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/filing.py" line="150"/>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/filing.py" line="226"/>
        <source>Request {number} can no longer be changed ({state}).</source>
        <translation>申请 {number} 已不能修改（{state}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/filing.py" line="266"/>
        <source>A photo may be at most {mb} MB.</source>
        <translation>照片最大 {mb} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/filing.py" line="272"/>
        <source>This file is not a photo ReturnDesk can read (JPEG or PNG).</source>
        <translation>此文件不是可识别的照片（JPEG 或 PNG）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/scope.py" line="42"/>
        <location filename="../../desktop/core/services/repairs/orders.py" line="138"/>
        <source>No return request {number}.</source>
        <translation>没有返修退货申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="144"/>
        <source>That verdict does not belong to this request and model.</source>
        <translation>该鉴定不属于这个申请和型号。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="151"/>
        <source>No repair order {number}.</source>
        <translation>没有维修单 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="154"/>
        <source>Repair order {number} is finished; open a new one.</source>
        <translation>维修单 {number} 已完成，请另开新单。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="184"/>
        <source>Choose the result: repaired or not repairable.</source>
        <translation>请选择结果：已修复或不可修。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="187"/>
        <source>Record the time spent in minutes (R5).</source>
        <translation>请记录维修耗时（分钟，R5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="193"/>
        <source>Only an out-of-warranty repair is charged (R4).</source>
        <translation>只有过保维修才收费（R4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="222"/>
        <source>Type the fee as an amount, for example 25.00.</source>
        <translation>请按金额填写费用，例如 25.00。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="234"/>
        <source>Project lights under warranty have every electronic part repaired or replaced (R2); still to do: {parts}.</source>
        <translation>保修期内的工程批量用灯，电子件须全部维修或更换（R2）；尚未处理：{parts}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/repairs/orders.py" line="245"/>
        <source>Only repaired electronic parts go back into stock (R1); {code} is not one.</source>
        <translation>只有修复的电子件才能返回库存（R1）；{code} 不是电子件。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/counting.py" line="166"/>
        <source>A count cannot be negative.</source>
        <translation>清点数量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/counting.py" line="171"/>
        <source>Request {number} is {state}; it is counted once all boxes are in.</source>
        <translation>申请 {number} 当前为 {state}，所有箱到齐后才能清点。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/counting.py" line="178"/>
        <location filename="../../desktop/ui/receiving/count.py" line="118"/>
        <source>There is no product model {code}.</source>
        <translation>没有型号为 {code} 的产品。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/export.py" line="138"/>
        <location filename="../../desktop/core/services/kernel/files.py" line="17"/>
        <source>Cannot write {path}: {reason}. Nothing was written; choose another folder or free some space.</source>
        <translation>无法写入 {path}：{reason}。未写入任何内容；请选择其他文件夹或释放磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/printing.py" line="53"/>
        <source>Request {number} is not approved ({state}); there is nothing to authorise yet.</source>
        <translation>申请 {number} 尚未审批（{state}），还不能出具退货授权单。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="39"/>
        <source>A return has 1 to {most} boxes.</source>
        <translation>一个退货申请的箱数为 1 至 {most}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="46"/>
        <source>Request {number} cannot be shipped now ({state}).</source>
        <translation>申请 {number} 现在不能发货（{state}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="51"/>
        <source>Boxes of {number} are already being received; the shipment can no longer change.</source>
        <translation>申请 {number} 的箱已开始收货，发货信息不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="58"/>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="160"/>
        <source>Choose the carrier.</source>
        <translation>请选择承运商。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="61"/>
        <source>Give the waybill number.</source>
        <translation>请填写运单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/returns/shipping.py" line="96"/>
        <source>Request {number} has no boxes yet; declare the shipment first.</source>
        <translation>申请 {number} 还没有登记箱，请先登记发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="151"/>
        <source>A scan id has 1 to {n} characters.</source>
        <translation>扫描编号为 1 至 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="157"/>
        <source>This scan was made on {day}, more than {days} days ago; it is not taken. Scan the box again.</source>
        <translation>这次扫描是在 {day} 做的，已超过 {days} 天，不予接收。请重新扫描此箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="137"/>
        <source>The goods cannot have been received after today.</source>
        <translation>收货日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/complaints/sheets.py" line="95"/>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="140"/>
        <source>Name at least one model and its quantity.</source>
        <translation>请至少填写一个型号及数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/complaints/sheets.py" line="128"/>
        <source>No complaint sheet {number}.</source>
        <translation>没有客诉联络单 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/complaints/sheets.py" line="139"/>
        <source>{number} has been answered already.</source>
        <translation>{number} 已答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/complaints/sheets.py" line="142"/>
        <source>The company&apos;s own mistake, reported in time, is exchanged or credited without condition (A2).</source>
        <translation>公司操作失误且及时反馈的，无条件调换或冲帐（A2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/complaints/sheets.py" line="161"/>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="364"/>
        <source>{number} does not call for a return request (or has one).</source>
        <translation>{number} 不需要提交退货申请（或已提交）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="150"/>
        <source>Give the name of the carrier&apos;s person who signed.</source>
        <translation>请填写承运方签字人姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="166"/>
        <source>No transport exception {number}.</source>
        <translation>没有运输异常记录 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="174"/>
        <source>Give a reason: it goes to the audit log.</source>
        <translation>请填写原因，将记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="180"/>
        <source>{number} was not reported late.</source>
        <translation>{number} 并非逾期报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="199"/>
        <source>{number} cannot be decided now ({state}).</source>
        <translation>{number} 现在不能处理（{state}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="203"/>
        <source>Mass breakage in transit is claimed from the carrier, not credited by the company (X2).</source>
        <translation>运输途中大规模破碎由客户向承运方索赔，公司不予冲帐（X2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="230"/>
        <source>Only the receiver of the goods signs its transport exception record.</source>
        <translation>只有收货单位可以在运输异常记录表上签字。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="235"/>
        <source>{number} is decided or has become a return request: its signature can no longer be changed.</source>
        <translation>{number} 已处理或已转为退货申请，签字信息不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="255"/>
        <source>A credit needs its amount.</source>
        <translation>冲帐须填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/transport/exceptions.py" line="263"/>
        <source>The amount must be a number of yuan, 0 or more.</source>
        <translation>金额须为不小于 0 的数（元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="82"/>
        <source>Only the technical department gives verdicts.</source>
        <translation>只有技术部可以鉴定。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="135"/>
        <source>Request {number} is {state}; verdicts are given once it is received and before inspection is finished.</source>
        <translation>申请 {number} 当前为 {state}；鉴定须在收货后、完成检验前进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="154"/>
        <source>Model {code} has not been counted in this return; count it first.</source>
        <translation>本次退货尚未清点型号 {code}，请先清点。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="161"/>
        <source>Only {left} of {counted} counted units of {code} are still without a verdict.</source>
        <translation>{code} 清点 {counted} 件，只剩 {left} 件尚未鉴定。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="196"/>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="237"/>
        <source>That verdict is gone already.</source>
        <translation>该鉴定已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="212"/>
        <source>Request {number} has not been counted yet (L2).</source>
        <translation>申请 {number} 尚未清点（L2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="217"/>
        <source>Units still without a verdict: {models}.</source>
        <translation>尚未鉴定的产品：{models}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="231"/>
        <source>The dealer who returned the goods answers the repair quote.</source>
        <translation>维修报价由退货的经销商答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/verdicts.py" line="240"/>
        <source>This quote has already been answered.</source>
        <translation>该报价已经答复过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/settlement.py" line="120"/>
        <source>The order department settles returns.</source>
        <translation>退货由订单部结算。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/settlement.py" line="123"/>
        <source>Disqualifying a dealer needs a written reason (A6).</source>
        <translation>取消经销商资格须填写书面原因（A6）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/inspection/settlement.py" line="130"/>
        <source>Request {number} is {state}; it is settled once inspected.</source>
        <translation>申请 {number} 当前为 {state}；检验完成后才能结算。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="50"/>
        <source>No part {code} in the catalogue.</source>
        <translation>配件目录中没有 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="58"/>
        <source>There is no headquarters yet.</source>
        <translation>尚未建立总部。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="69"/>
        <source>Name the customer.</source>
        <translation>请填写客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="71"/>
        <source>Write down the fault in the customer&apos;s words.</source>
        <translation>请按客户的原话填写故障。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="88"/>
        <location filename="../../desktop/core/services/stock/ledger.py" line="68"/>
        <source>No organisation {code}.</source>
        <translation>没有组织 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="158"/>
        <source>Choose either a technician or a service point.</source>
        <translation>请选择技术员或服务网点（二选一）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="166"/>
        <source>{login} is not a technician.</source>
        <translation>{login} 不是技术员。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="186"/>
        <source>{number} is assigned to somebody else.</source>
        <translation>{number} 已派给其他人。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="211"/>
        <source>Write down what was done.</source>
        <translation>请填写处理内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="239"/>
        <source>No repair order or return request {number}.</source>
        <translation>没有维修单或退货申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="255"/>
        <source>Write down the result.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/cases.py" line="274"/>
        <source>Say how the customer was answered and what was said.</source>
        <translation>请填写答复方式和答复内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="71"/>
        <source>You keep the stock of your own organisation only.</source>
        <translation>您只能管理本单位的库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="111"/>
        <source>Only {have} of {part} ({grade}) in stock at {location}; {want} asked. Nothing was taken.</source>
        <translation>{location} 的 {part}（{grade}）库存只有 {have}，需要 {want}。未出库。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="160"/>
        <source>Transfers go through a part request or a transfer; issues through a repair order.</source>
        <translation>调拨请通过配件申请或调拨办理；领用请通过维修单。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="202"/>
        <source>Only {have} of {part} in stock at {location}; {want} asked. Nothing was taken.</source>
        <translation>{location} 的 {part} 库存只有 {have}，需要 {want}。未出库。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="218"/>
        <source>Parts reach a dealer through a part request to customer service.</source>
        <translation>经销商的配件请向客户服务部提交配件申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/ledger.py" line="228"/>
        <source>A transfer needs two different locations.</source>
        <translation>调拨需要两个不同的库位。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/query.py" line="170"/>
        <source>Headquarters sets the turnover minimums.</source>
        <translation>周转最低库存由总部设定。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/stock/query.py" line="173"/>
        <source>A minimum cannot be negative.</source>
        <translation>最低库存不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/lengths.py" line="18"/>
        <source>“{start}” is too long: at most {n} characters here, {m} given.</source>
        <translation>“{start}”太长：此处最多 {n} 个字符，现有 {m} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/backend/remote.py" line="40"/>
        <source>The server {url} runs ReturnDesk {server}; this desk is ReturnDesk {desk}. Desk and server must be the same version: install ReturnDesk {server} on this PC (the installer your administrator hands out, or: pip install returndesk=={server}), or ask the administrator to bring the server to {desk}.</source>
        <translation>服务器 {url} 运行的是 ReturnDesk {server}，本机是 ReturnDesk {desk}。客户端与服务器的版本必须相同：请在本机安装 ReturnDesk {server}（使用管理员提供的安装程序，或运行：pip install returndesk=={server}），或请管理员把服务器升级到 {desk}。</translation>
    </message>
    <message>
        <location filename="../../desktop/backend/remote.py" line="49"/>
        <source>The ReturnDesk server {url} cannot be reached ({reason}); nothing was saved. Check the connection and try again.</source>
        <translation>无法连接 ReturnDesk 服务器 {url}（{reason}），没有保存任何内容。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/backend/remote.py" line="64"/>
        <source>The server answered {status}; nothing was saved.</source>
        <translation>服务器返回 {status}，没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/backend/remote.py" line="79"/>
        <source>{url} is not a server address; give one like https://returns.example.com:8443.</source>
        <translation>{url} 不是服务器地址，应类似 https://returns.example.com:8443。</translation>
    </message>
    <message>
        <location filename="../../desktop/backend/remote.py" line="83"/>
        <source>{url}: a server on another computer is reached with https:// only; plain http would send the password in the clear.</source>
        <translation>{url}：其他计算机上的服务器只能用 https:// 连接；用普通 http 会以明文发送密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access/sessions.py" line="63"/>
        <source>Your session has ended (logged out, expired or revoked). Log in again.</source>
        <translation>您的会话已结束（已退出、已过期或被撤销），请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/roles.py" line="24"/>
        <source>{role} is not a database role name (lower-case letters, digits and _, starting with a letter).</source>
        <translation>{role} 不是有效的数据库角色名（小写字母、数字和 _，以字母开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/roles.py" line="41"/>
        <source>Database roles are for PostgreSQL; an SQLite file has none.</source>
        <translation>数据库角色仅适用于 PostgreSQL；SQLite 文件没有角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/roles.py" line="48"/>
        <source>There is no database role {role}: the database administrator creates it first (CREATE ROLE {role} LOGIN PASSWORD &apos;…&apos;).</source>
        <translation>没有数据库角色 {role}：请数据库管理员先创建它（CREATE ROLE {role} LOGIN PASSWORD &apos;…&apos;）。</translation>
    </message>
    <message>
        <location filename="../../desktop/server/app.py" line="53"/>
        <location filename="../../desktop/server/limits.py" line="73"/>
        <source>The server could not read this request: {detail}</source>
        <translation>服务器无法读取此请求：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/server/limits.py" line="22"/>
        <source>The request is larger than the server takes ({limit} MB); nothing was saved. Send a smaller photo.</source>
        <translation>请求超过服务器允许的大小（{limit} MB），没有保存任何内容。请发送更小的照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/server/run.py" line="28"/>
        <source>--listen takes HOST:PORT, e.g. 0.0.0.0:8443; got {text}.</source>
        <translation>--listen 的格式为 主机:端口，例如 0.0.0.0:8443；收到的是 {text}。</translation>
    </message>
    <message>
        <location filename="../../desktop/server/run.py" line="51"/>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>请同时给出 --tls-cert 和 --tls-key，或都不给。</translation>
    </message>
    <message>
        <location filename="../../desktop/server/run.py" line="55"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/server/run.py" line="58"/>
        <source>Without a certificate the server listens on this computer only (127.0.0.1): give --tls-cert and --tls-key to serve {host}.</source>
        <translation>没有证书时服务器只在本机（127.0.0.1）上监听：要在 {host} 上提供服务，请给出 --tls-cert 和 --tls-key。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/listing.py" line="23"/>
        <source>A list page holds 1 to {most} rows, not {limit}.</source>
        <translation>列表每页可有 1 至 {most} 行，而不是 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/listing.py" line="27"/>
        <source>A filter has at most {n} characters.</source>
        <translation>筛选条件最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/kernel/listing.py" line="38"/>
        <source>This list cannot continue after “{after}”; read it from the start.</source>
        <translation>列表无法从“{after}”之后继续，请从头读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/engine.py" line="153"/>
        <source>The average of all dealers is anonymous: it opens no records.</source>
        <translation>全部经销商平均为匿名数据，不能打开记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/engine.py" line="159"/>
        <source>The table {table} has no column {column}.</source>
        <translation>表 {table} 没有列 {column}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/monthly.py" line="62"/>
        <source>No figures table {table}.</source>
        <translation>没有数据表 {table}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/monthly.py" line="68"/>
        <source>The table {table} has no row {row}.</source>
        <translation>表 {table} 没有行 {row}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/scope.py" line="54"/>
        <source>A dealer sees its own figures only ({code}), beside the average of all dealers.</source>
        <translation>经销商只能查看本单位（{code}）的数据，以及全部经销商的平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/scope.py" line="76"/>
        <source>No dealer {code} among the figures you may see.</source>
        <translation>在您可查看的数据中没有经销商 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/figures/scope.py" line="87"/>
        <source>No region {code} among the figures you may see.</source>
        <translation>在您可查看的数据中没有区域 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="160"/>
        <source>The shared database has no ReturnDesk tables yet. Ask the administrator to run: returndesk db upgrade (with ReturnDesk {version})</source>
        <translation>共享数据库中还没有 ReturnDesk 的数据表。请管理员运行：returndesk db upgrade（使用 ReturnDesk {version}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="164"/>
        <source>The shared database has schema version {current}; this ReturnDesk {version} needs {head}. Ask the administrator to run: returndesk db upgrade (with ReturnDesk {version}), or install the ReturnDesk the other desks use.</source>
        <translation>共享数据库的结构版本为 {current}，本程序 ReturnDesk {version} 需要 {head}。请管理员运行：returndesk db upgrade（使用 ReturnDesk {version}），或安装其他工作站所用的 ReturnDesk 版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="179"/>
        <source>The database was written by a newer ReturnDesk (schema {current}); this is ReturnDesk {version}, which knows schema {head} at most. Install the newer ReturnDesk (the installer or pip package your administrator hands out, the same version as the other desks) to open it.</source>
        <translation>此数据库由更新版本的 ReturnDesk 写入（结构版本 {current}）；本程序是 ReturnDesk {version}，最多支持结构版本 {head}。请安装新版本的 ReturnDesk（管理员提供的安装程序或 pip 包，与其他工作站相同的版本）后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/opening.py" line="24"/>
        <source>{path} is not a ReturnDesk database (not an SQLite file, or damaged). Open another file with --database, or restore a backup copy.</source>
        <translation>{path} 不是 ReturnDesk 数据库（不是 SQLite 文件，或已损坏）。请用 --database 打开其他文件，或恢复备份副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/opening.py" line="31"/>
        <source>{path} is cut short ({size} of {expected} bytes): a copy that did not finish? Restore a backup copy; nothing was changed.</source>
        <translation>{path} 不完整（只有 {expected} 字节中的 {size} 字节），可能是复制未完成。请恢复备份副本；没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/opening.py" line="47"/>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>无法读取数据库文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="137"/>
        <source>A case that is {state} cannot be given this step.</source>
        <translation>处于“{state}”的服务单不能进行这一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/callbacks.py" line="40"/>
        <source>Say whether the customer was satisfied.</source>
        <translation>请说明客户是否满意。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/callbacks.py" line="43"/>
        <source>Write down why the customer is not satisfied.</source>
        <translation>请填写客户不满意的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="58"/>
        <source>No part claim {number}.</source>
        <translation>没有配件核销申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="104"/>
        <source>Claim {number} is {state}; this step does not apply.</source>
        <translation>核销申请 {number} 为“{state}”，不能进行这一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/common.py" line="30"/>
        <source>No service case {number}.</source>
        <translation>没有服务单 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/incidents.py" line="50"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/incidents.py" line="53"/>
        <source>Give the justification.</source>
        <translation>请填写申请理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/incidents.py" line="73"/>
        <source>No incident application {number}.</source>
        <translation>没有重大质量事故处理申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/incidents.py" line="85"/>
        <source>Give the reason for the decision.</source>
        <translation>请填写审批理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/incidents.py" line="91"/>
        <source>{number} has been decided already.</source>
        <translation>{number} 已经审批过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/units.py" line="96"/>
        <source>Type a serial number, or a model and its date code (DL-0705 2506).</source>
        <translation>请输入序列号，或型号加日期码（如 DL-0705 2506）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/followup.py" line="77"/>
        <source>Type the amount as a number, e.g. 1280.00.</source>
        <translation>金额请填写数字，例如 1280.00。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="125"/>
        <source>Type the amount in yuan, for example 200.00.</source>
        <translation>请填写金额（元），例如 200.00。</translation>
    </message>
</context>
<context>
    <name>MinimumDialog</name>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="205"/>
        <source>Turnover minimum (S2)</source>
        <translation>周转最低库存（S2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="211"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="212"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="213"/>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="217"/>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation>%2 的 %1 最低库存已设为 %3。</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="141"/>
        <source>Record a stock movement</source>
        <translation>登记库存变动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="153"/>
        <source>needed for an adjustment or a scrap</source>
        <translation>调整或报废时必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="154"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="155"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="156"/>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="157"/>
        <source>Grade</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="158"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="159"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="162"/>
        <source>Recorded: %1 (%2) at %3 now %4.</source>
        <translation>已登记：%3 的 %1（%2）现有 %4。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="78"/>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="79"/>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="81"/>
        <source>Service cases</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="83"/>
        <source>Major incident approvals</source>
        <translation>重大质量事故审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="86"/>
        <source>Unit history</source>
        <translation>产品履历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="88"/>
        <source>Part replacement claims</source>
        <translation>配件更换核销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="91"/>
        <source>Receiving desk</source>
        <translation>收货台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="93"/>
        <source>My return requests</source>
        <translation>我的退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="95"/>
        <source>Region review</source>
        <translation>区域审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="97"/>
        <source>Approval queue</source>
        <translation>订单部审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="99"/>
        <source>All return requests</source>
        <translation>全部退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="101"/>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="103"/>
        <source>Repair orders</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="105"/>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="107"/>
        <source>Inspection results</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="109"/>
        <source>Spare-parts stock</source>
        <translation>配件库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>Part requests</source>
        <translation>配件申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="113"/>
        <source>Turnover gaps</source>
        <translation>周转缺口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="115"/>
        <source>Retention list</source>
        <translation>停产保留库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="118"/>
        <source>Transport exceptions</source>
        <translation>运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>Complaint sheets</source>
        <translation>客诉联络单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="122"/>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="124"/>
        <source>Warranty check</source>
        <translation>质保查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="126"/>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="127"/>
        <source>Organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="129"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="131"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="133"/>
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Policy settings</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="137"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>NewRepairDialog</name>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="58"/>
        <source>New repair order</source>
        <translation>新维修单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="65"/>
        <source>Project (工程) bulk lights: every electronic part is repaired or replaced (R2)</source>
        <translation>工程批量用灯：电子件全部维修或更换（R2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="67"/>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="70"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="71"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="72"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="73"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="76"/>
        <source>Fault found</source>
        <translation>检测故障</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="87"/>
        <source>From request %1</source>
        <translation>来自申请 %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="200"/>
        <source>Something went wrong and nothing was saved: %1</source>
        <translation>出现意外错误，没有保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="55"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="66"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="68"/>
        <source>Code</source>
        <translation>箱码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="69"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="71"/>
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="72"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="73"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="74"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="87"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="97"/>
        <source>Organisation %1 %2 saved.</source>
        <translation>组织 %1 %2 已保存。</translation>
    </message>
</context>
<context>
    <name>OrgsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="22"/>
        <source>Code</source>
        <translation>箱码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="24"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="25"/>
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="26"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="27"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="28"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="29"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="120"/>
        <source>Spare part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="131"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="133"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="135"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="136"/>
        <source>Kept as</source>
        <translation>保留期类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="137"/>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="141"/>
        <source>Spare part %1 saved.</source>
        <translation>配件 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>PartRequestDialog</name>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="136"/>
        <source>Request parts from customer service</source>
        <translation>向客户服务部申请配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="139"/>
        <location filename="../../desktop/ui/stock/requests.py" line="153"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="139"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="144"/>
        <source>Add line</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="152"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="154"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="179"/>
        <source>Part request %1 sent to customer service.</source>
        <translation>配件申请 %1 已提交客户服务部。</translation>
    </message>
</context>
<context>
    <name>PartRequests</name>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="40"/>
        <source>Awaiting customer service</source>
        <translation>待客服审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="41"/>
        <source>Approved and sent</source>
        <translation>已批准并调拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="42"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="45"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="46"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="49"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="51"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="52"/>
        <source>Filed</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="56"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="57"/>
        <location filename="../../desktop/ui/stock/requests.py" line="65"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="58"/>
        <location filename="../../desktop/ui/stock/requests.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="59"/>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="60"/>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="61"/>
        <source>Missing</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="67"/>
        <source>Keep until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="68"/>
        <source>HQ on hand</source>
        <translation>总部现有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="70"/>
        <source>Reorder below</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="71"/>
        <source>Reorder</source>
        <translation>补货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="72"/>
        <source>reorder</source>
        <translation>需补货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="82"/>
        <source>Part requests</source>
        <translation>配件申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="188"/>
        <source>Turnover stock gaps (S2)</source>
        <translation>周转库存缺口（S2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="203"/>
        <source>Parts kept for discontinued products (S1)</source>
        <translation>停产产品保留配件（S1）</translation>
    </message>
</context>
<context>
    <name>PartRequestsPage</name>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="86"/>
        <source>Filter: number or dealer</source>
        <translation>筛选：单号或经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="90"/>
        <source>Request my gaps…</source>
        <translation>按缺口申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="92"/>
        <source>answer (needed to refuse)</source>
        <translation>答复（拒绝时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="96"/>
        <source>Approve and send</source>
        <translation>批准并调拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="96"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="126"/>
        <source>%1 approved: the parts are on their way to the dealer.</source>
        <translation>%1 已批准：配件已发往经销商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/requests.py" line="128"/>
        <source>%1 refused.</source>
        <translation>%1 已拒绝。</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="33"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="35"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="36"/>
        <source>Kept as</source>
        <translation>保留期类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="37"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="38"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../desktop/ui/widgets/password_prompt.py" line="37"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets/photos.py" line="27"/>
        <source>No photo yet</source>
        <translation>尚无照片</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="32"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="33"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="34"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="35"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="36"/>
        <source>× batch value</source>
        <translation>倍批次货值</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="37"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="38"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="39"/>
        <source>units</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="40"/>
        <source>1 = on, 0 = off</source>
        <translation>1 = 开，0 = 关</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="41"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="42"/>
        <source>% of the value</source>
        <translation>% 货值</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="46"/>
        <source>Warranty of lighting products (electronics); also how long their spare parts are kept after production ends</source>
        <translation>照明电器产品（电子件）质保期；停产后其配件按此期限保留库存</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="49"/>
        <source>Warranty of rigid light strips; also how long their spare parts are kept after production ends</source>
        <translation>硬灯条质保期；停产后其配件按此期限保留库存</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="52"/>
        <source>Goods not matching the order: the complaint sheet must be filed within this time of receipt</source>
        <translation>不符合订货要求的货物：须在收货后此时限内填写《客诉质量异常联络单》</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="55"/>
        <source>The order department answers a complaint sheet within this time of its filing (the monthly figures&apos; response rate)</source>
        <translation>订单部在客诉联络单提交后此时间内答复（月度数据的按时答复率）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="58"/>
        <source>The company&apos;s own mistake is exchanged or credited unconditionally when reported within this time of receipt</source>
        <translation>公司操作失误（输错单、发错货）在收货后此时限内反馈的，无条件调换或冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="61"/>
        <source>Penalty for human damage, as a multiple of the value of the return batch (at least)</source>
        <translation>人为破坏的罚款，按该批退货金额的倍数（不低于）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="64"/>
        <source>A freight bill above this amount is refused at settlement as a typing mistake (A7)</source>
        <translation>结算时运费单金额超过此值即视为录入错误而拒绝（A7）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="67"/>
        <source>A whole lamp exchanged or credited because the dealer lacked its turnover parts (and had not requested them) is charged to the dealer at this share of its value; 0 switches the charge off</source>
        <translation>因经销商缺少周转配件（且未及时申请）而整灯换货或冲帐的，按货值的此比例向该经销商扣款；0 表示不扣款</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="71"/>
        <source>HQ finishes a return within this many working days of receiving it</source>
        <translation>总部在收到退货后此工作日数内处理完毕</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="74"/>
        <source>Loss, shortage or wrong goods without a responsible party: documents reach the order department within this time of receipt</source>
        <translation>丢失、少数、错货且未找到责任单位的：收货后此时限内将货物单据交订单部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="77"/>
        <source>A callback is due within this time of completing a service</source>
        <translation>服务完成后此时限内须完成回访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="79"/>
        <source>A customer not reached at a callback is called again after this time (unless the caller sets the next attempt)</source>
        <translation>回访未联系上客户时，在此时间后再次回访（除非回访人另定时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="82"/>
        <source>The response time promised to the customer for an urgent service case</source>
        <translation>紧急服务单向客户承诺的响应时间</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="85"/>
        <source>The response time promised to the customer for a normal service case</source>
        <translation>普通服务单向客户承诺的响应时间</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="88"/>
        <source>A unit that comes back with a fault within this time of a completed repair counts as a repair that did not fix</source>
        <translation>维修完成后在此时间内再次出现故障的产品，计为维修不到位</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="91"/>
        <source>Boxes of a return still missing this long after its first box arrived are reported</source>
        <translation>退货首箱到达后超过此时间仍未到齐的箱子将被报告</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="94"/>
        <source>Blind count: the count dialog does not show the quantities the dealer declared; the clerk counts (or scans) what is there</source>
        <translation>盲点：清点对话框不显示经销商申报的数量；仓库按实物清点（或扫描）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="97"/>
        <source>A part kept for a discontinued product is listed for reorder when HQ holds fewer than this many (unless HQ set its own minimum)</source>
        <translation>停产产品保留的配件，总部库存少于此数时列入补货（总部另设最低库存的除外）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="100"/>
        <source>The screen locks after this much idle time</source>
        <translation>无操作超过此时间后锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="102"/>
        <source>After a wrong password the next try for that login waits this long; the wait doubles with every further failure</source>
        <translation>密码输错后，该账号下次尝试须等待此时长；每多错一次等待时间加倍</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="105"/>
        <source>A session through the server that has not been used for this long ends; the person logs in again</source>
        <translation>通过服务器登录的会话若这么久未使用即结束，需重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="166"/>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>数值必须在 {minimum} 到 {maximum} 之间。</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="38"/>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="39"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="40"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="41"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="42"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="43"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="44"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="56"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="63"/>
        <source>Whole lamp (整灯), not a lamp part</source>
        <translation>整灯（非灯具零部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="65"/>
        <source>Discontinued on</source>
        <translation>停产日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="86"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="89"/>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="92"/>
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="104"/>
        <source>Product model %1 saved.</source>
        <translation>型号 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="19"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="21"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="22"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="23"/>
        <source>Whole lamp</source>
        <translation>整灯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="24"/>
        <source>Warranty (months)</source>
        <translation>质保（月）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="26"/>
        <source>Discontinued</source>
        <translation>停产</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="28"/>
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="23"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="24"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="26"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="28"/>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>替身</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="30"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="32"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="21"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="22"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="67"/>
        <source>Box {box} of {boxes} received — request {number}, {dealer}.</source>
        <translation>已收第 {box} 箱，共 {boxes} 箱 — 申请 {number}，{dealer}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="69"/>
        <source>Already received on {at} by {login}: box {box} of {boxes}, request {number}. Not counted again.</source>
        <translation>已于 {at} 由 {login} 收货：申请 {number} 第 {box} 箱，共 {boxes} 箱。不重复计数。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="72"/>
        <source>{code} is not a ReturnDesk box code (misread or damaged label). Set the box aside.</source>
        <translation>{code} 不是 ReturnDesk 的箱码（误读或标签损坏）。请将此箱放到一边。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="75"/>
        <source>No box {code} has been declared. Set the box aside.</source>
        <translation>没有登记箱码 {code}。请将此箱放到一边。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="77"/>
        <source>Request {number} is not approved ({state}). Set the box aside, do not process it.</source>
        <translation>申请 {number} 尚未审批（{state}）。请将此箱放到一边，不予处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="80"/>
        <source>Request {number} is cancelled. Set the box aside.</source>
        <translation>申请 {number} 已取消。请将此箱放到一边。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="82"/>
        <source>This box of request {number} goes to {destination}, not here. Set it aside.</source>
        <translation>申请 {number} 的这一箱应送往 {destination}，不是本仓。请放到一边。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/receiving/scan.py" line="226"/>
        <source>HQ&apos;s warehouse</source>
        <translation>总部仓库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="28"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="29"/>
        <source>Already received</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="30"/>
        <source>Garbled code</source>
        <translation>箱码无法识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="31"/>
        <source>Unknown box</source>
        <translation>未登记的箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="32"/>
        <source>Request not approved</source>
        <translation>申请未审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="33"/>
        <source>Request cancelled</source>
        <translation>申请已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/scan_log.py" line="34"/>
        <source>Another depot&apos;s box</source>
        <translation>其他仓库的箱</translation>
    </message>
</context>
<context>
    <name>ReceivingDesk</name>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="87"/>
        <source>Receiving desk</source>
        <translation>收货台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="92"/>
        <source>scan a box label</source>
        <translation>扫描箱标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="105"/>
        <source>Ready: scan the first box.</source>
        <translation>就绪：请扫描第一箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="107"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="143"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="107"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="143"/>
        <source>Code</source>
        <translation>箱码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="107"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="108"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="141"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="143"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="144"/>
        <source>Request</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="108"/>
        <source>Box</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="124"/>
        <source>%1 box(es) scanned last time were not saved yet; saving them now, each gets its answer.</source>
        <translation>上次扫描的 %1 箱尚未保存，正在补存，每一箱都会有结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="141"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="144"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="141"/>
        <source>Boxes in</source>
        <translation>已到箱数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="142"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="144"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="150"/>
        <source>Missing boxes</source>
        <translation>未到的箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="142"/>
        <location filename="../../desktop/ui/receiving/desk.py" line="145"/>
        <source>Arrived</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="143"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="147"/>
        <source>This desk&apos;s scans</source>
        <translation>本台扫描记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="148"/>
        <source>Progress</source>
        <translation>收货进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="149"/>
        <source>Set aside</source>
        <translation>放置一边</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="154"/>
        <source>Count a received request…</source>
        <translation>清点已收货的申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="156"/>
        <source>request number</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="209"/>
        <source>This scan failed: %1. Nothing was recorded; scan the box again or set it aside.</source>
        <translation>本次扫描失败：%1。未记录任何内容；请重新扫描或将此箱放到一边。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="217"/>
        <source>The disk holding the database is full</source>
        <translation>数据库所在磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="218"/>
        <source>Another desk has held the database for half a minute</source>
        <translation>数据库已被其他工作站占用半分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="219"/>
        <source>The database file cannot be written</source>
        <translation>数据库文件无法写入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="220"/>
        <source>Your login on the server has ended</source>
        <translation>您在服务器上的登录已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="223"/>
        <source>The database cannot be reached</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="228"/>
        <source>%1 is queued. Your login on the server has ended: log in again and the boxes waiting will be saved. Keep scanning.</source>
        <translation>%1 已排队。您在服务器上的登录已结束：重新登录后，排队的箱子会自动保存。请继续扫描。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="232"/>
        <source>%1 is queued. %2; the box will be saved when the database is back. Keep scanning.</source>
        <translation>%1 已排队。%2，数据库恢复后这一箱会自动保存。请继续扫描。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="243"/>
        <source>%1 scanned box(es) are not saved in the database yet. They are kept on this computer and will be saved when you open the receiving desk again.</source>
        <translation>还有 %1 箱已扫描但尚未保存到数据库。它们已记在本机，下次打开收货台时会自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="275"/>
        <source>%1: %2 scan(s) queued, trying again every %3 s; each will be saved and answered in order.</source>
        <translation>%1：%2 箱已排队，每 %3 秒重试一次；恢复后逐一保存，每一箱都会有结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="246"/>
        <source>%1 scanned box(es) are not saved in the database yet; they will have to be scanned again.</source>
        <translation>还有 %1 箱已扫描但尚未保存到数据库，关闭后需要重新扫描。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="280"/>
        <source>Saving… %1 scan(s) waiting for the database; keep scanning, each gets its answer.</source>
        <translation>正在保存…还有 %1 箱等待数据库；请继续扫描，每一箱都会有结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="315"/>
        <source>Set aside (%1)</source>
        <translation>放置一边（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receiving/desk.py" line="321"/>
        <source>Missing boxes (%1)</source>
        <translation>未到的箱（%1）</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="45"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/photos.py" line="25"/>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="48"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="85"/>
        <source>Photo %1 added.</source>
        <translation>照片 %1 已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="95"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/photos.py" line="36"/>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="115"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/photos.py" line="37"/>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="116"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="122"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_dialog.py" line="123"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="119"/>
        <source>Register a service case</source>
        <translation>服务登记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="130"/>
        <source>A complaint</source>
        <translation>属于投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="131"/>
        <source>About how the customer was treated</source>
        <translation>投诉服务态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="135"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="136"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="137"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="138"/>
        <source>Dealer code</source>
        <translation>经销商代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="139"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="140"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="141"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="142"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="143"/>
        <source>Fault (the customer&apos;s words)</source>
        <translation>故障（客户原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="144"/>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="145"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="177"/>
        <source>Service case %1 registered.</source>
        <translation>服务单 %1 已登记。</translation>
    </message>
</context>
<context>
    <name>RepairOrderDialog</name>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="42"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="43"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="44"/>
        <source>Not repairable</source>
        <translation>不可修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="111"/>
        <source>Repair order %1</source>
        <translation>维修单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="116"/>
        <source>Unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="117"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="118"/>
        <source>in warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="118"/>
        <source>out of warranty: charge the fee (R4)</source>
        <translation>已过保修期：收取维修费（R4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="121"/>
        <source>Parts used</source>
        <translation>用料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="128"/>
        <source>Take from stock</source>
        <translation>从库存领用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="133"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="161"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="166"/>
        <source>part numbers repaired in place, e.g. DR-36</source>
        <translation>就地修复的配件编号，如 DR-36</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="167"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="173"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="174"/>
        <source>Time spent</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="175"/>
        <source>Repair fee</source>
        <translation>维修费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="176"/>
        <source>Fault found</source>
        <translation>检测故障</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="177"/>
        <source>Repaired in place</source>
        <translation>就地修复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="178"/>
        <source>Back to stock (refurbished, R1)</source>
        <translation>修复件返库（翻新，R1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="135"/>
        <source>Finish repair</source>
        <translation>完成维修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="185"/>
        <source>(taken from stock when you save)</source>
        <translation>（保存时从库存领用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/forms.py" line="186"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="28"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="29"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="30"/>
        <source>Serial / date code</source>
        <translation>序列号／日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="32"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="33"/>
        <source>Fault found</source>
        <translation>检测故障</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="34"/>
        <source>Parts used</source>
        <translation>用料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="35"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="36"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="37"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="39"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="41"/>
        <source>Request</source>
        <translation>退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="50"/>
        <source>Repair orders</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="55"/>
        <source>Filter: order, model, serial or technician</source>
        <translation>筛选：单号、型号、序列号或技术员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="60"/>
        <source>Only those finished that day (daily report)</source>
        <translation>只看当天完成的（维修日报）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="61"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="68"/>
        <source>Daily report…</source>
        <translation>维修日报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="69"/>
        <source>Print the daily report…</source>
        <translation>打印维修日报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="83"/>
        <source>%1 repairs finished, %2 minutes, fees %3</source>
        <translation>完成维修 %1 单，耗时 %2 分钟，维修费 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="111"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="125"/>
        <source>Save the daily repair report</source>
        <translation>保存维修日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repairs/page.py" line="126"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="106"/>
        <source>#</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="106"/>
        <location filename="../../desktop/ui/returns/detail.py" line="117"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="106"/>
        <location filename="../../desktop/ui/returns/detail.py" line="117"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="106"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="107"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="107"/>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="108"/>
        <source>Warranty and checks</source>
        <translation>质保与审核提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="115"/>
        <source>Box</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="115"/>
        <source>Code</source>
        <translation>箱码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="115"/>
        <source>Received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="115"/>
        <source>By</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="117"/>
        <source>Declared</source>
        <translation>申报数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="117"/>
        <source>HQ counted</source>
        <translation>总部实点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="118"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="118"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="121"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="122"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="123"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="81"/>
        <source>reason (the dealer reads it)</source>
        <translation>原因（经销商可见）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="124"/>
        <source>Boxes</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="125"/>
        <location filename="../../desktop/ui/returns/detail.py" line="176"/>
        <source>HQ count</source>
        <translation>总部清点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="140"/>
        <source>Return request %1</source>
        <translation>返修退货申请 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="156"/>
        <source>Overdue by %1 working days (due %2)</source>
        <translation>已超期 %1 个工作日（应于 %2 完成）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="157"/>
        <source>%1 working days left (due %2)</source>
        <translation>剩余 %1 个工作日（应于 %2 完成）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="160"/>
        <source>%1 lines, %2 pieces, ¥%3</source>
        <translation>%1 行，共 %2 件，¥%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="164"/>
        <source>Rejected because: %1</source>
        <translation>驳回原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/record.py" line="48"/>
        <source>in warranty until %1</source>
        <translation>保修期内，至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/record.py" line="50"/>
        <source>out of warranty since %1</source>
        <translation>已于 %1 过保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="186"/>
        <source>Photos (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="148"/>
        <source>Boxes (%1)</source>
        <translation>箱（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="175"/>
        <source>HQ count (differences: %1)</source>
        <translation>总部清点（%1 处差异）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="199"/>
        <source>Edit lines…</source>
        <translation>修改明细…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="200"/>
        <source>Ship and print labels…</source>
        <translation>发货并打印箱标…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="201"/>
        <source>Save labels as PDF…</source>
        <translation>箱标另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="202"/>
        <source>Print labels…</source>
        <translation>打印箱标…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="203"/>
        <source>Return authorisation…</source>
        <translation>退货授权单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="205"/>
        <source>Print authorisation…</source>
        <translation>打印授权单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="207"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="216"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="246"/>
        <source>%1: done; the request is now %2.</source>
        <translation>%1：已完成，申请现为“%2”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="255"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="261"/>
        <source>Photo %1 added.</source>
        <translation>照片 %1 已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="265"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="266"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="285"/>
        <source>Shipment saved: %1 boxes. Save and print their labels.</source>
        <translation>发货信息已保存：共 %1 箱。请保存并打印箱标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="305"/>
        <source>Labels saved to %1</source>
        <translation>箱标已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="310"/>
        <source>Return authorisation saved to %1</source>
        <translation>退货授权单已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="332"/>
        <source>Save return authorisation</source>
        <translation>保存退货授权单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="339"/>
        <source>Save labels</source>
        <translation>保存箱标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/detail.py" line="333"/>
        <location filename="../../desktop/ui/returns/detail.py" line="339"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="151"/>
        <source>Filed</source>
        <translation>填写申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="152"/>
        <source>Lines changed</source>
        <translation>修改明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="153"/>
        <source>Photo added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="154"/>
        <source>Shipped: boxes, carrier and waybill declared</source>
        <translation>已发货：申报箱数、承运商和运单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="156"/>
        <source>Boxes scanned in at the depot</source>
        <translation>仓库扫描收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="158"/>
        <source>Counted by model at HQ</source>
        <translation>总部按型号清点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="159"/>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="160"/>
        <source>Freight bill recorded</source>
        <translation>登记运费单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="161"/>
        <source>Charged for lacking turnover parts (S2)</source>
        <translation>因缺少周转配件扣款（S2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="163"/>
        <source>Inspection verdict given</source>
        <translation>给出检验结论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="164"/>
        <source>Inspection verdict removed</source>
        <translation>删除检验结论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="165"/>
        <source>Repair quote answered</source>
        <translation>答复维修报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="178"/>
        <source>Other change (%1)</source>
        <translation>其他变更（%1）</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="61"/>
        <location filename="../../desktop/ui/returns/form.py" line="283"/>
        <source>Return request %1</source>
        <translation>返修退货申请 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="62"/>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="68"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="68"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="68"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="69"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="69"/>
        <source>Check</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="75"/>
        <source>note for the region and the order department</source>
        <translation>给区域负责人和订单部的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="80"/>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="81"/>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="82"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="83"/>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="109"/>
        <location filename="../../desktop/ui/returns/form.py" line="173"/>
        <source>refused</source>
        <translation>拒绝售后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="109"/>
        <location filename="../../desktop/ui/returns/form.py" line="174"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="110"/>
        <location filename="../../desktop/ui/returns/form.py" line="175"/>
        <source>expired %1</source>
        <translation>%1 过保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="111"/>
        <location filename="../../desktop/ui/returns/form.py" line="177"/>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="111"/>
        <location filename="../../desktop/ui/returns/form.py" line="178"/>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="111"/>
        <location filename="../../desktop/ui/returns/form.py" line="178"/>
        <source>OK</source>
        <translation>可受理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="198"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="250"/>
        <source>Close the request form</source>
        <translation>关闭申请单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="251"/>
        <source>What you typed since the last save will be lost. Close the form anyway?</source>
        <translation>自上次保存以来填写的内容将会丢失。仍要关闭申请单吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="252"/>
        <source>Discard and close</source>
        <translation>不保存，关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="252"/>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/form.py" line="288"/>
        <source>Saved as draft %1 at %2.</source>
        <translation>已于 %2 保存为草稿 %1。</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="27"/>
        <source>Quality fault in warranty</source>
        <translation>保修期内质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="28"/>
        <source>Failed on opening</source>
        <translation>开箱不能正常使用</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="29"/>
        <source>Rusted, discoloured, deformed or broken on opening, not installed</source>
        <translation>开箱未安装发现生锈、脱色、变形、破损</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="31"/>
        <source>Goods not matching the order</source>
        <translation>不符合订货要求</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="32"/>
        <source>The company&apos;s mistake (wrong entry, wrong goods, unopened)</source>
        <translation>公司操作失误（输错单、发错货，未开包装）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/acceptance.py" line="34"/>
        <source>Safety problem or recalled for analysis</source>
        <translation>安全性问题或抽调回公司检测分析</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>%1 overdue</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="24"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="25"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="26"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="27"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="28"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="29"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="30"/>
        <source>Filed</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="32"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="38"/>
        <source>Return requests</source>
        <translation>返修退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="39"/>
        <source>Region review queue</source>
        <translation>区域审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="40"/>
        <source>Approval queue</source>
        <translation>订单部审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="41"/>
        <source>Open return requests</source>
        <translation>未完成的退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="58"/>
        <source>Filter: request number or dealer</source>
        <translation>筛选：申请单号或经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="59"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="67"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="70"/>
        <source>reason (needed to reject)</source>
        <translation>原因（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="116"/>
        <source>Some requests were not changed</source>
        <translation>部分申请未能处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/request_lists.py" line="117"/>
        <source>%1 done.</source>
        <translation>已处理 %1 个。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="24"/>
        <source>Dealer staff</source>
        <translation>经销商人员</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="25"/>
        <source>Regional manager</source>
        <translation>区域负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="26"/>
        <source>Order department</source>
        <translation>订单部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="27"/>
        <source>Warehouse clerk</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="28"/>
        <source>Technician</source>
        <translation>技术部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="29"/>
        <source>Customer service</source>
        <translation>客户服务部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="30"/>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="31"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="48"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="49"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="50"/>
        <source>Regional office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="51"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="52"/>
        <source>Sub-dealer</source>
        <translation>分经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="53"/>
        <source>Distributor</source>
        <translation>分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="54"/>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="55"/>
        <source>Depot</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="56"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="55"/>
        <source>Satisfied</source>
        <translation>满意类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="56"/>
        <source>Unsatisfied at callback</source>
        <translation>回访不满意类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="57"/>
        <source>Complaint call</source>
        <translation>来电投诉类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="58"/>
        <source>First repair did not fix</source>
        <translation>一次维修不到位类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="59"/>
        <source>Repeated repairs did not fix</source>
        <translation>多次维修不到位类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="60"/>
        <source>Service attitude</source>
        <translation>服务态度不满意类</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="63"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="64"/>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="65"/>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="68"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="69"/>
        <source>Assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="70"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="71"/>
        <source>Completed, callback due</source>
        <translation>已完成，待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="72"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="75"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/service.py" line="76"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="29"/>
        <source>Claimed</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="30"/>
        <source>Faulty part asked back</source>
        <translation>要求寄回旧件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="31"/>
        <source>Accepted</source>
        <translation>已认可</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="32"/>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/claims.py" line="33"/>
        <location filename="../../desktop/ui/service/incidents.py" line="31"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/service/figures.py" line="31"/>
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="26"/>
        <source>Whole product replacement</source>
        <translation>整机更换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="27"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="28"/>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="29"/>
        <source>Awaiting management</source>
        <translation>待总经理审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/incidents.py" line="30"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/labels.py" line="51"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/labels.py" line="54"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/labels.py" line="55"/>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="44"/>
        <location filename="../../desktop/ui/service/detail.py" line="76"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="45"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="46"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="47"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="48"/>
        <location filename="../../desktop/ui/service/detail.py" line="77"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="49"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="50"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="51"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="52"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="65"/>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="70"/>
        <source>Service cases</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="77"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="78"/>
        <source>Register a case…</source>
        <translation>服务登记…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/cases.py" line="86"/>
        <source>%1 past their promised time.</source>
        <translation>%1 张超过承诺时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="58"/>
        <source>Open</source>
        <translation>待维修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="59"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="60"/>
        <source>Not repairable</source>
        <translation>无法修复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="65"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="66"/>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="67"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="68"/>
        <source>Service case</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="74"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="75"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="78"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/detail.py" line="79"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SessionEnded</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="55"/>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="50"/>
        <source>Your login on the server has ended (idle too long, logged out elsewhere or ended by an administrator). %1, enter your password to go on: nothing you were doing is lost, and boxes scanned meanwhile are saved once you are back.</source>
        <translation>您在服务器上的登录已结束（闲置过久、在别处注销或被管理员结束）。%1，请输入密码继续：正在做的工作不会丢失，期间扫描的箱子会在您重新登录后保存。</translation>
    </message>
</context>
<context>
    <name>SettingDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="71"/>
        <source>Policy setting</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="80"/>
        <source>why the change (kept in the audit log)</source>
        <translation>修改原因（记入操作日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="81"/>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="82"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="83"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="84"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="87"/>
        <source>“%1” is now %2 %3.</source>
        <translation>“%1”已改为 %2 %3。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="27"/>
        <source>Settle %1</source>
        <translation>结算 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="47"/>
        <source>only to waive the penalty: why</source>
        <translation>仅在免除罚款时填写原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="48"/>
        <source>Disqualify the dealer (A6, HQ&apos;s decision)</source>
        <translation>取消经销商资格（A6，由总部决定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="52"/>
        <source>empty until the freight bill arrives</source>
        <translation>收到运费单前留空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="53"/>
        <source>at most the freight bill</source>
        <translation>不超过运费单金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="54"/>
        <source>Penalty</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="55"/>
        <source>Waiver reason</source>
        <translation>免罚原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="57"/>
        <source>Reason for disqualifying</source>
        <translation>取消资格原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="59"/>
        <source>Freight bill (A7)</source>
        <translation>运费单金额（A7）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="60"/>
        <source>Freight reimbursed</source>
        <translation>报销运费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="63"/>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="78"/>
        <source>Credit %1 · exchange %2 units · repaired and sent back %3 · sent back as they came %4 · repair fees %5</source>
        <translation>冲帐 %1 · 换货 %2 件 · 修复后寄回 %3 件 · 原样退回 %4 件 · 维修费 %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="84"/>
        <source>Human damage: penalty at least %1 (batch value %2).</source>
        <translation>人为破坏：罚款至少 %1（该批退货金额 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="88"/>
        <source>The dealer&apos;s freight is reimbursed on the freight bill (A7).</source>
        <translation>经销商运费凭票据报销（A7）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="90"/>
        <source>Charged to the dealer %1: it lacked turnover parts and had not requested them (S2): %2</source>
        <translation>向经销商扣款 %1：缺少周转配件且未及时申请（S2）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="104"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection/settle.py" line="105"/>
        <source>%1: %2 held %3 of the %4 required</source>
        <translation>%1：%2 仅有 %3 件，要求 %4 件</translation>
    </message>
</context>
<context>
    <name>SheetDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="28"/>
        <source>Complaint sheet %1</source>
        <translation>客诉联络单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="36"/>
        <source>Answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="45"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="49"/>
        <source>Save the sheet as PDF…</source>
        <translation>联络单另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="52"/>
        <source>Open the return request</source>
        <translation>提交退货申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="63"/>
        <source>Answer %1 for %2: %3? %2 sees the answer at once; it cannot be changed afterwards.</source>
        <translation>确定答复 %2 的 %1：%3？%2 会立即看到答复，之后不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="70"/>
        <source>%1 answered: %2.</source>
        <translation>%1 已答复：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="84"/>
        <source>Draft return request %1 opened with the lines filled in.</source>
        <translation>已生成退货申请草稿 %1，明细已填好。</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="84"/>
        <source>File a complaint sheet</source>
        <translation>填写客诉联络单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="93"/>
        <source>Unused</source>
        <translation>未经使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="95"/>
        <source>Package opened</source>
        <translation>包装已打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="100"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="101"/>
        <source>Received at</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="102"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="103"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="104"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="105"/>
        <source>What is wrong</source>
        <translation>异常说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="107"/>
        <source>Description</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/page.py" line="111"/>
        <source>Complaint sheet %1 filed.</source>
        <translation>客诉联络单 %1 已提交。</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../desktop/ui/returns/shipment.py" line="25"/>
        <source>Ship %1</source>
        <translation>发货 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/shipment.py" line="33"/>
        <source>the carrier&apos;s waybill number</source>
        <translation>承运商运单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/shipment.py" line="34"/>
        <source>Boxes</source>
        <translation>箱数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/shipment.py" line="35"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/shipment.py" line="36"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="19"/>
        <source>Signer and responsible party of %1</source>
        <translation>%1 的签字人与责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="23"/>
        <source>The carrier signed the record</source>
        <translation>承运方已在记录表上签字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="26"/>
        <source>who is responsible, e.g. the carrier</source>
        <translation>责任方，例如承运方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="27"/>
        <source>Carrier&apos;s signer</source>
        <translation>承运方签字人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="29"/>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/signature.py" line="37"/>
        <source>Signer and responsible party saved on %1.</source>
        <translation>%1 的签字人与责任单位已保存。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="150"/>
        <source>The database cannot be opened:</source>
        <translation>无法打开数据库：</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="19"/>
        <source>Approve %1? The dealer may then ship the goods to HQ; an approval cannot be taken back.</source>
        <translation>审批通过 %1？通过后经销商即可将货物发往总部，审批通过后不能撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="22"/>
        <source>Reject %1? It goes back to the dealer with your reason: “%2”. The dealer may revise it and submit it again.</source>
        <translation>驳回 %1？申请将退回经销商，并附上您的原因：“%2”。经销商可修改后重新提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="25"/>
        <source>Pass the review of %1? It goes on to the order department (a distributor&apos;s to its agent); the review cannot be taken back.</source>
        <translation>审核通过 %1？申请将转交订单部审批（分销商的申请转交其代理商），审核通过后不能撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="28"/>
        <source>Cancel %1? It ends here with your reason: “%2”, and cannot be reopened.</source>
        <translation>取消 %1？申请就此终止（原因：“%2”），不能重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="30"/>
        <source>Close %1? The return is finished and can no longer change.</source>
        <translation>关闭 %1？此退货即告完结，之后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/returns/steps.py" line="39"/>
        <source>%1 requests (%2)</source>
        <translation>%1 张申请（%2）</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="29"/>
        <source>New</source>
        <translation>新品</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="30"/>
        <source>Refurbished (after-sales only, not for sale)</source>
        <translation>维修良品（仅限售后更换，不得销售）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="56"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="57"/>
        <source>Issue to a repair</source>
        <translation>维修领用</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="58"/>
        <source>Transfer out</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="59"/>
        <source>Transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="60"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="61"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="86"/>
        <source>The quantity cannot be zero.</source>
        <translation>数量不能为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="88"/>
        <source>Type the quantity without a sign; the kind of movement gives the direction.</source>
        <translation>数量请不带正负号；方向由变动类型决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="92"/>
        <source>An adjustment or a scrap needs a reason.</source>
        <translation>调整或报废须填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="112"/>
        <source>These are the last units of a part kept for a discontinued product until {until} (S1); they may go to repairs, not be scrapped or sent away.</source>
        <translation>这是为停产产品保留至 {until} 的最后库存（S1），只能用于维修，不得报废或调出。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/stock.py" line="138"/>
        <source>The repair guarantees the lighting function, not the appearance (R3).</source>
        <translation>维修只保证照明功能，不保外观（R3）。</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="36"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="37"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="39"/>
        <source>Grade</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="40"/>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="42"/>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="78"/>
        <source>Spare-parts stock</source>
        <translation>配件库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="82"/>
        <source>Filter: location, part number or name</source>
        <translation>筛选：库位、配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="84"/>
        <source>Ledger…</source>
        <translation>流水…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="86"/>
        <source>Movement…</source>
        <translation>库存变动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="89"/>
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="91"/>
        <source>Minimum…</source>
        <translation>最低库存…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="176"/>
        <source>Transfer parts</source>
        <translation>调拨配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="185"/>
        <source>From</source>
        <translation>调出库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="186"/>
        <source>To</source>
        <translation>调入库位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="187"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="188"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="189"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stock/page.py" line="193"/>
        <source>%1 × %2 sent from %3 to %4.</source>
        <translation>%1 × %2 已从 %3 调拨到 %4。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="42"/>
        <source>Delivery from HQ</source>
        <translation>总部发货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="43"/>
        <source>Return shipment</source>
        <translation>退货发运</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="54"/>
        <source>Loss</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="55"/>
        <source>Shortage</source>
        <translation>少数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="56"/>
        <source>Wrong goods</source>
        <translation>错货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="57"/>
        <source>Damage in transport</source>
        <translation>运输破损</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="58"/>
        <source>Mass breakage of light sources (claim from the carrier)</source>
        <translation>光源大规模破碎（向承运方索赔）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="62"/>
        <source>Full credit</source>
        <translation>全额冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="63"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="64"/>
        <source>Claim with the carrier</source>
        <translation>向承运方索赔</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="65"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="68"/>
        <source>Awaiting the order department</source>
        <translation>待订单部处理</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="69"/>
        <source>Reported late (X1)</source>
        <translation>逾期报告（X1）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="70"/>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="80"/>
        <source>Reported after {deadline}: reports are taken within {days} working days of receipt ({received}) (X1). The order department may still accept it with a reason.</source>
        <translation>报告晚于 {deadline}：须在收货（{received}）后 {days} 个工作日内报告（X1）。订单部仍可注明原因后受理。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="98"/>
        <source>Mass breakage in transit is claimed from the carrier, not returned to the company (X2).</source>
        <translation>运输途中大规模破碎由客户向承运方索赔，不退回公司（X2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="102"/>
        <source>Damaged goods can be returned only with the signed transport exception record and the responsible party named (X2).</source>
        <translation>运输破损须出示签字的《产品运输异常记录表》并查明责任单位后方可退货（X2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/transport.py" line="121"/>
        <source>Damage is credited or exchanged only on the record signed by the carrier and naming the responsible party (X2, X3). The receiver adds them to the record first.</source>
        <translation>运输破损须凭承运方签字并写明责任单位的记录表方可冲帐或换货（X2、X3）。请收货单位先在记录表上补充。</translation>
    </message>
</context>
<context>
    <name>TransportPage</name>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="45"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="46"/>
        <source>Receiver</source>
        <translation>收货单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="48"/>
        <source>Received</source>
        <translation>收货日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="51"/>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="53"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="66"/>
        <source>Transport exceptions</source>
        <translation>运输异常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/transport/page.py" line="71"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
</context>
<context>
    <name>UnitHistoryPage</name>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="33"/>
        <source>A unit&apos;s history</source>
        <translation>产品履历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="36"/>
        <source>A serial number, or a model and its date code (DL-0705 2506)</source>
        <translation>序列号，或型号加日期码（如 DL-0705 2506）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="39"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="59"/>
        <source>%1 records, oldest first.</source>
        <translation>共 %1 条记录，按时间先后排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="80"/>
        <source>Unit history %1</source>
        <translation>产品履历 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service/units.py" line="95"/>
        <source>Unit history…</source>
        <translation>产品履历…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="57"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="69"/>
        <source>unchanged</source>
        <translation>不修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="69"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="70"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="72"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="74"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="75"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="76"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="95"/>
        <source>User %1 saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="23"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="25"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="26"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="27"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="28"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="83"/>
        <source>a dealer&apos;s claim counts from the production date</source>
        <translation>经销商返修从产品出厂日期起计算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="85"/>
        <source>a consumer&apos;s claim counts from the purchase proof</source>
        <translation>消费者凭购买凭证计算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="87"/>
        <source>there is no purchase proof, so the sale-date label counts</source>
        <translation>无购买凭证，按销售日期标识计算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="89"/>
        <source>there is no purchase proof or sale-date label, so the production date counts</source>
        <translation>无购买凭证或销售日期标识，按生产日期计算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="102"/>
        <source>Refused (W3): the product label is torn off.</source>
        <translation>拒绝售后（W3）：产品卷标被私自撕毁。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="104"/>
        <source>Refused (W3): the product label is altered.</source>
        <translation>拒绝售后（W3）：产品卷标被涂改。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="108"/>
        <source>Check the dates: the warranty would start on {start}, after today.</source>
        <translation>请核对日期：保修起算日 {start} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="112"/>
        <source>In warranty until {end}: {months} months from {start}, because {why}.</source>
        <translation>保修期内，至 {end} 止：自 {start} 起 {months} 个月，因为{why}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="115"/>
        <source>Out of warranty since {end}: {months} months from {start}, because {why}.</source>
        <translation>已于 {end} 过保：自 {start} 起 {months} 个月，因为{why}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="217"/>
        <source>Dealer (counts from production)</source>
        <translation>经销商（按出厂日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="218"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="221"/>
        <source>Label intact</source>
        <translation>卷标完好</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="222"/>
        <source>Label torn off</source>
        <translation>卷标被撕毁</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/warranty.py" line="223"/>
        <source>Label altered</source>
        <translation>卷标被涂改</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="47"/>
        <source>Warranty check</source>
        <translation>质保查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="51"/>
        <source>date code on the unit, e.g. 20240715 or 2407</source>
        <translation>产品上的日期码，例如 20240715 或 2407</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="56"/>
        <source>Purchase proof dated</source>
        <translation>购买凭证日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="57"/>
        <source>Sale-date label</source>
        <translation>销售日期标识</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="68"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="69"/>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="70"/>
        <source>Who claims</source>
        <translation>申请方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="73"/>
        <source>Product label</source>
        <translation>产品卷标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="74"/>
        <source>Checked on</source>
        <translation>查询日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/warranty/page.py" line="98"/>
        <source>Choose the model and type the date code.</source>
        <translation>请选择型号并输入日期码。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="37"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="38"/>
        <source>Submitted, awaiting region</source>
        <translation>已提交，待区域审核</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="39"/>
        <source>Reviewed, awaiting order department</source>
        <translation>区域已审核，待订单部审批</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="40"/>
        <source>Reviewed, goes to the agent</source>
        <translation>区域已审核，退回代理商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="41"/>
        <source>Approved, may ship</source>
        <translation>已审批，可发货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="42"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="43"/>
        <source>Receiving</source>
        <translation>收货中</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="44"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="45"/>
        <source>Inspected</source>
        <translation>已鉴定</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="46"/>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="47"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="48"/>
        <source>Rejected, back to the dealer</source>
        <translation>已驳回，退回经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="49"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="68"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="69"/>
        <source>Pass review</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="70"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="71"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="72"/>
        <source>Cancel request</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="73"/>
        <source>Mark shipped</source>
        <translation>确认发货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="74"/>
        <source>Goods arriving</source>
        <translation>货物到达</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="75"/>
        <source>All received</source>
        <translation>全部收货</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="76"/>
        <source>Inspection done</source>
        <translation>鉴定完成</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="77"/>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/workflow.py" line="78"/>
        <source>Close</source>
        <translation>关闭申请</translation>
    </message>
</context>
</TS>
