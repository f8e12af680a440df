package io.insurcrm.testing;

import java.util.List;

/**
 * The fixed tables the synthetic book draws from: a branch network over six provinces with real
 * administrative region codes (GB/T 2260), plate prefixes (GA 36), telephone area codes and postcodes,
 * and the name, occupation and industry vocabularies. Real codes, invented people.
 */
final class ReferenceData {
    private ReferenceData() {
    }

    /** A county-level unit: district or county-level city. */
    record County(String name, String regionCode) {
    }

    /** A prefecture-level city with its plate letter, telephone area code and postcode. */
    record City(String name, String regionCode, char plateLetter, String areaCode, String postcode,
            List<County> counties) {
    }

    /** A province: name, one-character abbreviation used on plates, 2-digit region code. */
    record Province(String name, char plateChar, String code, List<City> cities) {
    }

    /** Where people born elsewhere come from: region code of the issuing authority and native place. */
    record Origin(String regionCode, String nativePlace) {
    }

    /** An occupation with its class (1 office … 6 most hazardous), a department and a position. */
    record Occupation(String name, int occupationClass, String department, String position, String industry) {
    }

    static final String HEAD_OFFICE_CODE = "86";
    static final String HEAD_OFFICE_NAME = "总公司";

    static final List<Province> PROVINCES = List.of(
            new Province("广东", '粤', "44", List.of(
                    new City("广州", "440100", 'A', "020", "510000", List.of(
                            new County("天河区", "440106"), new County("越秀区", "440104"), new County("番禺区", "440113"))),
                    new City("深圳", "440300", 'B', "0755", "518000", List.of(
                            new County("南山区", "440305"), new County("福田区", "440304"), new County("宝安区", "440306"))),
                    new City("佛山", "440600", 'E', "0757", "528000", List.of(
                            new County("南海区", "440605"), new County("顺德区", "440606"))))),
            new Province("浙江", '浙', "33", List.of(
                    new City("杭州", "330100", 'A', "0571", "310000", List.of(
                            new County("西湖区", "330106"), new County("余杭区", "330110"), new County("萧山区", "330109"))),
                    new City("宁波", "330200", 'B', "0574", "315000", List.of(
                            new County("鄞州区", "330212"), new County("海曙区", "330203"))),
                    new City("温州", "330300", 'C', "0577", "325000", List.of(
                            new County("鹿城区", "330302"), new County("瑞安市", "330381"))))),
            new Province("江苏", '苏', "32", List.of(
                    new City("南京", "320100", 'A', "025", "210000", List.of(
                            new County("鼓楼区", "320106"), new County("江宁区", "320115"))),
                    new City("苏州", "320500", 'E', "0512", "215000", List.of(
                            new County("姑苏区", "320508"), new County("昆山市", "320583"), new County("吴江区", "320509"))))),
            new Province("山东", '鲁', "37", List.of(
                    new City("济南", "370100", 'A', "0531", "250000", List.of(
                            new County("历下区", "370102"), new County("章丘区", "370114"))),
                    new City("青岛", "370200", 'B', "0532", "266000", List.of(
                            new County("市南区", "370202"), new County("黄岛区", "370211"), new County("即墨区", "370215"))))),
            new Province("四川", '川', "51", List.of(
                    new City("成都", "510100", 'A', "028", "610000", List.of(
                            new County("锦江区", "510104"), new County("武侯区", "510107"), new County("双流区", "510116"))),
                    new City("绵阳", "510700", 'B', "0816", "621000", List.of(
                            new County("涪城区", "510703"))),
                    new City("德阳", "510600", 'F', "0838", "618000", List.of(
                            new County("旌阳区", "510603"), new County("广汉市", "510681"))))),
            new Province("湖北", '鄂', "42", List.of(
                    new City("武汉", "420100", 'A', "027", "430000", List.of(
                            new County("江岸区", "420102"), new County("武昌区", "420106"), new County("洪山区", "420111"))),
                    new City("宜昌", "420500", 'E', "0717", "443000", List.of(
                            new County("西陵区", "420502"), new County("宜都市", "420581"))))));

