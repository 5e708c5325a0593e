"""The demo world: HQ, regions, dealers, distributors, depots, carriers, the catalogue, users
and the 2026 holiday calendar.  Plain data, loaded by :mod:`desktop.demo`."""

from __future__ import annotations

from datetime import date

from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.rules.roles import Role

DEMO_PASSWORD = "demo1234"

HQ = ("HQ", "中合照明科技有限公司", "订单部 周敏", "0755-2688 1000",
      "深圳市宝安区福永街道凤凰工业区 8 栋")

REGIONS = [
    ("R-EAST", "华东区", "区域经理 陈立"),
    ("R-SOUTH", "华南区", "区域经理 黄海波"),
    ("R-NORTH", "华北区", "区域经理 赵磊"),
    ("R-WEST", "西南区", "区域经理 李娟"),
]

# (code, name, region, city)
DEALERS = [
    ("D-SH01", "上海明辉照明经营部", "R-EAST", "上海"),
    ("D-SH02", "上海申光灯饰有限公司", "R-EAST", "上海"),
    ("D-HZ01", "杭州西湖光电商行", "R-EAST", "杭州"),
    ("D-NJ01", "南京金陵照明批发部", "R-EAST", "南京"),
    ("D-SZ01", "苏州园区亮点灯饰", "R-EAST", "苏州"),
    ("D-NB01", "宁波港城照明", "R-EAST", "宁波"),
    ("D-GZ01", "广州天河华灯照明", "R-SOUTH", "广州"),
    ("D-SZ02", "深圳龙华星光灯饰", "R-SOUTH", "深圳"),
    ("D-DG01", "东莞虎门亮华电器", "R-SOUTH", "东莞"),
    ("D-FS01", "佛山禅城照明城", "R-SOUTH", "佛山"),
    ("D-XM01", "厦门鹭岛灯具行", "R-SOUTH", "厦门"),
    ("D-BJ01", "北京朝阳恒亮照明", "R-NORTH", "北京"),
    ("D-BJ02", "北京海淀光华电器", "R-NORTH", "北京"),
    ("D-TJ01", "天津滨海明灯商贸", "R-NORTH", "天津"),
    ("D-JN01", "济南泉城照明", "R-NORTH", "济南"),
    ("D-SY01", "沈阳北方灯饰城", "R-NORTH", "沈阳"),
    ("D-CD01", "成都锦江光源批发", "R-WEST", "成都"),
    ("D-CQ01", "重庆渝中亮光灯饰", "R-WEST", "重庆"),
    ("D-KM01", "昆明春城照明", "R-WEST", "昆明"),
    ("D-GY01", "贵阳筑城灯具", "R-WEST", "贵阳"),
]

CONTACTS = [
    "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴刚",
    "徐丽", "孙浩", "胡军", "朱琳", "高峰", "林涛", "何雪", "郭亮", "马超", "罗斌",
]

SUB_DEALERS = [
    ("SD-SH01A", "上海浦东明辉分店", "D-SH01"),
    ("SD-GZ01A", "广州番禺华灯门市", "D-GZ01"),
]
OFFICES = [("OF-EAST", "华东办事处", "R-EAST"), ("OF-SOUTH", "华南办事处", "R-SOUTH")]
AGENT = ("AG-WH01", "武汉楚天照明总代理", "R-EAST")
DISTRIBUTORS = [
    ("DS-WH01", "武汉汉口光明分销", "AG-WH01"),
    ("DS-CS01", "长沙湘江灯饰分销", "AG-WH01"),
]
DEPOTS = [
    ("DEP-HQ", "总部售后仓", "HQ", "仓管 王强", "0755-2688 1010",
     "深圳市宝安区福永街道凤凰工业区 8 栋 1 楼售后仓"),
    ("DEP-WH", "武汉代理商仓", "AG-WH01", "仓管 刘敏", "027-8576 2233",
     "武汉市江岸区解放大道 1688 号 B 仓"),
]
CARRIERS = [("C-DB", "德邦物流"), ("C-SF", "顺丰速运"), ("C-AN", "安能物流")]

# (login, display name, role, organisation code)
USERS = [
    ("admin", "系统管理员", Role.ADMIN, "HQ"),
    ("order", "订单部 周敏", Role.ORDER_DEPT, "HQ"),
    ("warehouse", "仓库 王强", Role.WAREHOUSE, "DEP-HQ"),
    ("tech", "技术部 刘工", Role.TECHNICIAN, "HQ"),
    ("service", "客服 孙丽", Role.CUSTOMER_SERVICE, "HQ"),
    ("manager", "总经理 吴总", Role.MANAGEMENT, "HQ"),
    ("east", "华东区 陈立", Role.REGIONAL_MANAGER, "R-EAST"),
    ("south", "华南区 黄海波", Role.REGIONAL_MANAGER, "R-SOUTH"),
    ("dealer", "明辉照明 张伟", Role.DEALER_STAFF, "D-SH01"),
    ("dealer2", "华灯照明 林芳", Role.DEALER_STAFF, "D-GZ01"),
    ("distrib", "汉口光明 何军", Role.DEALER_STAFF, "DS-WH01"),
]

