<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="33" />
        <source>Organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="43" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="61" />
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="34" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="62" />
        <source>Policy settings</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="123" />
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="142" />
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="151" />
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="152" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="153" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="154" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="97" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="98" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="100" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="101" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="107" />
        <source>Holiday (no work)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="108" />
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="127" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="23" />
        <source>Lighting product</source>
        <translation>照明电器产品</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="24" />
        <source>Rigid light strip</source>
        <translation>硬灯条</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="28" />
        <source>Light source</source>
        <translation>光源</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="29" />
        <source>Driver</source>
        <translation>驱动电源</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="30" />
        <source>Electronic part</source>
        <translation>电子件</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/catalogue.py" line="31" />
        <source>Structural part</source>
        <translation>结构件</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="41" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="42" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="30" />
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="33" />
        <source>Role: %1 · Organisation: %2 (%3)</source>
        <translation>角色：%1 · 组织：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>Choose a page on the left. You see only what your role may use.</source>
        <translation>请在左侧选择页面。您只能看到本角色可用的功能。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="39" />
        <source>Filter: type part of a code or name</source>
        <translation>筛选：输入编码或名称的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="52" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/list_page.py" line="53" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/list_page.py" line="112" />
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="73" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="75" />
        <source>The screen is locked. %1, enter your password to go on.</source>
        <translation>屏幕已锁定。%1，请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="82" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="84" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="103" />
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="46" />
        <source>ReturnDesk — log in</source>
        <translation>ReturnDesk 售后返修管理 — 登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="48" />
        <source>ReturnDesk after-sales and returns</source>
        <translation>ReturnDesk 售后返修管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="51" />
        <source>login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="54" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="65" />
        <location filename="../../desktop/ui/login.py" line="175" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="74" />
        <location filename="../../desktop/ui/login.py" line="122" />
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="75" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="76" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="100" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="117" />
        <source>Demo logins — the password of each is %1. Double-click one.</source>
        <translation>演示账号 — 密码均为 %1，双击即可登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="122" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="122" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="177" />
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="34" />
        <source>ReturnDesk — %1</source>
        <translation>ReturnDesk 售后返修管理 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101" />
        <location filename="../../desktop/ui/main_window.py" line="121" />
        <source>About ReturnDesk</source>
        <translation>关于 ReturnDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122" />
        <source>ReturnDesk %1 — after-sales and returns.</source>
        <translation>ReturnDesk %1 — 售后返修管理。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/core/services/auth.py" line="76" />
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账号已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/auth.py" line="113" />
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>密码错误次数过多，请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="126" />
        <location filename="../../desktop/core/services/catalogue.py" line="137" />
        <source>No product model {code}.</source>
        <translation>没有型号为 {code} 的产品。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="172" />
        <source>No spare part {part_no}.</source>
        <translation>没有编号为 {part_no} 的配件。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="175" />
        <source>A quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="221" />
        <source>A model or part number has 1 to 40 letters, digits, - _ . or /.</source>
        <translation>型号或配件编号为 1 至 40 个字母、数字或 - _ . /。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="230" />
        <location filename="../../desktop/core/services/orgs.py" line="140" />
        <source>The name is required.</source>
        <translation>名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="240" />
        <source>The unit price must be a number of yuan, 0 or more.</source>
        <translation>单价须为不小于 0 的金额（元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/catalogue.py" line="246" />
        <location filename="../../desktop/core/services/orgs.py" line="196" />
        <source>The code {code} is already in use.</source>
        <translation>编码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/context.py" line="45" />
        <source>Your role ({role}) may not do this.</source>
        <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/context.py" line="82" />
        <source>Somebody else changed this record after you opened it. Close the form, open it again and redo your change.</source>
        <translation>在您打开此记录后，其他人已修改了它。请关闭表单，重新打开后再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/demo.py" line="52" />
        <source>This database already holds data; the demo was not loaded. Use an empty database, or --replace to wipe this one first.</source>
        <translation>数据库中已有数据，未载入演示数据。请使用空数据库，或用 --replace 先清空此数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/orgs.py" line="94" />
        <location filename="../../desktop/core/services/orgs.py" line="153" />
        <location filename="../../desktop/core/services/orgs.py" line="168" />
        <location filename="../../desktop/core/services/users.py" line="122" />
        <source>No organisation with code {code}.</source>
        <translation>没有编码为 {code} 的组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/orgs.py" line="135" />
        <source>The code is required.</source>
        <translation>编码必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/orgs.py" line="137" />
        <source>A code has at most 32 letters, digits, - or _.</source>
        <translation>编码最多 32 个字母、数字、- 或 _。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/orgs.py" line="157" />
        <source>An organisation of this kind cannot belong to that parent.</source>
        <translation>此类型的组织不能隶属于所选的上级。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/orgs.py" line="160" />
        <source>An organisation cannot belong to itself.</source>
        <translation>组织不能隶属于自身。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/passwords.py" line="40" />
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/policy.py" line="79" />
        <source>No policy setting {key}.</source>
        <translation>没有政策参数 {key}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/policy.py" line="118" />
        <source>{day} is a weekend day already; only weekdays can be holidays.</source>
        <translation>{day} 本身是周末；只有工作日才能设为节假日。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/policy.py" line="122" />
        <source>{day} is a weekday already; only a Saturday or Sunday can be a make-up working day.</source>
        <translation>{day} 本身是工作日；只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="82" />
        <source>A new user needs a password.</source>
        <translation>新用户必须设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="96" />
        <location filename="../../desktop/core/services/users.py" line="152" />
        <source>The login {login} is already in use.</source>
        <translation>用户名 {login} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="112" />
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>用户名为 1 至 64 个字符，不含空格。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="125" />
        <source>A user with this role cannot belong to that organisation.</source>
        <translation>此角色的用户不能属于所选组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="133" />
        <source>No user {login}.</source>
        <translation>没有用户 {login}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/users.py" line="157" />
        <source>Give the organisation with --org CODE.</source>
        <translation>请用 --org 编码 指定所属组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="120" />
        <source>The disk holding the database is full; nothing was saved.</source>
        <translation>数据库所在磁盘已满，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="124" />
        <source>The database is busy with another desk; nothing was saved. Try again.</source>
        <translation>数据库正被其他工作站占用，未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="128" />
        <source>The database file cannot be written; nothing was saved.</source>
        <translation>数据库文件无法写入，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/db.py" line="132" />
        <source>The database cannot be reached; nothing was saved. Check the connection and try again.</source>
        <translation>无法连接数据库，未保存任何内容。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="114" />
        <source>The shared database has no ReturnDesk tables yet. Ask the administrator to run: returndesk db upgrade</source>
        <translation>共享数据库中还没有 ReturnDesk 的数据表。请管理员运行：returndesk db upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="120" />
        <source>The shared database has schema version {current}; this ReturnDesk needs {head}. Ask the administrator to run: returndesk db upgrade</source>
        <translation>共享数据库的结构版本为 {current}，本程序需要 {head}。请管理员运行：returndesk db upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store/migrate.py" line="144" />
        <source>The database was written by a newer ReturnDesk (schema {current}). Install the newer version to open it.</source>
        <translation>此数据库由更新版本的 ReturnDesk 写入（结构版本 {current}），请安装新版本后再打开。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="71" />
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72" />
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="73" />
        <source>Organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="75" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="77" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="79" />
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="81" />
        <source>Policy settings</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="83" />
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="49" />
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="60" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="62" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="63" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="64" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="65" />
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="66" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="67" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="68" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="81" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>OrgsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="19" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="20" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="21" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="22" />
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="23" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="24" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="25" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/orgs.py" line="26" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="107" />
        <source>Spare part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="118" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="120" />
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="121" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="122" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="123" />
        <source>Kept as</source>
        <translation>保留期类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="124" />
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="31" />
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="32" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="34" />
        <source>Kept as</source>
        <translation>保留期类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="35" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="36" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="32" />
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="33" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="34" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="35" />
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="36" />
        <source>× batch value</source>
        <translation>倍批次货值</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="37" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="38" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="42" />
        <source>Warranty of lighting products (electronics); also how long their spare parts are kept after production ends</source>
        <translation>照明电器产品（电子件）质保期；停产后其配件按此期限保留库存</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="45" />
        <source>Warranty of rigid light strips; also how long their spare parts are kept after production ends</source>
        <translation>硬灯条质保期；停产后其配件按此期限保留库存</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="48" />
        <source>Goods not matching the order: the complaint sheet must be filed within this time of receipt</source>
        <translation>不符合订货要求的货物：须在收货后此时限内填写《客诉质量异常联络单》</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="51" />
        <source>The company's own mistake is exchanged or credited unconditionally when reported within this time of receipt</source>
        <translation>公司操作失误（输错单、发错货）在收货后此时限内反馈的，无条件调换或冲帐</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="54" />
        <source>Penalty for human damage, as a multiple of the value of the return batch (at least)</source>
        <translation>人为破坏的罚款，按该批退货金额的倍数（不低于）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="57" />
        <source>HQ finishes a return within this many working days of receiving it</source>
        <translation>总部在收到退货后此工作日数内处理完毕</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="60" />
        <source>Loss, shortage or wrong goods without a responsible party: documents reach the order department within this time of receipt</source>
        <translation>丢失、少数、错货且未找到责任单位的：收货后此时限内将货物单据交订单部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="63" />
        <source>A callback is due within this time of completing a service</source>
        <translation>服务完成后此时限内须完成回访</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="65" />
        <source>Boxes of a return still missing this long after its first box arrived are reported</source>
        <translation>退货首箱到达后超过此时间仍未到齐的箱子将被报告</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="68" />
        <source>The screen locks after this much idle time</source>
        <translation>无操作超过此时间后锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="70" />
        <source>After a wrong password the next try for that login waits this long; the wait doubles with every further failure</source>
        <translation>密码输错后，该账号下次尝试须等待此时长；每多错一次等待时间加倍</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/policy.py" line="86" />
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>数值必须在 {minimum} 到 {maximum} 之间。</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="38" />
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="39" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="40" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="41" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="42" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="43" />
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="44" />
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="46" />
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="53" />
        <source>Whole lamp (整灯), not a lamp part</source>
        <translation>整灯（非灯具零部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="55" />
        <source>Discontinued on</source>
        <translation>停产日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="78" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="79" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="80" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="81" />
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/product_forms.py" line="84" />
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="17" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="18" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="19" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="20" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="21" />
        <source>Whole lamp</source>
        <translation>整灯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="22" />
        <source>Warranty (months)</source>
        <translation>质保（月）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="24" />
        <source>Discontinued</source>
        <translation>停产</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/products.py" line="26" />
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="24" />
        <source>Dealer staff</source>
        <translation>经销商人员</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="25" />
        <source>Regional manager</source>
        <translation>区域负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="26" />
        <source>Order department</source>
        <translation>订单部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="27" />
        <source>Warehouse clerk</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="28" />
        <source>Technician</source>
        <translation>技术部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="29" />
        <source>Customer service</source>
        <translation>客户服务部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="30" />
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="31" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="48" />
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="49" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="50" />
        <source>Regional office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="51" />
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="52" />
        <source>Sub-dealer</source>
        <translation>分经销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="53" />
        <source>Distributor</source>
        <translation>分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="54" />
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="55" />
        <source>Depot</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../desktop/core/rules/roles.py" line="56" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
</context>
<context>
    <name>SettingDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="76" />
        <source>Policy setting</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="85" />
        <source>why the change (kept in the audit log)</source>
        <translation>修改原因（记入操作日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="86" />
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="87" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="88" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/policy.py" line="89" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="129" />
        <source>The database cannot be opened:</source>
        <translation>无法打开数据库：</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="50" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="62" />
        <source>unchanged</source>
        <translation>不修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="62" />
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="63" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="65" />
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="66" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="67" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="68" />
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="69" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="20" />
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="21" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="22" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="23" />
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="24" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="25" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
</TS>