    /** Regions people migrated from (the ID number keeps the region where it was first issued). */
    static final List<Origin> ORIGINS = List.of(
            new Origin("410102", "河南郑州"), new Origin("411302", "河南南阳"), new Origin("430102", "湖南长沙"),
            new Origin("430602", "湖南岳阳"), new Origin("340104", "安徽合肥"), new Origin("341202", "安徽阜阳"),
            new Origin("360102", "江西南昌"), new Origin("362102", "江西赣州"), new Origin("130102", "河北石家庄"),
            new Origin("450103", "广西南宁"), new Origin("500103", "重庆渝中"), new Origin("520102", "贵州贵阳"),
            new Origin("610113", "陕西西安"), new Origin("220102", "吉林长春"), new Origin("230102", "黑龙江哈尔滨"),
            new Origin("350102", "福建福州"), new Origin("140105", "山西太原"), new Origin("530102", "云南昆明"));

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
            + "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严").split("");
    static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官"};
    static final String[] MALE_GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建国志文博毅晨睿泽".split("");
    static final String[] FEMALE_GIVEN = "芳娜敏静丽艳娟霞秀燕玲桂丹萍红琳婷雪慧颖倩洁佳欣悦怡晶璐梅妍琪蕾薇雯".split("");
    static final String[] BRAND = {"华信", "宏达", "鼎盛", "恒通", "金源", "盛世", "新创", "天宇", "博远", "中联", "海纳", "瑞丰",
            "永泰", "德润", "锦程", "众合", "远航", "星河", "嘉禾", "凯越", "同舟", "润泽", "启明", "东方"};
    static final String[] STREETS = {"中山路", "人民路", "解放路", "建设路", "新华路", "和平路", "文化路", "学府路", "滨江路",
            "长江路", "黄河路", "光明街", "朝阳路", "东风路", "胜利街", "青年路", "科技园路", "工业大道"};
    static final String[] EMAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com", "139.com", "outlook.com", "gmail.com"};
    static final String[] LATIN = {"li", "wang", "zhang", "chen", "liu", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
            "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "wei", "jun", "ming", "hua", "fang", "jing"};

    /** Major sections of GB/T 4754 with a trade word for company names. */
    static final String[][] INDUSTRIES = {
            {"制造业", "制造"}, {"批发和零售业", "贸易"}, {"建筑业", "建设工程"}, {"交通运输、仓储和邮政业", "物流"},
            {"信息传输、软件和信息技术服务业", "科技"}, {"住宿和餐饮业", "餐饮管理"}, {"房地产业", "房地产开发"},
            {"租赁和商务服务业", "商务咨询"}, {"卫生和社会工作", "医疗管理"}, {"教育", "教育科技"}};

    static final List<Occupation> OCCUPATIONS = List.of(
            new Occupation("办公室职员", 1, "行政部", "专员", "租赁和商务服务业"),
            new Occupation("会计", 1, "财务部", "会计", "批发和零售业"),
            new Occupation("教师", 1, "教务处", "教师", "教育"),
            new Occupation("公务员", 1, "办公室", "科员", null),
            new Occupation("软件工程师", 1, "研发部", "工程师", "信息传输、软件和信息技术服务业"),
            new Occupation("医生", 2, "内科", "主治医师", "卫生和社会工作"),
            new Occupation("护士", 2, "护理部", "护士", "卫生和社会工作"),
            new Occupation("销售人员", 2, "销售部", "销售经理", "批发和零售业"),
            new Occupation("个体经营者", 2, null, "业主", "批发和零售业"),
            new Occupation("厨师", 3, "后厨", "厨师", "住宿和餐饮业"),
            new Occupation("机械技术员", 3, "生产部", "技术员", "制造业"),
            new Occupation("出租车司机", 4, "营运部", "驾驶员", "交通运输、仓储和邮政业"),
            new Occupation("快递员", 4, "配送部", "快递员", "交通运输、仓储和邮政业"),
            new Occupation("电工", 4, "工程部", "电工", "建筑业"),
            new Occupation("货车司机", 5, "运输部", "驾驶员", "交通运输、仓储和邮政业"),
            new Occupation("建筑工人", 5, "项目部", "施工员", "建筑业"),
            new Occupation("高空作业人员", 6, "工程部", "安装工", "建筑业"));

    static final Occupation RETIRED = new Occupation("退休人员", 1, null, null, null);
    static final Occupation STUDENT = new Occupation("学生", 1, null, null, null);
    static final Occupation PRESCHOOL = new Occupation("学龄前儿童", 1, null, null, null);

    static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};

    /** Plate characters after the issuing-authority letter: digits and letters except I and O. */
    static final String PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
}
