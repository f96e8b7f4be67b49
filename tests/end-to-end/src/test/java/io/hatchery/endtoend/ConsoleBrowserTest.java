package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.bench.fixtures.PlatformFixtures;
import io.hatchery.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The console in a real headless Chromium, through the gateway of the running platform: sign-in, confinement to
 * the official's region, drilling down by clicking, plan progress and its Excel file, live figures without a
 * reload, and a firm's profile. A failing test leaves a screenshot in {@code target/browser-failures/}.
 */
@Order(SharedPlatform.ORDER)
class ConsoleBrowserTest {

    private static final String PROVINCE = "江苏省科技厅";
    private static final String YANCHENG = "盐城市科技局";
    private static final String COUNTY = "320904";
    private static final String CITY = "320900";

    private static ServicesUnderTest services;
    private static Map<String, String> fixtures;

    private ChromeDriver browser;

    @RegisterExtension
    final ScreenshotsOnFailure screenshots = new ScreenshotsOnFailure(() -> browser);

    @BeforeAll
    static void platformWithFixtures() {
        services = SharedPlatform.get();
        fixtures = new PlatformFixtures(services.gatewayUrl(), TestTokens.token("PROVINCE_ADMIN", "320000"))
                .create(ServicesUnderTest.presentServices(), new PlatformFixtures.Settings(COUNTY, CITY, "浏览器", 2088,
                        PlatformFixtures.CycleOver.OTHER_CARRIER));
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void open(String path) {
        browser.get(services.gatewayUrl() + path);
    }

    /** Signs in through the picker as the demo user of that name, and lands on their region's overview. */
    private void signInAs(String name) {
        open("/");
        waiting(15).until(ExpectedConditions.urlContains("/sign-in"));
        browser.findElement(By.xpath("//label[span[text()='" + name + "']]")).click();
        browser.findElement(By.id("sign-in")).click();
        waiting(15).until(ExpectedConditions.urlMatches("/console/regions/[0-9]+$"));
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(",", "").trim());
    }

    @Test
    void aCityOfficerSeesOnlyTheirCity() {
        signInAs(YANCHENG);

        assertThat(browser.getCurrentUrl()).endsWith("/console/regions/" + CITY);
        assertThat(texts(By.cssSelector(".crumbs li"))).containsExactly("盐城市");
        open("/console/regions/" + CITY + "/drill");
        List<String> children = browser.findElements(By.cssSelector("table.data tbody tr[data-region]")).stream()
                .map(row -> row.getAttribute("data-region")).toList();
        assertThat(children).isNotEmpty().allMatch(code -> code.startsWith("3209"));
        open("/console/carriers");
        assertThat(texts(By.cssSelector("table.data tbody tr td:nth-child(3)"))).isNotEmpty()
                .allMatch(region -> region.startsWith("3209"));

        open("/console/regions/320000");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无权查看");
        open("/console/regions/330300/drill");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无权查看");
    }

