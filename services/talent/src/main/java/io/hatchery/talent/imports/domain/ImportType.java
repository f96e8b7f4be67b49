package io.hatchery.talent.imports.domain;

import io.hatchery.spreadsheets.SheetColumns;
import java.util.List;
import java.util.Map;

/** What a talent sheet holds, and its columns (the API's names and the provinces' Chinese headers). */
public enum ImportType implements SheetColumns {

    TALENTS(Map.ofEntries(
            Map.entry("documentNumber", List.of("documentNumber", "身份证号", "身份证号码", "证件号码")),
            Map.entry("documentKind", List.of("documentKind", "证件类型")),
            Map.entry("name", List.of("name", "姓名")),
            Map.entry("phone", List.of("phone", "手机", "手机号", "联系电话")),
            Map.entry("email", List.of("email", "邮箱", "电子邮箱")),
            Map.entry("region", List.of("region", "区域代码", "所属区域", "行政区划代码")),
            Map.entry("education", List.of("education", "学历")),
            Map.entry("returnee", List.of("returnee", "海归", "是否海归")),
            Map.entry("field", List.of("field", "专业领域", "领域")),
            Map.entry("registeredOn", List.of("registeredOn", "登记日期", "入库日期")),
            Map.entry("programme", List.of("programme", "人才计划", "入选计划")),
            Map.entry("programmeYear", List.of("programmeYear", "入选年份")),
            Map.entry("recognisedOn", List.of("recognisedOn", "入选日期"))),
            List.of("documentNumber", "name", "region")),

    MENTORS(Map.ofEntries(
            Map.entry("documentNumber", List.of("documentNumber", "身份证号", "身份证号码", "证件号码")),
            Map.entry("documentKind", List.of("documentKind", "证件类型")),
            Map.entry("carrierId", List.of("carrierId", "载体", "载体编号", "聘任载体")),
            Map.entry("kind", List.of("kind", "导师类型")),
            Map.entry("since", List.of("since", "聘任日期"))),
            List.of("documentNumber", "carrierId", "kind", "since")),

    ACTIVITIES(Map.ofEntries(
            Map.entry("carrierId", List.of("carrierId", "载体", "载体编号")),
            Map.entry("kind", List.of("kind", "活动类型")),
            Map.entry("title", List.of("title", "活动名称", "名称")),
            Map.entry("heldOn", List.of("heldOn", "举办日期", "日期")),
            Map.entry("participants", List.of("participants", "参加人数")),
            Map.entry("firms", List.of("firms", "参加企业数"))),
            List.of("carrierId", "kind", "title", "heldOn"));

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
