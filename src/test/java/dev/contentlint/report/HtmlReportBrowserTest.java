package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium: hostile paths, messages, statuses, rule
 * descriptions, help links and source lines stay text; the page's own script runs under its
 * Content-Security-Policy; the page does not scroll sideways at a phone's width.
 *
 * <p>Skipped, with the reason, where no Chromium is installed. With
 * {@code -Dcontentlint.screenshots=true} it also writes the README's screenshots of the report on
 * {@code examples/broken-vault} to {@code docs/images}.
 */
class HtmlReportBrowserTest {

    private static final String XSS_IMG = "<img src=x onerror=\"document.title='pwned'\">";
    private static final String XSS_SCRIPT = "<script>document.title='pwned'</script>";
    private static final String XSS_SVG = "\"><svg onload=\"document.title='pwned'\">";

    private static Chromium chromium;

    @TempDir
    Path temp;

    @BeforeAll
    static void findChromium() {
        Optional<Chromium> found = Chromium.find();
        if (found.isEmpty()) {
            String reason = "HtmlReportBrowserTest skipped: no chromium found (set"
                    + " -Dcontentlint.chromium=/path/to/chromium, or install the chromium package)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        chromium = found.get();
    }

    @Test
    void hostileContentStaysTextAndThePageFitsAPhone() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        String hostilePath = "posts/" + XSS_IMG.replace('/', '_') + ".md";
        Files.createDirectories(content.resolve("posts"));
        Files.writeString(content.resolve(hostilePath), String.join("\n",
                "---",
                "title: " + XSS_SCRIPT,
                "status: " + XSS_SVG,
                "---",
                "",
                "Here is " + XSS_IMG + " in the body \uD83D\uDE00 and more.",
                "A span that starts here",
                "and ends here.",
                "last line", ""), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("posts/clean.md"), "---\ntitle: ok\n---\nFine.\n");
        Files.write(content.resolve("posts/latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        String scriptLine = "title: " + XSS_SCRIPT;
        List<Finding> hostileFindings = List.of(
                new Finding(hostilePath, 1, 1, 1, 1, Severity.WARNING, "filename",
                        "file name " + XSS_IMG + " is not kebab-case"),
                new Finding(hostilePath, 2, 8, 2, 8 + XSS_SCRIPT.length(), Severity.ERROR,
                        "frontmatter.schema", "title " + XSS_SCRIPT + " is not allowed"),
                new Finding(hostilePath, 3, 9, 3, 9 + XSS_SVG.length(), Severity.ERROR, "evil" + XSS_SVG,
                        "status " + XSS_SVG),
                // After an emoji: columns count code points.
                new Finding(hostilePath, 6, 9, 6, 9 + XSS_IMG.length(), Severity.SUGGESTION,
                        "Carter.Heres", "say " + XSS_IMG),
                new Finding(hostilePath, 7, 20, 8, 4, Severity.WARNING, "Carter.HookLength",
                        "a span over two lines"));
        List<Finding> latin1Findings = List.of(new Finding("posts/latin1.md", 1, 1, 1, 2,
                Severity.ERROR, "frontmatter.missing", "no front matter"));
        List<Finding> goneFindings = List.of(new Finding("posts/gone.md", 1, 1, 1, 1,
                Severity.ERROR, "frontmatter.missing", "no front matter"));
        List<Finding> all = new ArrayList<>();
        all.addAll(hostileFindings);
        all.addAll(latin1Findings);
        all.addAll(goneFindings);
        all.sort(Finding.ORDER);
        List<RuleInfo> rules = List.of(
                new RuleInfo("frontmatter.schema", "front matter " + XSS_SVG, Optional.of(
                        "https://example.org/rules?a=1&b='x'#schema"), Severity.ERROR),
                new RuleInfo("Carter.Heres", "no 'here's'", Optional.of("javascript:document.title='pwned'"),
                        Severity.SUGGESTION),
                new RuleInfo("Carter.HookLength", "hooks are short",
                        Optional.of("https://example.org/hooks"), Severity.WARNING),
                new RuleInfo("filename", XSS_SCRIPT, Optional.of("data:text/html,<script>x</script>"),
                        Severity.ERROR));
        LintResult result = new LintResult(List.of(
                new FileResult("posts/clean.md", "post", Optional.of("draft"), 30, List.of()),
                new FileResult("posts/gone.md", "post", Optional.empty(), 30, goneFindings),
                new FileResult("posts/latin1.md", "note" + XSS_SCRIPT, Optional.empty(), 5, latin1Findings),
                new FileResult(hostilePath, "post", Optional.of(XSS_SVG), 200, hostileFindings)),
                all, Summary.of(4, all), 265, Duration.ofMillis(12), rules);

        Path reports = Files.createDirectories(temp.resolve("reports"));
        Path page = ReportFormat.HTML.write(result,
                new ReportContext(content, temp, "0.0.0-test"), reports);
        Path work = Files.createDirectories(temp.resolve("chromium"));

        String desktop = chromium.dumpDom(page, 1280, 900, work);
        // Kept for a look when an assertion fails.
        Files.createDirectories(Path.of("target"));
        Files.copy(page, Path.of("target/html-report-browser-test.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(Path.of("target/html-report-browser-test.dom.html"), desktop);
        assertSafe(desktop);
        assertEquals("1", rootAttribute(desktop, "data-ready"), "the page's script ran under its CSP");
        assertTrue(desktop.contains("4 of 4 files shown"), "the filter ran");
        assertTrue(desktop.contains("<button type=\"button\">Path</button>"), "headers sort");
        assertEquals("false", rootAttribute(desktop, "data-overflow"), "no sideways scrolling at 1280 px");

        // The markup is text, in the path, the messages, the status, the type, the source lines.
        assertTrue(desktop.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"), desktop);
        assertTrue(desktop.contains("title &lt;script&gt;document.title='pwned'&lt;/script&gt; is not allowed"));
        assertTrue(desktop.contains("\"&gt;&lt;svg onload=\"document.title='pwned'\"&gt;"));
        assertTrue(desktop.contains("note&lt;script&gt;"));
        // Marks: from column to end column, in code points, after an emoji; over two lines.
        assertTrue(desktop.contains("title: <mark>&lt;script&gt;document.title='pwned'&lt;/script&gt;</mark>"),
                desktop);
        assertTrue(desktop.contains("\uD83D\uDE00") && desktop.contains(
                "Here is <mark>&lt;img src=x onerror=\"document.title='pwned'\"&gt;</mark> in the body"));
        assertTrue(desktop.contains("A span that starts <mark>here</mark>"));
        assertTrue(desktop.contains("<mark>and</mark> ends here."));
        assertTrue(desktop.contains("<mark class=\"at\"></mark>---"), "an empty span is a point");
        // Two lines before and after, with their numbers.
        Matcher excerpt = Pattern.compile("(?s)line 2, column 8.*?<pre class=\"src\">(.*?)</pre>")
                .matcher(desktop);
        assertTrue(excerpt.find());
        assertEquals(List.of(1, 2, 3, 4), lineNumbers(excerpt.group(1)));
        // Files that cannot be shown say why.
        assertTrue(desktop.contains("no source excerpt: the file is not UTF-8 (first invalid byte at 1:4)"));
        assertTrue(desktop.contains("no source excerpt: the file is no longer there"));
        // Only http(s) help links are links.
        assertTrue(desktop.contains("href=\"https://example.org/hooks\" rel=\"noopener noreferrer\""));
        assertTrue(desktop.contains("href=\"https://example.org/rules?a=1&amp;b='x'#schema\""));
        assertFalse(desktop.contains("javascript:"));
        assertFalse(desktop.contains("data:text"));

        // A headless window is at least 500 px wide, so the phone's 390 px are an iframe's, in a
        // test-only page that reads what the report's script measured inside it.
        Path frame = Files.writeString(reports.resolve("phone.html"), "<!DOCTYPE html><html><body"
                + " style=\"margin:0\"><iframe id=\"f\" src=\"contentlint.html\""
                + " style=\"width:390px;height:844px;border:0\"></iframe><script>"
                + "document.getElementById('f').addEventListener('load', function () {"
                + " var inner = this.contentDocument.documentElement, outer = document.documentElement;"
                + " ['data-ready', 'data-viewport', 'data-overflow'].forEach(function (name) {"
                + "  outer.setAttribute(name, inner.getAttribute(name)); });"
                + " outer.setAttribute('data-measured', String(inner.scrollWidth > this.contentWindow.innerWidth"
                + "  || this.contentDocument.body.scrollWidth > this.contentWindow.innerWidth));"
                + "});</script></body></html>");
        String phone = chromium.dumpDom(frame, 1280, 900, work, "--allow-file-access-from-files");
        assertEquals("1", rootAttribute(phone, "data-ready"), phone);
        assertEquals("390", rootAttribute(phone, "data-viewport"));
        assertEquals("false", rootAttribute(phone, "data-overflow"),
                "the page must not scroll sideways at 390 px");
        assertEquals("false", rootAttribute(phone, "data-measured"));

        Path wide = chromium.screenshot(page.toUri().toString(), 1280, 900, temp.resolve("desktop.png"), work);
        Path narrow = chromium.screenshot(page.toUri().toString(), 390, 844, temp.resolve("phone.png"), work);
        assertPng(wide, 1280, 900);
        assertPng(narrow, 390, 844);
    }

    /**
     * With a baseline, the "baselined" check box hides the accepted findings and the files that
     * have nothing else; the files with new findings stay.
     */
    @Test
    void theBaselinedCheckBoxHidesAcceptedFindings() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("old.md"), "Old \u2014 text.\n");
        Files.writeString(content.resolve("mixed.md"), "Old \u2014 text \u2014 new.\n");
        Finding old = new Finding("old.md", 1, 5, 1, 6, Severity.WARNING, "H.Dash", "dash");
        Finding mixedOld = new Finding("mixed.md", 1, 5, 1, 6, Severity.WARNING, "H.Dash", "dash");
        Finding mixedNew = new Finding("mixed.md", 1, 12, 1, 13, Severity.WARNING, "H.Dash", "dash");
        List<Finding> all = new ArrayList<>(List.of(old, mixedOld, mixedNew));
        all.sort(Finding.ORDER);
        LintResult result = new LintResult(List.of(
                new FileResult("mixed.md", "defaults", Optional.empty(), 10, List.of(mixedOld, mixedNew)),
                new FileResult("old.md", "defaults", Optional.empty(), 10, List.of(old))),
                all, Summary.of(2, all), 20, Duration.ZERO, List.of())
                .withBaseline(new dev.contentlint.baseline.BaselineMatch("contentlint-baseline.json",
                        java.util.Set.of(old, mixedOld), List.of()));
        Path reports = Files.createDirectories(temp.resolve("reports"));
        ReportFormat.HTML.write(result, new ReportContext(content, temp, "0.0.0-test"), reports);
        Path frame = Files.writeString(reports.resolve("click.html"), "<!DOCTYPE html><html><body>"
                + "<iframe id=\"f\" src=\"contentlint.html\" style=\"width:1000px;height:800px\"></iframe>"
                + "<script>document.getElementById('f').addEventListener('load', function () {"
                + " var doc = this.contentDocument, outer = document.documentElement;"
                + " var visible = function () { return Array.prototype.filter.call("
                + "  doc.querySelectorAll('li.finding'), function (li) { return !li.hidden; }).length; };"
                + " outer.setAttribute('data-before', String(visible()));"
                + " doc.getElementById('show-baselined').click();"
                + " outer.setAttribute('data-after', String(visible()));"
                + " outer.setAttribute('data-shown', doc.getElementById('shown').textContent);"
                + "});</script></body></html>");
        String dom = chromium.dumpDom(frame, 1280, 900, Files.createDirectories(temp.resolve("chromium")),
                "--allow-file-access-from-files");
        assertEquals("3", rootAttribute(dom, "data-before"), dom);
        assertEquals("1", rootAttribute(dom, "data-after"), "only the new finding stays");
        assertEquals("1 of 2 files shown", rootAttribute(dom, "data-shown"));
    }

    /** The README's screenshots, from the example vault; only with -Dcontentlint.screenshots. */
    @Test
    void writesTheReadmeScreenshots() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("contentlint.screenshots"),
                "README screenshots are written with -Dcontentlint.screenshots=true");
        Path vault = Path.of("examples/broken-vault");
        LintResult result = new Linter(new ConfigLoader().load(Path.of("examples/contentlint.yaml")), 2)
                .lint(vault);
        Path page = ReportFormat.HTML.write(result, new ReportContext(vault, Path.of("examples"),
                ReportContext.currentVersion()), Files.createDirectories(temp.resolve("reports")));
        Files.copy(page, Path.of("target/html-report-example.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path work = Files.createDirectories(temp.resolve("chromium"));
        assertSafe(chromium.dumpDom(page, 1280, 900, work));
        String desktopUrl = page.toUri() + System.getProperty("contentlint.screenshots.desktop", "");
        String phoneUrl = page.toUri() + System.getProperty("contentlint.screenshots.phone", "");
        assertPng(chromium.screenshot(desktopUrl, 1280, 900, Path.of("docs/images/html-report-desktop.png"),
                work), 1280, 900);
        assertPng(chromium.screenshot(phoneUrl, 390, 844, Path.of("docs/images/html-report-phone.png"),
                work), 390, 844);
    }

    /** No element or attribute that the page does not write itself. */
    private static void assertSafe(String dom) {
        Map<String, Integer> elements = new TreeMap<>();
        List<String> attributes = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        scan(dom, elements, attributes, hrefs);
        assertEquals(1, elements.getOrDefault("script", 0), "only the page's own script: " + elements);
        assertEquals(1, elements.getOrDefault("style", 0), elements.toString());
        assertEquals(1, elements.getOrDefault("title", 0), elements.toString());
        for (String banned : List.of("img", "svg", "iframe", "object", "embed", "link", "base",
                "form", "video", "audio", "math", "b")) {
            assertEquals(0, elements.getOrDefault(banned, 0), banned + " in " + elements);
        }
        for (String attribute : attributes) {
            assertFalse(attribute.startsWith("on"), "event handler attribute " + attribute);
            assertFalse(attribute.equals("src") || attribute.equals("srcdoc"), attribute);
        }
        for (String href : hrefs) {
            assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"),
                    "link to " + href);
        }
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(dom);
        assertTrue(title.find(), "a title");
        assertEquals("contentlint report", title.group(1), "the title stays");
    }

    /**
     * Reads the serialized DOM as Chromium writes it (attributes always in double quotes, text
     * with {@code <} as {@code &lt;}): the elements by name, the attribute names and the hrefs.
     */
    private static void scan(String dom, Map<String, Integer> elements, List<String> attributes,
            List<String> hrefs) {
        int i = 0;
        int length = dom.length();
        while (i < length) {
            int open = dom.indexOf('<', i);
            if (open < 0) {
                break;
            }
            if (dom.startsWith("<!--", open)) {
                int end = dom.indexOf("-->", open);
                i = end < 0 ? length : end + 3;
                continue;
            }
            int j = open + 1;
            if (j < length && (dom.charAt(j) == '/' || dom.charAt(j) == '!')) {
                int end = dom.indexOf('>', j);
                i = end < 0 ? length : end + 1;
                continue;
            }
            int nameStart = j;
            while (j < length && !Character.isWhitespace(dom.charAt(j)) && dom.charAt(j) != '>'
                    && dom.charAt(j) != '/') {
                j++;
            }
            String name = dom.substring(nameStart, j).toLowerCase(Locale.ROOT);
            elements.merge(name, 1, Integer::sum);
            // Attributes, until the tag's '>' outside quotes.
            while (j < length && dom.charAt(j) != '>') {
                char c = dom.charAt(j);
                if (Character.isWhitespace(c) || c == '/') {
                    j++;
                    continue;
                }
                int attributeStart = j;
                while (j < length && dom.charAt(j) != '=' && dom.charAt(j) != '>'
                        && !Character.isWhitespace(dom.charAt(j))) {
                    j++;
                }
                String attribute = dom.substring(attributeStart, j).toLowerCase(Locale.ROOT);
                attributes.add(attribute);
                if (j < length && dom.charAt(j) == '=') {
                    j++;
                    char quote = dom.charAt(j);
                    int valueEnd = quote == '"' || quote == '\'' ? dom.indexOf(quote, j + 1) : j;
                    String value = dom.substring(j + 1, valueEnd);
                    if (attribute.equals("href")) {
                        hrefs.add(value.replace("&amp;", "&"));
                    }
                    j = valueEnd + 1;
                }
            }
            i = j + 1;
            if (name.equals("script") || name.equals("style")) {
                int end = dom.indexOf("</" + name, i);
                i = end < 0 ? length : end;
            }
        }
    }

    private static String rootAttribute(String dom, String name) {
        Matcher html = Pattern.compile("<html([^>]*)>").matcher(dom);
        assertTrue(html.find(), "an html element");
        Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html.group(1));
        return attribute.find() ? attribute.group(1) : null;
    }

    private static List<Integer> lineNumbers(String excerpt) {
        List<Integer> numbers = new ArrayList<>();
        Matcher number = Pattern.compile("<span class=\"n\">\\s*(\\d+)</span>").matcher(excerpt);
        while (number.find()) {
            numbers.add(Integer.parseInt(number.group(1)));
        }
        return numbers;
    }

    private static void assertPng(Path png, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(png), "no screenshot " + png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 8000, "a screenshot of " + bytes.length + " bytes");
        assertEquals(0x89504E47, ByteBuffer.wrap(bytes, 0, 4).getInt(), "a PNG");
        assertEquals(width, ByteBuffer.wrap(bytes, 16, 4).getInt(), "its width");
        assertEquals(height, ByteBuffer.wrap(bytes, 20, 4).getInt(), "its height");
    }
}