    @Test
    void anAdministratorDrillsFromTheProvinceToACountyByClicking() {
        signInAs(PROVINCE);
        open("/console/regions/320000/drill?indicator=carriers.count");
        WebElement chart = waiting(15).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#drill-chart[data-ready='true']")));

        // the bar of Yancheng, where ECharts drew it
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                var chart = echarts.getInstanceByDom(arguments[0]);
                var names = chart.getOption().xAxis[0].data;
                var index = names.indexOf('盐城市');
                var values = chart.getOption().series[0].data;
                return chart.convertToPixel({seriesIndex: 0}, [index, values[index] / 2]);""", chart);
        new Actions(browser).moveToElement(chart, point.get(0).intValue() - chart.getSize().getWidth() / 2,
                point.get(1).intValue() - chart.getSize().getHeight() / 2).click().perform();
        waiting(15).until(ExpectedConditions.urlContains("/console/regions/" + CITY + "/drill"));
        assertThat(browser.getCurrentUrl()).contains("indicator=carriers.count");

        browser.findElement(By.cssSelector("tr[data-region='" + COUNTY + "'] a")).click();
        waiting(15).until(ExpectedConditions.urlContains("/console/regions/" + COUNTY + "/drill"));
        List<String> crumbs = texts(By.cssSelector(".crumbs li"));
        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.subList(0, 2)).containsExactly("江苏省", "盐城市");

        browser.findElement(By.linkText("江苏省")).click();
        waiting(15).until(ExpectedConditions.urlContains("/console/regions/320000/drill"));
    }

    @Test
    void aPlansProgressTableShowsEachTargetsStatusAndTheExcelFileMatchesIt() throws IOException,
            InterruptedException {
        signInAs(YANCHENG);
        open("/console/plans");
        browser.findElement(By.cssSelector("a[href='/console/plans/" + fixtures.get("plan") + "']")).click();
        waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));

        JsonNode progress = Http.get(services.gatewayUrl() + "/api/statistics/plans/" + fixtures.get("plan")
                + "/progress", TestTokens.token("CITY_OFFICER", CITY)).json();
        List<List<String>> expected = new ArrayList<>();
        progress.get("rows").forEach(row -> expected.add(List.of(row.get("targetId").asString(),
                row.get("region").asString(), row.get("status").asString())));
        List<WebElement> rows = browser.findElements(By.cssSelector("#progress tbody tr"));
        List<List<String>> shown = new ArrayList<>();
        for (WebElement row : rows) {
            String status = row.getAttribute("data-status");
            assertThat(row.findElement(By.cssSelector(".status")).getAttribute("class"))
                    .contains("status-" + status);
            shown.add(List.of(row.getAttribute("data-target"), row.getAttribute("data-region"), status));
        }
        assertThat(shown).isEqualTo(expected).isNotEmpty();

        String href = browser.findElement(By.id("download-xlsx")).getAttribute("href");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "HATCHERY_CONSOLE=" + browser.manage().getCookieNamed("HATCHERY_CONSOLE").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        List<List<String>> inFile = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cells.formatCellValue(cell)));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                inFile.add(List.of(cells.formatCellValue(row.getCell(header.indexOf("target"))),
                        cells.formatCellValue(row.getCell(header.indexOf("region"))),
                        cells.formatCellValue(row.getCell(header.indexOf("status")))));
            }
        }
        assertThat(inFile).isEqualTo(shown);
    }

    @Test
    void aCarrierRegisteredThroughTheApiAppearsOnTheOverviewWithoutAReload() {
        signInAs(YANCHENG);
        waiting(15).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.overview[data-subscribed='true']")));
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        browser.navigate().refresh();
        waiting(15).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.overview[data-subscribed='true']")));
        By carriers = By.cssSelector("[data-testid='figure-carriers.count']");
        long before = number(browser.findElement(carriers).getText());
        ((JavascriptExecutor) browser).executeScript("window.hatcheryNoReload = 42;");

        Http.Response registered = Http.postJson(services.gatewayUrl() + "/api/registry/carriers",
                TestTokens.token("CITY_OFFICER", CITY), """
                {"name":"浏览器实时孵化器%d","kind":"INCUBATOR","region":"%s",
                 "operator":{"name":"浏览器运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2020-01-01","totalArea":5000,"incubationArea":4000}"""
                        .formatted(System.nanoTime(), COUNTY), Map.of());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        waiting(30).until(driver -> number(driver.findElement(carriers).getText()) == before + 1);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hatcheryNoReload;"))
                .as("the page was not reloaded").isEqualTo(42L);
        assertThat(browser.findElement(By.id("last-updated")).getText()).isNotEqualTo("—");
    }

    @Test
    void theFirmProfileShowsAnInvestmentMadeThroughTheApi() {
        signInAs(YANCHENG);
        open("/console/firms");
        WebElement query = browser.findElement(By.id("q"));
        query.sendKeys(fixtures.get("firmUscc"), Keys.ENTER);
        waiting(15).until(ExpectedConditions.urlContains("q="));
        browser.findElement(By.cssSelector("table.data tbody a")).click();
        waiting(15).until(ExpectedConditions.urlContains("/console/firms/" + fixtures.get("firm")));

        WebElement investment = browser.findElement(By.cssSelector("#financing tr[data-id='"
                + fixtures.get("investment") + "']"));
        assertThat(investment.findElements(By.tagName("td")).get(4).getText()).isEqualTo("100.0");
        assertThat(texts(By.cssSelector("#chain li"))).singleElement().asString().contains("浏览器carrier");
    }

    @Test
    void aCarriersPageListsTheMentorsItEngagesWithTheirNamesMasked() {
        signInAs(YANCHENG);
        open("/console/carriers/" + fixtures.get("carrier"));

        List<WebElement> mentors = browser.findElements(By.cssSelector("#mentors tbody tr"));
        assertThat(mentors).hasSize(1);
        assertThat(mentors.get(0).findElement(By.tagName("th")).getText()).isEqualTo("浏****");
        assertThat(mentors.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .containsExactly("投资人", "", "2024-02-01", "0");
        assertThat(browser.getPageSource()).as("a science officer sees no mentor's name in full")
                .doesNotContain("浏览器人才");
    }

    @Test
    void thePagesFitATabletsWidth() {
        signInAs(YANCHENG);
        browser.manage().window().setSize(new Dimension(820, 1180));
        for (String page : List.of("/console/regions/" + CITY, "/console/regions/" + CITY + "/drill",
                "/console/regions/" + CITY + "/chain", "/console/plans/" + fixtures.get("plan"), "/console/carriers")) {
            open(page);
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal scrolling on " + page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theConsoleSpeaksEnglishOnRequestAndEveryControlHasALabel() {
        signInAs(YANCHENG);
        browser.findElement(By.linkText("English")).click();
        waiting(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header nav"),
                "Overview"));
        open("/console/regions/" + CITY + "/drill");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        for (WebElement control : browser.findElements(By.cssSelector("main input, main select"))) {
            String id = control.getAttribute("id");
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of " + id)
                    .hasSize(1);
        }
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    }
}