# Parts: (part_no, name, kind, category, price)
PARTS = [
    ("LS-COB-07", "COB 光源 7W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "6.50"),
    ("LS-COB-12", "COB 光源 12W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "9.80"),
    ("LS-SMD-18", "SMD 光源板 18W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "12.00"),
    ("LS-SMD-36", "SMD 光源板 36W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "21.00"),
    ("LS-T8-18", "T8 灯管光源条 18W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "8.00"),
    ("LS-FL-100", "投光灯模组 100W", PartKind.LIGHT_SOURCE, ProductCategory.LIGHTING, "58.00"),
    ("LS-RS-10", "硬灯条光源 10W/m", PartKind.LIGHT_SOURCE, ProductCategory.RIGID_STRIP, "7.20"),
    ("DR-07", "恒流驱动电源 7W", PartKind.DRIVER, ProductCategory.LIGHTING, "5.50"),
    ("DR-12", "恒流驱动电源 12W", PartKind.DRIVER, ProductCategory.LIGHTING, "7.80"),
    ("DR-18", "恒流驱动电源 18W", PartKind.DRIVER, ProductCategory.LIGHTING, "9.50"),
    ("DR-36", "恒流驱动电源 36W", PartKind.DRIVER, ProductCategory.LIGHTING, "16.00"),
    ("DR-100", "防水驱动电源 100W", PartKind.DRIVER, ProductCategory.LIGHTING, "45.00"),
    ("DR-RS-24V", "硬灯条电源 24V 60W", PartKind.DRIVER, ProductCategory.RIGID_STRIP, "22.00"),
    ("EL-SW-01", "感应控制模块", PartKind.ELECTRONIC, ProductCategory.LIGHTING, "11.00"),
    ("ST-PF-600", "面板灯边框 600×600", PartKind.STRUCTURAL, ProductCategory.LIGHTING, "15.00"),
]

# Product families: (prefix, name, category, whole lamp, light source, driver, base price, count)
FAMILIES = [
    ("DL", "LED 筒灯", ProductCategory.LIGHTING, True, "LS-COB-07", "DR-07", 38, 8),
    ("SP", "LED 射灯", ProductCategory.LIGHTING, True, "LS-COB-12", "DR-12", 45, 7),
    ("PL", "LED 面板灯", ProductCategory.LIGHTING, True, "LS-SMD-36", "DR-36", 128, 6),
    ("CL", "LED 吸顶灯", ProductCategory.LIGHTING, True, "LS-SMD-18", "DR-18", 96, 7),
    ("T8", "LED T8 灯管", ProductCategory.LIGHTING, False, "LS-T8-18", "DR-18", 22, 6),
    ("FL", "LED 投光灯", ProductCategory.LIGHTING, True, "LS-FL-100", "DR-100", 260, 5),
    ("RS", "LED 硬灯条", ProductCategory.RIGID_STRIP, False, "LS-RS-10", "DR-RS-24V", 35, 11),
]
DISCONTINUED = {"DL-0702": date(2024, 6, 30), "CL-0703": date(2025, 3, 31),
                "RS-1004": date(2025, 9, 30)}

# 2026 public holidays on weekdays, and the weekend make-up working days (调休).
HOLIDAYS_2026 = [
    (date(2026, 1, 1), "元旦"), (date(2026, 1, 2), "元旦"),
    *[(date(2026, 2, d), "春节") for d in (16, 17, 18, 19, 20, 23)],
    (date(2026, 4, 6), "清明节"),
    *[(date(2026, 5, d), "劳动节") for d in (1, 4, 5)],
    (date(2026, 6, 19), "端午节"),
    (date(2026, 9, 25), "中秋节"),
    *[(date(2026, 10, d), "国庆节") for d in (1, 2, 5, 6, 7)],
    (date(2027, 1, 1), "元旦"),
]
WORKDAYS_2026 = [
    (date(2026, 1, 4), "元旦调休"), (date(2026, 2, 14), "春节调休"),
    (date(2026, 2, 28), "春节调休"), (date(2026, 5, 9), "劳动节调休"),
    (date(2026, 9, 20), "国庆节调休"), (date(2026, 10, 10), "国庆节调休"),
]

