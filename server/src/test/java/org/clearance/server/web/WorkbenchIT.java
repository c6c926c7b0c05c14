package org.clearance.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clearance.server.TestServer;
import org.clearance.server.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in Debian's headless Chromium (chromium and chromium-driver, installed by .ci/needs/chromium.sh):
 * an officer logs in, classifies a chip, checks a shipment to a listed end user, adjudicates the hit in the review
 * queue, and finds both in the audit log; every page passes axe-core (vendored from npm) without serious or critical
 * violations. Screenshots of the main pages go to target/screenshots (docs/screenshots with
 * -Dclearance.screenshots=docs/screenshots, see docs/api.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {

    private static final TestServer S = TestServer.get();
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path shots;

    @BeforeAll
    static void start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String dir = System.getProperty("clearance.screenshots");
        shots = dir != null ? Path.of(dir) : Path.of("target", "screenshots");
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static void shot(String name) throws IOException {
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** axe-core on the current page: no serious or critical violation (the list names any found). */
    @SuppressWarnings("unchecked")
    private static void accessible() throws IOException {
        String axe;
        try (InputStream in = WorkbenchIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document).then(function (r) { done(r.violations.filter(function (v) {"
                + "return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + "return v.id + ': ' + v.help + ' (' + v.nodes.length + ')'; })); });");
        assertThat((List<String>) result).as(browser.getCurrentUrl()).isEmpty();
    }

    private static WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    @Test
    @Order(1)
    void an_officer_logs_in() throws IOException {
        browser.get(S.base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        accessible();
        shot("login");
        field("name").sendKeys("test-officer");
        field("password").sendKeys(S.passwords.get(Role.OFFICER));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/classify"));
        assertThat(browser.findElement(By.cssSelector(".who span")).getText()).contains("test-officer (officer)");
    }

    @Test
    @Order(2)
    void classifies_a_chip_from_the_catalog() throws IOException {
        browser.get(S.base + "/classify");
        new Select(field("item")).selectByValue("nvidia-h100-sxm5-80gb");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-06-01'", field("as_of"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "CONTROLLED"));
        assertThat(field("eccn").getText()).isEqualTo("3A090.a");
        assertThat(browser.findElement(By.id("result")).getText()).contains("Findings").contains("15 CFR");
        accessible();
        shot("classify");
    }

    @Test
    @Order(3)
    void checks_a_shipment_to_a_listed_end_user() throws IOException {
        browser.get(S.base + "/check");
        new Select(field("item")).selectByValue("nvidia-h200-sxm-141gb");
        field("destination").sendKeys("China");
        field("end_user").sendKeys("西北工业大学");
        field("end_user_id").sendKeys("WORKBENCH-1");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(field("verdict").getText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(field("result").getText()).contains("hit:EL:");
        accessible();
        shot("check");
    }

    @Test
    @Order(4)
    void adjudicates_the_hit_in_the_review_queue() throws IOException {
        browser.get(S.base + "/review");
        WebElement card = browser.findElements(By.cssSelector(".card")).stream()
                .filter(c -> c.getText().contains("WORKBENCH-1")).findFirst().orElseThrow();
        assertThat(card.getText()).contains("西北工业大学").contains("Northwestern Polytechnical University");
        accessible();
        shot("review");
        card.findElement(By.cssSelector("input[value=match]")).click();
        card.findElement(By.name("reason")).sendKeys("the same university");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Recorded:")
                .contains("WORKBENCH-1").contains("test-officer");
        assertThat(browser.findElements(By.cssSelector(".card")).stream().map(WebElement::getText))
                .noneMatch(t -> t.contains("WORKBENCH-1"));
    }

    private static void logIn(String name, String password) {
        browser.manage().deleteAllCookies();
        browser.get(S.base + "/login");
        field("name").sendKeys(name);
        field("password").sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/classify"));
    }

    @Test
    @Order(5)
    void a_not_a_match_waits_for_a_second_officer_who_approves_it() throws IOException {
        S.post(Role.ANALYST, "/api/v1/screen", "{\"name\": \"Northwestern Polytechnical University\", "
                + "\"party_id\": \"WORKBENCH-2\"}");
        browser.get(S.base + "/review");
        WebElement card = browser.findElements(By.cssSelector(".card")).stream()
                .filter(c -> c.getText().contains("WORKBENCH-2")).findFirst().orElseThrow();
        card.findElement(By.cssSelector("input[value=no-match]")).click();
        card.findElement(By.name("reason")).sendKeys("a different institute of the same name");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Requested:");
        WebElement mine = browser.findElements(By.cssSelector(".request")).stream()
                .filter(c -> c.getText().contains("WORKBENCH-2")).findFirst().orElseThrow();
        assertThat(mine.getText()).contains("Your own request");
        assertThat(mine.findElements(By.cssSelector("button"))).isEmpty();
        S.accounts(a -> a.addUser("second-browser-officer", Role.OFFICER, "second-browser-password"));
        logIn("second-browser-officer", "second-browser-password");
        browser.get(S.base + "/review");
        WebElement theirs = browser.findElements(By.cssSelector(".request")).stream()
                .filter(c -> c.getText().contains("WORKBENCH-2")).findFirst().orElseThrow();
        accessible();
        shot("approvals");
        theirs.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Approved:")
                .contains("asked by test-officer").contains("approved by second-browser-officer");
    }

    @Test
    @Order(6)
    void the_audit_log_shows_the_check_and_the_adjudication_by_the_officer_and_verifies() throws IOException {
        browser.get(S.base + "/audit");
        assertThat(field("verify").getText()).contains("intact");
        List<String> rows = browser.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anyMatch(r -> r.contains("test-officer") && r.contains("adjudication"));
        assertThat(rows).anyMatch(r -> r.contains("test-officer") && r.endsWith("check"));
        assertThat(rows).anyMatch(r -> r.contains("test-officer") && r.endsWith("adjudication.request"));
        assertThat(rows).anyMatch(r -> r.contains("second-browser-officer") && r.endsWith("adjudication.approve"));
        accessible();
        shot("audit");
        browser.get(S.base + "/lists");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("sdn");
        accessible();
        shot("lists");
    }

    @Test
    @Order(7)
    void a_form_post_without_the_session_csrf_token_is_refused() {
        String cookie = browser.manage().getCookieNamed("clearance_session").getValue();
        TestServer.Answer a = S.send("POST", "/classify", "item=nvidia-h20", "application/x-www-form-urlencoded",
                "Cookie", "clearance_session=" + cookie);
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body()).contains("CSRF");
    }
}
