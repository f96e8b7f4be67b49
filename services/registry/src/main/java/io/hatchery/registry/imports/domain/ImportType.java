package io.hatchery.registry.imports.domain;

import io.hatchery.spreadsheets.SheetColumns;
import java.util.List;
import java.util.Map;

/**
 * What a spreadsheet holds, and its columns: each canonical column name with the headers accepted for it
 * (English as in the API, and the Chinese headers of the provinces' own sheets).
 */
public enum ImportType implements SheetColumns {

    CARRIERS(Map.ofEntries(
            Map.entry("name", List.of("name", "名称", "载体名称")),
            Map.entry("kind", List.of("kind", "类型", "载体类型")),
            Map.entry("region", List.of("region", "区域代码", "所属区域", "行政区划代码")),
            Map.entry("operatorName", List.of("operatorName", "operator", "运营机构", "运营主体")),
            Map.entry("operatorUscc", List.of("operatorUscc", "uscc", "统一社会信用代码", "运营机构信用代码")),
            Map.entry("establishedOn", List.of("establishedOn", "成立日期", "成立时间", "运营时间")),
            Map.entry("totalArea", List.of("totalArea", "总面积", "总面积(平方米)", "场地面积")),
            Map.entry("incubationArea", List.of("incubationArea", "孵化面积", "孵化场地面积", "孵化面积(平方米)")),
            Map.entry("address", List.of("address", "地址")),
            Map.entry("hostLocation", List.of("hostLocation", "所在地", "飞地所在地")),
            Map.entry("level", List.of("level", "级别", "认定级别")),
            Map.entry("certifiedOn", List.of("certifiedOn", "认定日期", "认定时间")),
            Map.entry("authority", List.of("authority", "认定部门", "认定机关")),
            Map.entry("certificateNumber", List.of("certificateNumber", "证书编号", "认定文号"))),
            List.of("name", "kind", "region", "operatorName", "operatorUscc", "establishedOn", "totalArea",
                    "incubationArea")),

    FIRMS(Map.ofEntries(
            Map.entry("uscc", List.of("uscc", "统一社会信用代码", "信用代码")),
            Map.entry("name", List.of("name", "企业名称", "名称")),
            Map.entry("foundedOn", List.of("foundedOn", "成立日期", "注册日期")),
            Map.entry("industry", List.of("industry", "行业", "所属行业", "技术领域")),
            Map.entry("region", List.of("region", "区域代码", "所属区域", "行政区划代码")),
            Map.entry("carrier", List.of("carrier", "所在载体", "孵化载体", "载体")),
            Map.entry("admittedOn", List.of("admittedOn", "入孵日期", "入孵时间"))),
            List.of("uscc", "name", "foundedOn", "region"));

    private final Map<String, List<String>> headers;
    private final List<String> required;

    ImportType(Map<String, List<String>> headers, List<String> required) {
        this.headers = headers;
        this.required = required;
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public List<String> requiredColumns() {
        return required;
    }
}
