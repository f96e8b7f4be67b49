package io.hatchery.fundmatching.imports.domain;

import io.hatchery.spreadsheets.SheetColumns;
import java.util.List;
import java.util.Map;

/** What a fund-matching sheet holds, and its columns (the API's names and the provinces' Chinese headers). */
public enum ImportType implements SheetColumns {

    FUNDS(Map.ofEntries(
            Map.entry("name", List.of("name", "基金名称", "名称")),
            Map.entry("kind", List.of("kind", "基金类型", "类型")),
            Map.entry("manager", List.of("manager", "managerId", "管理机构", "基金管理人", "管理人信用代码")),
            Map.entry("committedRmb", List.of("committedRmb", "认缴规模(元)", "基金规模(元)", "认缴规模")),
            Map.entry("establishedOn", List.of("establishedOn", "成立日期", "设立日期")),
            Map.entry("region", List.of("region", "区域代码", "所属区域", "行政区划代码")),
            Map.entry("carrierId", List.of("carrierId", "所在载体", "载体")),
            Map.entry("carrierLink", List.of("carrierLink", "载体关系", "与载体关系")),
            Map.entry("industries", List.of("industries", "投资领域", "关注行业")),
            Map.entry("stages", List.of("stages", "投资阶段")),
            Map.entry("ticketMinRmb", List.of("ticketMinRmb", "单笔最低(元)", "单笔下限(元)")),
            Map.entry("ticketMaxRmb", List.of("ticketMaxRmb", "单笔最高(元)", "单笔上限(元)")),
            Map.entry("localReinvestmentShare", List.of("localReinvestmentShare", "返投比例")),
            Map.entry("stateCapitalShare", List.of("stateCapitalShare", "国资占比", "国有资本占比"))),
            List.of("name", "kind", "manager", "committedRmb", "establishedOn", "region")),

    INVESTMENTS(Map.ofEntries(
            Map.entry("fundId", List.of("fundId", "基金编号", "基金")),
            Map.entry("firmUscc", List.of("firmUscc", "企业信用代码", "统一社会信用代码", "被投企业信用代码")),
            Map.entry("amountRmb", List.of("amountRmb", "投资金额(元)", "金额(元)", "投资金额")),
            Map.entry("round", List.of("round", "轮次", "投资轮次")),
            Map.entry("instrument", List.of("instrument", "投资方式", "工具")),
            Map.entry("investedOn", List.of("investedOn", "投资日期", "日期"))),
            List.of("fundId", "firmUscc", "amountRmb", "investedOn"));

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
