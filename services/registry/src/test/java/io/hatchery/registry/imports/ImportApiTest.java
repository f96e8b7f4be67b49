package io.hatchery.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.TestTokens;
import io.hatchery.testing.ServiceIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Spreadsheet imports: Chinese headers, per-row report, refused rows store nothing, a second import changes nothing. */
@ServiceIntegrationTest
class ImportApiTest extends ApiTest {

    @Autowired
    MongoTemplate mongo;

    private Api.Response upload(String type, String fileName, byte[] content, String token) {
        String boundary = "----hatchery" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/api/registry/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token, Map.of());
    }

    private static byte[] carriersWorkbook(String operatorUscc) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("载体");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"载体名称", "类型", "区域代码", "运营机构", "统一社会信用代码", "成立日期", "总面积（平方米）",
                    "孵化面积", "认定级别", "认定日期", "认定部门"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {"沂源县创新创业孵化中心", "孵化器", "370323", "沂源经开区发展公司", operatorUscc,
                            LocalDate.of(2017, 5, 1), 15000, 11000, "省级", LocalDate.of(2020, 9, 1), "山东省科技厅"},
                    {"沂源县青年众创空间", "众创空间", "370323", "沂源团县委服务中心", operatorUscc,
                            LocalDate.of(2019, 3, 1), 900, 700, null, null, null},
                    {"坏码众创空间", "众创空间", "370323", "某公司", operatorUscc.substring(0, 17) + "I",
                            LocalDate.of(2019, 3, 1), 900, 700, null, null, null},
                    {"无效类型载体", "城堡", "370323", "某公司", operatorUscc, LocalDate.of(2019, 3, 1), 900, 700,
                            null, null, null},
                    {"未知区域众创空间", "众创空间", "379999", "某公司", operatorUscc, LocalDate.of(2019, 3, 1), 900, 700,
                            null, null, null},
                    {"沂源县青年众创空间", "众创空间", "370323", "沂源团县委服务中心", operatorUscc,
                            LocalDate.of(2019, 3, 1), 900, 700, null, null, null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> outcomes(Api.Response report) {
        return report.json().get("rows").valueStream().map(row -> row.get("outcome").asString()).toList();
    }

    private static final String SHANDONG = TestTokens.token("PROVINCE_ADMIN", "370000");

    @Test
    void carriersImportRowByRowAndASecondImportChangesNothing() throws IOException {
        byte[] workbook = carriersWorkbook(Uscc.complete("91370323MA3C00001"));

        Api.Response first = upload("carriers", "沂源载体.xlsx", workbook, SHANDONG);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(outcomes(first)).as(first.body()).containsExactly("IMPORTED", "IMPORTED", "REFUSED", "REFUSED",
                "REFUSED", "DUPLICATE");
        JsonNode rows = first.json().get("rows");
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(rows.get(2).get("field").asString()).isEqualTo("operator.uscc");
        assertThat(rows.get(3).get("field").asString()).isEqualTo("kind");
        assertThat(rows.get(3).get("reason").asString()).contains("城堡");
        assertThat(rows.get(4).get("field").asString()).isEqualTo("region");
        assertThat(rows.get(5).get("id").asString()).isEqualTo(rows.get(1).get("id").asString());
        assertThat(first.json().get("imported").asInt()).isEqualTo(2);
        assertThat(first.json().get("refused").asInt()).isEqualTo(3);
        String incubator = rows.get(0).get("id").asString();
        Api.Response carrier = api.get("/api/registry/carriers/" + incubator, SHANDONG);
        assertThat(carrier.json().get("level").asString()).isEqualTo("PROVINCIAL");
        assertThat(carrier.json().get("establishedOn").asString()).isEqualTo("2017-05-01");
        assertThat(carrier.json().get("totalArea").decimalValue()).isEqualByComparingTo("15000");
        long documents = mongo.getCollection("carriers").countDocuments();

        Api.Response second = upload("carriers", "沂源载体.xlsx", workbook, SHANDONG);

        assertThat(outcomes(second)).containsExactly("DUPLICATE", "DUPLICATE", "REFUSED", "REFUSED", "REFUSED",
                "DUPLICATE");
        assertThat(second.json().get("imported").asInt()).isZero();
        assertThat(mongo.getCollection("carriers").countDocuments()).isEqualTo(documents);
        assertThat(api.get("/api/registry/carriers/" + incubator + "/history", SHANDONG).json().size()).isEqualTo(2);
    }

    @Test
    void firmsFromAChineseExcelCsvAreAdmittedToTheirCarrierByName() {
        String carrier = api.registerCarrier("东台科创园", "INCUBATOR", "320981", "2015-01-01", ADMIN);
        String good = Uscc.complete("91320981MA1N00001");
        String tooOld = Uscc.complete("91320981MA1N00002");
        String csv = """
                统一社会信用代码,企业名称,成立日期,所属行业,区域代码,所在载体,入孵日期
                %s,东台新材料科技有限公司,2024/3/5,新材料,320981,东台科创园,2024/6/1
                %s,东台老厂有限公司,2015/1/1,制造,320981,东台科创园,2024/6/1
                %s,东台无载体有限公司,2024/1/1,软件,320981,,
                """.formatted(good, tooOld, Uscc.complete("91320981MA1N00003"));
        byte[] gb18030 = csv.getBytes(Charset.forName("GB18030"));

        Api.Response first = upload("firms", "企业.csv", gb18030, YANCHENG);
        Api.Response second = upload("firms", "企业.csv", gb18030, YANCHENG);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(outcomes(first)).containsExactly("IMPORTED", "REFUSED", "IMPORTED");
        assertThat(first.json().get("rows").get(1).get("reason").asString()).contains("admission-age-limit");
        assertThat(api.get("/api/registry/firms/firm-" + tooOld, YANCHENG).status())
                .as("a refused row stores nothing").isEqualTo(404);
        JsonNode firm = api.get("/api/registry/firms/firm-" + good, YANCHENG).json();
        assertThat(firm.get("current").get("carrierId").asString()).isEqualTo(carrier);
        assertThat(firm.get("name").asString()).isEqualTo("东台新材料科技有限公司");
        assertThat(outcomes(second)).containsExactly("DUPLICATE", "REFUSED", "DUPLICATE");
        assertThat(api.get("/api/registry/firms/firm-" + good + "/history", YANCHENG).json().size()).isEqualTo(2);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsA400NamingThem() {
        Api.Response response = upload("firms", "wrong.csv", "名称,地址\nx,y\n".getBytes(StandardCharsets.UTF_8),
                ADMIN);
        Api.Response wrongType = upload("castles", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8), ADMIN);
        Api.Response notASheet = upload("firms", "x.pdf", new byte[] {1, 2}, ADMIN);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("uscc");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(notASheet.status()).isEqualTo(400);
    }

    @Test
    void theTemplateHasTheChineseHeaders() {
        Api.Response template = api.send(HttpRequest.newBuilder(api.uri("/api/registry/imports/templates/firms.xlsx"))
                .GET(), ADMIN, Map.of());

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).contains("firms-template.xlsx");
    }
}
